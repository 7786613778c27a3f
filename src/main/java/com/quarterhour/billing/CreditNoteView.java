package com.quarterhour.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * GET /api/credit-notes/{id}, and the neutral model of a credit note for other documents (e-invoices). Every amount
 * checks by hand: {@code net + tax = total} exactly; {@code total} is what the customer gets back, VAT included, at the
 * invoice's {@code vatRate}. A manager's credit note of a gross amount splits it once: {@code tax = total × vatRate /
 * (1 + vatRate)} rounded half-up to the minor unit, {@code net = total − tax}; the run's credit notes add up net lines
 * and take {@code tax = net × vatRate} rounded once, as an invoice does.
 *
 * @param issueDate the day of {@code issuedAt} in the company's time zone
 * @param billTo    whom it is addressed to: the addressee of the invoice it corrects, as that invoice was issued (a
 *                  credit note never changes with the customer's later details); {@code customerName} is its name
 */
public record CreditNoteView(long id, String number, CreditNoteKind kind, Instant issuedAt, LocalDate issueDate,
        long invoiceId, String invoiceNumber, long customerId, String customerName, Currency currency,
        BigDecimal vatRate, BigDecimal net, BigDecimal tax, BigDecimal total, String reason, List<Line> lines,
        Long billingRunId, String createdBy, InvoiceView.BillTo billTo) {

    public CreditNoteView {
        lines = List.copyOf(lines);
    }

    /** One credited amount, net of VAT; an adjustment's line names the engagement, time entry and adjustment. */
    public record Line(int lineNo, String description, BigDecimal amount, Long engagementId, Long timeEntryId,
            Long adjustmentId) {
    }
}

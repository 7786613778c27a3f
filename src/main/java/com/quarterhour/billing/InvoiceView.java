package com.quarterhour.billing;

import com.quarterhour.customer.BillingDetails;
import com.quarterhour.customer.CustomerView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * GET /api/invoices/{id}. Every line checks by hand: {@code amount = quantity × unitPrice} rounded half-up to the
 * currency's minor unit; {@code subtotal} is the sum of the amounts, {@code tax = subtotal × vatRate} rounded once,
 * {@code total = subtotal + tax}; {@code creditedAmount = Σ credit notes' totals}; {@code openAmount = total − Σ
 * payments − creditedAmount} (the total itself until the invoice is issued), never below zero once anything was paid
 * or credited: what payments and credit notes give beyond the total is {@code refundDue}, money owed back to the
 * customer.
 * {@code dueDate} is the issue day (in the company's time zone) plus the seller's payment terms as they were when the
 * invoice was issued ({@code paymentTermsDays}); null until issued. {@code billTo} is to whom and where the invoice is
 * addressed: an issued invoice keeps the customer's name and billing details as they were when it was issued (and
 * {@code customerName} is that name); a draft shows the current ones.
 * {@code estimates} sets each estimated engagement's estimate beside what this invoice bills of it; it is information
 * only and adds nothing to the amounts.
 */
public record InvoiceView(long id, String number, long customerId, String customerName, String period,
        InvoiceKind kind, InvoiceStatus status, Currency currency, String planCode, BigDecimal vatRate,
        List<Line> lines, BigDecimal subtotal, BigDecimal tax, BigDecimal total, Balance openingBalance,
        Balance closingBalance, Long billingRunId, Instant createdAt, Instant issuedAt, LocalDate dueDate,
        Integer paymentTermsDays, BillTo billTo, Review review, List<Payment> payments, BigDecimal openAmount, List<CreditNote> creditNotes,
        BigDecimal creditedAmount, BigDecimal refundDue, List<EstimateAgainstActual> estimates) {

    /** One line; the time-entry fields are null on fee, refund and purchase lines. */
    public record Line(String kind, LocalDate date, Long engagementId, Long timeEntryId, String title,
            String technician, Integer minutes, Integer billedMinutes, String note, String description,
            BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
    }

    /**
     * The buyer as the invoice names it: the customer's name, country and billing details (blank fields null).
     */
    public record BillTo(String name, String street, String postcode, String city, String country, String vatId,
            String buyerReference) {

        /** The customer as it stands now: what a draft shows and what issuing keeps. */
        public static BillTo of(CustomerView customer) {
            BillingDetails billing = customer.billingDetails();
            return new BillTo(customer.name(), billing.street(), billing.postcode(), billing.city(),
                    customer.country(), billing.vatId(), billing.buyerReference());
        }
    }

    /** Credit (money of bought credit bundles) and prepaid hours. */
    public record Balance(BigDecimal credit, BigDecimal prepaidHours) {
    }

    /** Money received against the invoice; {@code openAmount} is the total less the sum of these. */
    public record Payment(long id, BigDecimal amount, LocalDate paidOn, String reference, String recordedBy,
            Instant recordedAt) {
    }

    /** A credit note against the invoice (GET /api/credit-notes/{id} has its lines); {@code total} incl. VAT. */
    public record CreditNote(long id, String number, CreditNoteKind kind, Instant issuedAt, BigDecimal total,
            String reason) {
    }

    /** A manager's review of a draft above the threshold, null when none was needed. */
    public record Review(boolean required, String reviewedBy, Instant reviewedAt, String comment) {
    }

    /**
     * An engagement on this invoice that was estimated: its estimated minutes (hours × 60, rounded up) and price
     * (null where its plan charges no hourly rate for the work) beside the minutes this invoice bills of it and the
     * money it charges for them.
     */
    public record EstimateAgainstActual(long engagementId, String title, BigDecimal estimatedHours,
            int estimatedMinutes, BigDecimal estimatedPrice, int billedMinutes, BigDecimal chargedAmount) {
    }
}

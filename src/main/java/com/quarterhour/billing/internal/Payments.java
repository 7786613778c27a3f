package com.quarterhour.billing.internal;

import com.quarterhour.billing.InvoiceView;
import com.quarterhour.billing.PaymentRecorded;
import com.quarterhour.shared.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records payments against issued invoices (see {@link PaymentRule}); one at a time per invoice, by a row lock. */
@Component
@Transactional
public class Payments {

    private final InvoiceRepository invoices;
    private final InvoicePaymentRepository payments;
    private final BillingBasis basis;
    private final Clock clock;

    Payments(InvoiceRepository invoices, InvoicePaymentRepository payments, BillingBasis basis, Clock clock) {
        this.invoices = invoices;
        this.payments = payments;
        this.basis = basis;
        this.clock = clock;
    }

    public PaymentRecorded record(long invoiceId, BigDecimal amount, LocalDate paidOn, String reference, String actor) {
        // the lock makes a second payment at once wait and then see the first one's amount as paid
        Invoice invoice = invoices.lockById(invoiceId)
                .orElseThrow(() -> DomainException.notFound("Invoice " + invoiceId + " does not exist"));
        ZoneId zone = basis.companyZone();
        PaymentRule rule = invoice.paymentRule(zone);
        BigDecimal open = rule.check(amount, paidOn, reference, LocalDate.now(clock.withZone(zone)));
        BigDecimal normalized = rule.amount(amount);
        InvoicePayment payment = payments.save(new InvoicePayment(invoiceId, normalized, paidOn, reference.strip(),
                actor, clock.instant()));
        invoice.paid(normalized, open);
        return new PaymentRecorded(InvoiceViews.payment(payment), invoiceId, invoice.getStatus(), open);
    }
}

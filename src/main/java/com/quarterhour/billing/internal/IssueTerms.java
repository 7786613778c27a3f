package com.quarterhour.billing.internal;

import com.quarterhour.billing.einvoice.SellerProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The payment terms an invoice is issued with: {@code days} from the issue day (in the company's time zone) to the
 * {@code dueDate}. Taken from the configuration once, when the invoice is issued, and kept with it: a later change of
 * {@code quarterhour.seller.payment-terms-days} applies to invoices issued after it, never to those already sent.
 */
public record IssueTerms(LocalDate dueDate, int days) {

    public IssueTerms {
        if (days < 0) {
            throw new IllegalArgumentException("payment terms must not be negative, were " + days + " days");
        }
    }

    /** The terms of an invoice issued {@code at}, as {@code seller} configures them now. */
    public static IssueTerms of(SellerProperties seller, Instant at, ZoneId companyZone) {
        return new IssueTerms(seller.dueDate(LocalDate.ofInstant(at, companyZone)), seller.paymentTermsDays());
    }

    /** The terms in words, as the PDF and the e-invoice state them. */
    public String text() {
        return SellerProperties.paymentTerms(days);
    }
}

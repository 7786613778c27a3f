package com.quarterhour.engagement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * What issued invoices have billed of engagements so far. Billing answers it: billing depends on engagements, so
 * engagements ask through this interface rather than depending back.
 */
public interface InvoicedWork {

    /** The minutes billed (after rounding) and the money charged for an engagement's time on issued invoices. */
    record Invoiced(int billedMinutes, BigDecimal chargedAmount) {
    }

    /** Each of these engagements that an issued invoice bills; one not invoiced yet is absent. */
    Map<Long, Invoiced> invoicedOf(Collection<Long> engagementIds);

    /**
     * Whether an invoice bills any of the engagement's time: a draft (it may be issued any moment) or one that was
     * issued, even if a credit note has since voided it. A rejected draft bills nothing.
     */
    boolean billsAny(long engagementId);
}

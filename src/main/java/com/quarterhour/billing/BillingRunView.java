package com.quarterhour.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * GET /api/billing/runs/{id}: the run's status, what became of each selected customer, and the invoices it drafted.
 * Customers who were already billed for the period by an earlier run are counted as skipped and point to that invoice.
 */
public record BillingRunView(long id, String period, String status, String startedBy, Instant startedAt,
        Instant finishedAt, String processInstanceId, Counts counts, List<CustomerOutcome> customers,
        List<InvoiceSummary> invoices) {

    public record Counts(int customers, int drafted, int inReview, int issued, int rejected, int skipped, int pending) {
    }

    public record CustomerOutcome(long customerId, String outcome, Long invoiceId) {
    }

    public record InvoiceSummary(long id, String number, long customerId, String customerName, InvoiceStatus status,
            Currency currency, BigDecimal total, boolean reviewRequired) {
    }
}

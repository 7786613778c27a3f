package com.quarterhour.billing.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free invoice numbers per year. The counter row is incremented under a row lock in the transaction that issues
 * the invoice: if that transaction rolls back, so does the increment, and the number is given to the next invoice.
 */
@Component
class InvoiceNumbers {

    private final InvoiceNumberCounterRepository counters;

    InvoiceNumbers(InvoiceNumberCounterRepository counters) {
        this.counters = counters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(int year) {
        return reserve(year, 1);
    }

    /**
     * Makes sure the year has its counter row before a billing run issues: the first issue of a year inserts the row,
     * and two transactions doing so at once (two runs, a run and a purchase) would fail all but one on the primary
     * key, to be retried later.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void prepare(int year) {
        if (counters.findById(year).isEmpty()) {
            counters.saveAndFlush(new InvoiceNumberCounter(year));
        }
    }

    /** The next {@code count} consecutive numbers of the year, under one lock; returns the first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int reserve(int year, int count) {
        InvoiceNumberCounter counter = counters.lockYear(year)
                // the first invoice of a year: a concurrent first one fails on the primary key and is retried
                .orElseGet(() -> counters.saveAndFlush(new InvoiceNumberCounter(year)));
        return counter.reserve(count);
    }
}

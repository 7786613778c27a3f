package com.quarterhour.billing.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free credit note numbers per year, counted apart from invoice numbers. As {@link InvoiceNumbers}: the counter
 * row is incremented under a row lock in the transaction that issues the credit note, so a rollback gives the number
 * back to the next one.
 */
@Component
class CreditNoteNumbers {

    private final CreditNoteNumberCounterRepository counters;

    CreditNoteNumbers(CreditNoteNumberCounterRepository counters) {
        this.counters = counters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(int year) {
        CreditNoteNumberCounter counter = counters.lockYear(year)
                // the first credit note of a year: a concurrent first one fails on the primary key (answered 409)
                .orElseGet(() -> counters.saveAndFlush(new CreditNoteNumberCounter(year)));
        return counter.next();
    }
}

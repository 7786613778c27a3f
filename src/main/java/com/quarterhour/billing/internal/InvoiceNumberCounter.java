package com.quarterhour.billing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last invoice number given in a year. */
@Entity
@Table(name = "invoice_number_counter")
public class InvoiceNumberCounter {

    @Id
    private Integer numberYear;
    private int lastNumber;

    protected InvoiceNumberCounter() {
    }

    InvoiceNumberCounter(int year) {
        this.numberYear = year;
    }

    int next() {
        return ++lastNumber;
    }

    /** Takes the next {@code count} numbers at once; returns the first of them. */
    int reserve(int count) {
        int first = lastNumber + 1;
        lastNumber += count;
        return first;
    }
}

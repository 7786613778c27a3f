package com.quarterhour.billing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last credit note number given in a year: credit notes count on their own, beside invoices. */
@Entity
@Table(name = "credit_note_number_counter")
public class CreditNoteNumberCounter {

    @Id
    private Integer numberYear;
    private int lastNumber;

    protected CreditNoteNumberCounter() {
    }

    CreditNoteNumberCounter(int year) {
        this.numberYear = year;
    }

    int next() {
        return ++lastNumber;
    }
}

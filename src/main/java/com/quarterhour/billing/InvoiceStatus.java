package com.quarterhour.billing;

/**
 * DRAFT (priced, no number yet), ISSUED (numbered, nothing paid), PARTLY_PAID (payments below the total), PAID
 * (payments and credit notes cover the total), VOID (a rejected draft, never numbered; or an issued invoice that credit
 * notes cover in full, which keeps its number).
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTLY_PAID, PAID, VOID;

    /** Numbered and sent: what a customer sees, and what a payment may be recorded against (unless PAID). */
    public boolean isIssued() {
        return this == ISSUED || this == PARTLY_PAID || this == PAID;
    }
}

package com.quarterhour.billing;

/**
 * DRAFT (priced, no number yet), ISSUED (numbered, nothing paid), PARTLY_PAID (payments below the total), PAID
 * (payments equal the total), VOID (a rejected draft: never numbered).
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTLY_PAID, PAID, VOID;

    /** Numbered and sent: what a customer sees, and what a payment may be recorded against (unless PAID). */
    public boolean isIssued() {
        return this == ISSUED || this == PARTLY_PAID || this == PAID;
    }
}

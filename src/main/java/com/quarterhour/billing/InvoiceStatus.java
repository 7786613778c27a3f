package com.quarterhour.billing;

/** DRAFT (priced, no number yet), ISSUED (numbered), PAID, VOID (a rejected draft: never numbered). */
public enum InvoiceStatus {
    DRAFT, ISSUED, PAID, VOID
}

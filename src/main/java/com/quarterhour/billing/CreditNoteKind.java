package com.quarterhour.billing;

/**
 * Why a credit note was issued: MANUAL (a manager's, with their reason), ADJUSTMENT (a bug credit or waiver approved
 * after its time was invoiced, issued by the next month-end run), SEAT_REFUND (the dedicated seat's 14-day money-back
 * guarantee, when the fee was already on an issued invoice).
 */
public enum CreditNoteKind {
    MANUAL, ADJUSTMENT, SEAT_REFUND
}

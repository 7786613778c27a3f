package com.quarterhour.billing;

import java.math.BigDecimal;

/**
 * A credit note was issued against an invoice; published when it is committed. Also the answer of
 * POST /api/invoices/{id}/credit-notes: the credit note, and the invoice's status, open amount and refund due after it.
 */
public record CreditNoteIssued(CreditNoteView creditNote, long invoiceId, InvoiceStatus status, BigDecimal openAmount,
        BigDecimal refundDue) {
}

package com.quarterhour.billing;

import java.math.BigDecimal;

/** POST /api/invoices/{id}/payments: the payment as recorded, and the invoice's status and open amount after it. */
public record PaymentRecorded(InvoiceView.Payment payment, long invoiceId, InvoiceStatus status,
        BigDecimal openAmount) {
}

package com.quarterhour.billing;

/** MONTHLY: the month-end invoice of a period; PURCHASE: a credit bundle or prepaid hours, invoiced at once. */
public enum InvoiceKind {
    MONTHLY, PURCHASE
}

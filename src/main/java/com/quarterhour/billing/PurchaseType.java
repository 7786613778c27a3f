package com.quarterhour.billing;

/** What a customer buys in advance, on its own invoice: a credit bundle of their plan, or pay-as-you-go hours. */
public enum PurchaseType {
    CREDIT_BUNDLE, PREPAID_HOURS
}

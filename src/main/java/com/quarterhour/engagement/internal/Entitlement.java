package com.quarterhour.engagement.internal;

/** What the customer's plan gives this request; shown to the coordinator at triage. */
public record Entitlement(String planCode, boolean hasPlan, int billingIncrement, String note) {
}

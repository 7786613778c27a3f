package com.quarterhour.engagement.internal;

/** What the customer's plan gives this request; the Triage form shows the plan and offers one to a customer without. */
public record Entitlement(String planCode, boolean hasPlan, int billingIncrement) {
}

package com.quarterhour.catalog;

/** How a plan charges; each kind has its own pricing rule. */
public enum PlanKind {
    MONTHLY_PACKAGE, STANDARD, PAY_AS_YOU_GO, PER_USE, CREDIT_BUNDLE, MANAGED_WORKPLACE, PER_INCIDENT, PER_MINUTE,
    SHARED, DEDICATED_SEAT
}

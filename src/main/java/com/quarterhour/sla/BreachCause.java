package com.quarterhour.sla;

/** What a manager found behind a breach. */
public enum BreachCause {
    STAFFING, ROUTING, CUSTOMER_DELAY, TECHNICAL, OTHER
}

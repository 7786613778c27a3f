package com.quarterhour.engagement;

/** What the technician found; BUG (our bug, outage or error) asks a manager for a bug credit. */
public enum RootCause {
    CUSTOMER, BUG, OTHER
}

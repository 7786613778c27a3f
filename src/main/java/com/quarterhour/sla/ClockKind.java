package com.quarterhour.sla;

/** The two SLA clocks of a request: until the first response, and until resolution. */
public enum ClockKind {
    RESPONSE, RESOLUTION
}

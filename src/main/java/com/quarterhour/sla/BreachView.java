package com.quarterhour.sla;

import com.quarterhour.shared.Priority;
import java.time.Instant;

/** A missed target on the engagement JSON; escalatedAt is when nobody had answered it at the second level. */
public record BreachView(long id, ClockKind clock, Priority priority, int targetMinutes, Instant dueAt, Instant breachedAt,
        String investigatedBy, Instant investigatedAt, String cause, String findings, Instant escalatedAt) {
}

package com.quarterhour.sla;

import java.time.Instant;

/**
 * One SLA clock of an engagement as it stands, for read models such as the staff board.
 *
 * @param targetMinutes null when the plan promises no target (the clock is only measured)
 * @param warnAt        when the 75% warning is due; null once warned, while paused, or without a target
 * @param dueAt         when the target is due; null while paused or without a target (kept once stopped)
 * @param warnedAt      when the warning went out, if it did
 * @param stoppedAt     when the clock stopped (first response, or resolution), if it did
 * @param paused        waiting for the customer
 * @param breaches      how many breaches were recorded against this clock
 */
public record ClockSnapshot(long engagementId, ClockKind kind, Integer targetMinutes, Instant warnAt, Instant dueAt,
        Instant warnedAt, Instant stoppedAt, boolean paused, int breaches) {

    public boolean hasTarget() {
        return targetMinutes != null;
    }
}

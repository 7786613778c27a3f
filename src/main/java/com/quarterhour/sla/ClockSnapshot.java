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
 * @param policyName    the SLA policy the clock runs on; null without one (measured only)
 * @param policyVersion the version of that policy the clock keeps; null without a policy
 * @param calendarId    the stored business calendar of the customer's contract; null: the customer's office hours
 */
public record ClockSnapshot(long engagementId, ClockKind kind, Integer targetMinutes, Instant warnAt, Instant dueAt,
        Instant warnedAt, Instant stoppedAt, boolean paused, int breaches, String policyName, Integer policyVersion,
        Long calendarId) {

    /** A clock without a policy or a stored calendar. */
    public ClockSnapshot(long engagementId, ClockKind kind, Integer targetMinutes, Instant warnAt, Instant dueAt,
            Instant warnedAt, Instant stoppedAt, boolean paused, int breaches) {
        this(engagementId, kind, targetMinutes, warnAt, dueAt, warnedAt, stoppedAt, paused, breaches, null, null, null);
    }

    public boolean hasTarget() {
        return targetMinutes != null;
    }
}

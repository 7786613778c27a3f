package com.quarterhour.board;

import com.quarterhour.sla.ClockSnapshot;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;

/**
 * Where an SLA clock, or an engagement as a whole, stands against its target at an instant. The instants are
 * those of the clock's own timers: warned from the 75% mark, breached from the due time, so the board agrees
 * with the alerts even before a timer job has run. A breach once recorded stays.
 */
public enum SlaState {
    /** Past the due time, or a breach was recorded. */
    BREACHED,
    /** Past three quarters of the target, not yet due. */
    WARNED,
    /** Running and inside three quarters of the target. */
    ON_TIME,
    /** The resolution clock waits for the customer: nothing is due. */
    PAUSED,
    /** Stopped (responded or resolved) by the due time. A clock's state only: overall it reads ON_TIME. */
    MET,
    /** The plan promises no target: the clock is only measured. */
    NO_TARGET;

    /** Most urgent first: how the board sorts its rows. */
    public static final Comparator<SlaState> URGENCY = Comparator.naturalOrder();

    /** The state of one clock at {@code now}; no clock at all (a request older than the clocks) has no target. */
    public static SlaState of(ClockSnapshot clock, Instant now) {
        if (clock == null) {
            return NO_TARGET;
        }
        if (clock.breaches() > 0) {
            return BREACHED;
        }
        if (!clock.hasTarget()) {
            return NO_TARGET;
        }
        if (clock.stoppedAt() != null) {
            return clock.dueAt() != null && clock.stoppedAt().isAfter(clock.dueAt()) ? BREACHED : MET;
        }
        if (clock.paused()) {
            return PAUSED;
        }
        if (clock.dueAt() != null && !now.isBefore(clock.dueAt())) {
            return BREACHED;
        }
        if (clock.warnedAt() != null || clock.warnAt() != null && !now.isBefore(clock.warnAt())) {
            return WARNED;
        }
        return ON_TIME;
    }

    /**
     * The engagement's state from its clocks' states: breached or warned if any clock is; on time while a clock
     * runs inside its target; paused if the only clock with a target left waits for the customer; on time when
     * every target was met; no target when the plan promises none.
     */
    public static SlaState overall(Collection<SlaState> clocks) {
        for (SlaState state : new SlaState[] {BREACHED, WARNED, ON_TIME, PAUSED}) {
            if (clocks.contains(state)) {
                return state;
            }
        }
        return clocks.contains(MET) ? ON_TIME : NO_TARGET;
    }
}

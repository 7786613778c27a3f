package com.quarterhour.tasklist.internal;

import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.ClockSnapshot;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * A request task's due date and follow-up date: the due and warning times of the SLA clock its step answers to.
 * Triage answers to the response clock (triage is what the customer's first response waits on). Every later step
 * answers to the response clock while the first response is still owed (no time captured yet), then to the
 * resolution clock: the next promise the customer is waiting on. A clock without a target (measured only) or paused
 * (waiting for the customer) has nothing due, so neither has the task; a stopped clock keeps its due time, so the
 * approvals after resolution sort by how urgent their request was.
 *
 * @param due      the task's due date, null when nothing is due
 * @param followUp the task's follow-up date (the warning time, also once the warning went out), null with no due date
 */
record TaskDates(Instant due, Instant followUp) {

    static final TaskDates NONE = new TaskDates(null, null);

    static TaskDates of(String taskDefinitionKey, Collection<ClockSnapshot> clocks) {
        Optional<ClockSnapshot> response = kind(clocks, ClockKind.RESPONSE);
        boolean responseOwed = response.filter(ClockSnapshot::hasTarget).filter(c -> c.stoppedAt() == null).isPresent();
        ClockKind kind = TicketTasks.TRIAGE.equals(taskDefinitionKey) || responseOwed ? ClockKind.RESPONSE
                : ClockKind.RESOLUTION;
        return kind(clocks, kind).filter(ClockSnapshot::hasTarget).filter(c -> c.dueAt() != null && !c.paused())
                .map(c -> new TaskDates(c.dueAt(), c.warnAt() != null ? c.warnAt() : c.warnedAt()))
                .orElse(NONE);
    }

    private static Optional<ClockSnapshot> kind(Collection<ClockSnapshot> clocks, ClockKind kind) {
        return clocks.stream().filter(c -> c.kind() == kind).findFirst();
    }
}

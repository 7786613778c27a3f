package com.quarterhour.tasklist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.sla.CalendarKind;
import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.ClockSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which clock a request's task answers to, and what it takes from it; plain Java. */
class TaskDatesTest {

    private static final Instant RESPONSE_DUE = Instant.parse("2026-11-17T11:00:00Z");
    private static final Instant RESPONSE_WARN = Instant.parse("2026-11-17T10:45:00Z");
    private static final Instant RESOLUTION_DUE = Instant.parse("2026-11-17T14:00:00Z");
    private static final Instant RESOLUTION_WARN = Instant.parse("2026-11-17T13:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2026-11-17T10:30:00Z");

    @Test
    void triageAnswersToTheResponseClock() {
        assertThat(TaskDates.of("Triage", List.of(response(null), resolution(false))))
                .isEqualTo(new TaskDates(RESPONSE_DUE, RESPONSE_WARN));
    }

    @Test
    void laterStepsAnswerToTheResponseClockUntilTheFirstResponseThenToTheResolutionClock() {
        assertThat(TaskDates.of("Work", List.of(response(null), resolution(false))))
                .isEqualTo(new TaskDates(RESPONSE_DUE, RESPONSE_WARN));
        assertThat(TaskDates.of("Work", List.of(response(ANSWERED), resolution(false))))
                .isEqualTo(new TaskDates(RESOLUTION_DUE, RESOLUTION_WARN));
        assertThat(TaskDates.of("ApproveWaiver", List.of(response(ANSWERED), resolution(false))))
                .isEqualTo(new TaskDates(RESOLUTION_DUE, RESOLUTION_WARN));
    }

    @Test
    void aWarningAlreadySentStaysTheFollowUpDate() {
        ClockSnapshot warned = new ClockSnapshot(1, ClockKind.RESPONSE, 60, null, RESPONSE_DUE, RESPONSE_WARN, null,
                false, 0, "P", 1, null, CalendarKind.AROUND_THE_CLOCK, ZoneId.of("UTC"));
        assertThat(TaskDates.of("Triage", List.of(warned))).isEqualTo(new TaskDates(RESPONSE_DUE, RESPONSE_WARN));
    }

    @Test
    void aPausedClockOrOneWithoutATargetHasNothingDue() {
        assertThat(TaskDates.of("WaitForCustomer", List.of(response(ANSWERED), resolution(true)))).isEqualTo(TaskDates.NONE);
        ClockSnapshot measured = new ClockSnapshot(1, ClockKind.RESPONSE, null, null, null, null, null, false, 0, null,
                null, null, CalendarKind.AROUND_THE_CLOCK, ZoneId.of("UTC"));
        assertThat(TaskDates.of("Triage", List.of(measured))).isEqualTo(TaskDates.NONE);
        assertThat(TaskDates.of("Triage", List.of())).as("a request from before the clocks").isEqualTo(TaskDates.NONE);
    }

    private static ClockSnapshot response(Instant stoppedAt) {
        return new ClockSnapshot(1, ClockKind.RESPONSE, 60, stoppedAt == null ? RESPONSE_WARN : null, RESPONSE_DUE, null,
                stoppedAt, false, 0, "P", 1, null, CalendarKind.AROUND_THE_CLOCK, ZoneId.of("UTC"));
    }

    private static ClockSnapshot resolution(boolean paused) {
        return new ClockSnapshot(1, ClockKind.RESOLUTION, 240, paused ? null : RESOLUTION_WARN,
                paused ? null : RESOLUTION_DUE, null, null, paused, 0, "P", 1, null, CalendarKind.AROUND_THE_CLOCK, ZoneId.of("UTC"));
    }
}

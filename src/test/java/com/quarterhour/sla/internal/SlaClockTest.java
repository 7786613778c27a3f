package com.quarterhour.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.calendar.BusinessCalendar;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.CalendarKind;
import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The clock's rules without an engine: start, retarget, pause, resume and stop in working time. */
class SlaClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Optional<SlaTarget> FOUR_BUSINESS_HOURS =
            Optional.of(new SlaTarget(Duration.ofHours(4), CalendarKind.BUSINESS_HOURS));
    private static final Optional<SlaTarget> ONE_HOUR_24_7 =
            Optional.of(new SlaTarget(Duration.ofHours(1), CalendarKind.AROUND_THE_CLOCK));

    private static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    private static final BusinessCalendar OFFICE_HOURS = BusinessCalendar.officeHours(LONDON, "GB");
    private static final BusinessCalendar AROUND_THE_CLOCK = BusinessCalendar.aroundTheClock(LONDON);

    private static SlaClock clock(Optional<SlaTarget> target, String start) {
        SlaClock clock = new SlaClock(1, 2, ClockKind.RESOLUTION, LONDON, "GB", london(start));
        clock.retarget("X", Priority.P3, ClockTerms.NONE, target, calendarOf(target));
        return clock;
    }

    /** What the service gives the clock: office hours for a business-hours target, else 24/7. */
    private static BusinessCalendar calendarOf(Optional<SlaTarget> target) {
        return SlaClock.calendarOf(target) == CalendarKind.BUSINESS_HOURS ? OFFICE_HOURS : AROUND_THE_CLOCK;
    }

    @Test
    void dueAndWarningFollowTheBusinessCalendar() {
        SlaClock clock = clock(FOUR_BUSINESS_HOURS, "2026-11-20T16:00");
        assertThat(clock.getDueAt()).isEqualTo(london("2026-11-23T12:00"));
        assertThat(clock.getWarnAt()).isEqualTo(london("2026-11-23T11:00"));
    }

    @Test
    void retargetingRecomputesFromTheStartInTheNewCalendar() {
        SlaClock clock = clock(FOUR_BUSINESS_HOURS, "2026-11-20T16:00");
        clock.retarget("X", Priority.P1, ClockTerms.NONE, ONE_HOUR_24_7, AROUND_THE_CLOCK);
        assertThat(clock.getDueAt()).isEqualTo(london("2026-11-20T17:00"));
        assertThat(clock.getWarnAt()).isEqualTo(london("2026-11-20T16:45"));
        assertThat(clock.getPriority()).isEqualTo(Priority.P1);
    }

    @Test
    void aPauseBanksTheWorkingTimeUsedAndResumingRunsWhatIsLeft() {
        SlaClock clock = clock(FOUR_BUSINESS_HOURS, "2026-11-17T10:00");
        clock.pause(london("2026-11-17T11:00"), OFFICE_HOURS);
        assertThat(clock.isPaused()).isTrue();
        assertThat(clock.getDueAt()).isNull();
        assertThat(clock.elapsed(london("2026-11-18T16:00"), OFFICE_HOURS)).isEqualTo(Duration.ofHours(1));

        clock.resume(london("2026-11-18T16:00"), OFFICE_HOURS);
        // 3 working hours left: Wednesday 16-17, Thursday 9-11
        assertThat(clock.getDueAt()).isEqualTo(london("2026-11-19T11:00"));
        // the warning at 3 h comes after 2 more working hours
        assertThat(clock.getWarnAt()).isEqualTo(london("2026-11-19T10:00"));
    }

    @Test
    void aClockPastItsWarningWhenResumedWarnsAtOnceButNotTwice() {
        SlaClock clock = clock(ONE_HOUR_24_7, "2026-11-17T10:00");
        clock.pause(london("2026-11-17T10:50"), AROUND_THE_CLOCK);
        clock.resume(london("2026-11-17T12:00"), AROUND_THE_CLOCK);
        assertThat(clock.getWarnAt()).isEqualTo(london("2026-11-17T12:00"));
        assertThat(clock.getDueAt()).isEqualTo(london("2026-11-17T12:10"));

        clock.warned(london("2026-11-17T12:00"));
        clock.pause(london("2026-11-17T12:05"), AROUND_THE_CLOCK);
        clock.resume(london("2026-11-17T13:00"), AROUND_THE_CLOCK);
        assertThat(clock.getWarnAt()).isNull();
        assertThat(clock.getDueAt()).isEqualTo(london("2026-11-17T13:05"));
    }

    @Test
    void newTermsAfterTheWarningMoveTheDueTimeButDoNotWarnAgain() {
        SlaClock clock = clock(FOUR_BUSINESS_HOURS, "2026-11-17T10:00");
        clock.warned(london("2026-11-17T13:00"));
        clock.retarget("X", Priority.P3, ClockTerms.NONE,
                Optional.of(new SlaTarget(Duration.ofHours(8), CalendarKind.BUSINESS_HOURS)), OFFICE_HOURS);
        assertThat(clock.getDueAt()).isEqualTo(london("2026-11-18T10:00"));
        assertThat(clock.getWarnAt()).isNull();
        assertThat(clock.getWarnedAt()).isEqualTo(london("2026-11-17T13:00"));
    }

    @Test
    void aClockKeepsThePolicyVersionAndCalendarOfItsTerms() {
        SlaClock clock = clock(FOUR_BUSINESS_HOURS, "2026-11-17T10:00");
        assertThat(clock.getPolicyVersionId()).isNull();
        assertThat(clock.getCalendarId()).isNull();
        clock.retarget("X", Priority.P3, new ClockTerms(Optional.empty(), Optional.of(7L)), FOUR_BUSINESS_HOURS, OFFICE_HOURS);
        assertThat(clock.getCalendarId()).isEqualTo(7L);
    }

    @Test
    void stoppingKeepsTheLastDueTimeAndTheWorkingTimeUsed() {
        SlaClock clock = clock(FOUR_BUSINESS_HOURS, "2026-11-20T16:00");
        clock.stop(london("2026-11-23T10:00"), OFFICE_HOURS);
        assertThat(clock.isStopped()).isTrue();
        assertThat(clock.elapsed(london("2026-11-30T10:00"), OFFICE_HOURS)).isEqualTo(Duration.ofHours(2));
        assertThat(clock.getDueAt()).isEqualTo(london("2026-11-23T12:00"));

        clock.retarget("X", Priority.P1, ClockTerms.NONE, ONE_HOUR_24_7, AROUND_THE_CLOCK);
        assertThat(clock.getDueAt()).as("a stopped clock is not re-timed").isEqualTo(london("2026-11-23T12:00"));
        assertThatThrownBy(() -> clock.resume(london("2026-11-24T10:00"), OFFICE_HOURS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutATargetNothingIsDueButTimeIsMeasuredAroundTheClock() {
        SlaClock clock = clock(Optional.empty(), "2026-11-21T10:00");
        assertThat(clock.hasTarget()).isFalse();
        assertThat(clock.getDueAt()).isNull();
        assertThat(clock.getWarnAt()).isNull();
        assertThat(clock.elapsed(london("2026-11-22T10:00"), AROUND_THE_CLOCK)).isEqualTo(Duration.ofHours(24));
    }
}

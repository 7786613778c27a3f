package com.quarterhour.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.calendar.BusinessCalendar;
import com.quarterhour.calendar.BusinessCalendar.WorkingHours;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.CalendarKind;
import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.SlaTarget;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The clock's rules without an engine: start, retarget, pause, resume and stop in working time. */
class SlaClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Optional<SlaTarget> FOUR_BUSINESS_HOURS =
            Optional.of(new SlaTarget(Duration.ofHours(4), CalendarKind.BUSINESS_HOURS));
    private static final Optional<SlaTarget> ONE_HOUR_24_7 =
            Optional.of(new SlaTarget(Duration.ofHours(1), CalendarKind.AROUND_THE_CLOCK));

    /** Four business hours, warning at 50%, escalating to the head of support at 150%. */
    private static final Optional<SlaTarget> ESCALATING_FOUR_BUSINESS_HOURS = Optional.of(new SlaTarget(
            Duration.ofHours(4), CalendarKind.BUSINESS_HOURS, 50, new SlaTarget.Escalation(150, "head@quarterhour.example")));

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
    void aTargetTheCalendarCannotReachWithinItsHorizonWaitsInsteadOfFailing() {
        // a quarter of an hour a week: a million minutes would take over a thousand years
        BusinessCalendar sparse = BusinessCalendar.of(LONDON,
                Map.of(DayOfWeek.MONDAY, List.of(new WorkingHours(LocalTime.of(9, 0), LocalTime.of(9, 15)))), date -> false);
        Optional<SlaTarget> million = Optional.of(new SlaTarget(Duration.ofMinutes(1_000_000), CalendarKind.BUSINESS_HOURS));
        SlaClock clock = new SlaClock(1, 2, ClockKind.RESOLUTION, LONDON, "GB", london("2026-11-20T16:00"));

        clock.retarget("X", Priority.P3, ClockTerms.NONE, million, sparse);

        assertThat(clock.getDueAt()).isEqualTo(SlaClock.BEYOND_REACH);
        assertThat(clock.getWarnAt()).isEqualTo(SlaClock.BEYOND_REACH);
        assertThat(clock.hasTarget()).isTrue();
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

    @Test
    void theWarningShareAndTheEscalationLevelAreKeptWithTheTarget() {
        SlaClock clock = clock(ESCALATING_FOUR_BUSINESS_HOURS, "2026-11-17T10:00");
        assertThat(clock.target()).isEqualTo(ESCALATING_FOUR_BUSINESS_HOURS);
        assertThat(clock.getWarnAt()).isEqualTo(london("2026-11-17T12:00"));
        assertThat(clock.getDueAt()).isEqualTo(london("2026-11-17T14:00"));
        assertThat(clock.getEscalateAt()).isEqualTo(london("2026-11-17T16:00"));
        assertThat(clock.mayEscalate()).isTrue();
    }

    @Test
    void theEscalationCountsInTheTargetsCalendarFromTheStart() {
        // Friday 16:00: 6 business hours are Friday 16-17 and Monday 9-14
        SlaClock clock = clock(ESCALATING_FOUR_BUSINESS_HOURS, "2026-11-20T16:00");
        assertThat(clock.getEscalateAt()).isEqualTo(london("2026-11-23T14:00"));
        assertThat(clock.overdue(london("2026-11-23T14:00"), OFFICE_HOURS)).isEqualTo(Duration.ofHours(2));
        assertThat(clock.overdue(london("2026-11-23T11:00"), OFFICE_HOURS)).as("not yet due").isZero();
    }

    @Test
    void aPauseHoldsTheEscalationAndResumingRunsWhatIsLeftOfIt() {
        SlaClock clock = clock(ESCALATING_FOUR_BUSINESS_HOURS, "2026-11-17T10:00");
        clock.pause(london("2026-11-17T11:00"), OFFICE_HOURS);
        assertThat(clock.getEscalateAt()).isNull();
        assertThat(clock.mayEscalate()).isFalse();

        clock.resume(london("2026-11-18T16:00"), OFFICE_HOURS);
        // 5 of the 6 working hours are left: Wednesday 16-17, Thursday 9-13
        assertThat(clock.getEscalateAt()).isEqualTo(london("2026-11-19T13:00"));
        assertThat(clock.mayEscalate()).isTrue();
    }

    @Test
    void aClockEscalatesOnceEvenWhenRetargetedOrResumed() {
        SlaClock clock = clock(ESCALATING_FOUR_BUSINESS_HOURS, "2026-11-17T10:00");
        clock.escalated(london("2026-11-17T16:00"));
        assertThat(clock.getEscalateAt()).isNull();
        assertThat(clock.mayEscalate()).isFalse();

        clock.retarget("X", Priority.P2, ClockTerms.NONE, ESCALATING_FOUR_BUSINESS_HOURS, OFFICE_HOURS);
        clock.pause(london("2026-11-17T16:30"), OFFICE_HOURS);
        clock.resume(london("2026-11-18T10:00"), OFFICE_HOURS);
        assertThat(clock.getEscalateAt()).isNull();
        assertThat(clock.getEscalatedAt()).isEqualTo(london("2026-11-17T16:00"));
    }

    @Test
    void aTargetWithoutAnEscalationLevelNeverEscalates() {
        SlaClock clock = clock(ESCALATING_FOUR_BUSINESS_HOURS, "2026-11-17T10:00");
        clock.retarget("X", Priority.P3, ClockTerms.NONE, FOUR_BUSINESS_HOURS, OFFICE_HOURS);
        assertThat(clock.getEscalateAt()).isNull();
        assertThat(clock.getEscalation()).isEmpty();
        assertThat(clock.mayEscalate()).isFalse();
        assertThat(clock.getWarnAtPercent()).isEqualTo(SlaTarget.DEFAULT_WARN_AT_PERCENT);
        assertThat(clock.getWarnAt()).isEqualTo(london("2026-11-17T13:00"));
    }

    @Test
    void aStoppedClockDoesNotEscalate() {
        SlaClock clock = clock(ESCALATING_FOUR_BUSINESS_HOURS, "2026-11-17T10:00");
        clock.stop(london("2026-11-17T15:00"), OFFICE_HOURS);
        assertThat(clock.mayEscalate()).isFalse();
    }
}

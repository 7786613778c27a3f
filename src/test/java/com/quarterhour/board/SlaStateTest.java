package com.quarterhour.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.sla.CalendarKind;
import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.ClockSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The board's state rules, without Spring: a clock against the instants of its own timers. */
class SlaStateTest {

    private static final Instant WARN_AT = Instant.parse("2026-11-17T13:00:00Z");
    private static final Instant DUE_AT = Instant.parse("2026-11-17T14:00:00Z");

    @Test
    void aRunningClockIsOnTimeUntilItsWarningThenWarnedUntilItIsDueThenBreached() {
        ClockSnapshot running = clock(240, WARN_AT, DUE_AT, null, null, false, 0);
        assertThat(SlaState.of(running, WARN_AT.minusSeconds(1))).isEqualTo(SlaState.ON_TIME);
        assertThat(SlaState.of(running, WARN_AT)).isEqualTo(SlaState.WARNED);
        assertThat(SlaState.of(running, DUE_AT.minusSeconds(1))).isEqualTo(SlaState.WARNED);
        assertThat(SlaState.of(running, DUE_AT)).isEqualTo(SlaState.BREACHED);
        assertThat(SlaState.of(running, DUE_AT.plusSeconds(3600))).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aWarningSentStaysAWarningEvenBeforeTheWarnInstantOfARetimedClock() {
        // the warning went out; triage then moved the due time later (warnAt is cleared once warned)
        ClockSnapshot warned = clock(240, null, DUE_AT, WARN_AT, null, false, 0);
        assertThat(SlaState.of(warned, WARN_AT.minusSeconds(3600))).isEqualTo(SlaState.WARNED);
    }

    @Test
    void aRecordedBreachStaysEvenWhenTheClockWasRetimedOrStoppedInTime() {
        ClockSnapshot retimed = clock(240, WARN_AT, DUE_AT, null, null, false, 1);
        assertThat(SlaState.of(retimed, WARN_AT.minusSeconds(3600))).isEqualTo(SlaState.BREACHED);
        ClockSnapshot stopped = clock(240, null, DUE_AT, null, DUE_AT.minusSeconds(60), false, 1);
        assertThat(SlaState.of(stopped, DUE_AT)).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aStoppedClockMetItsTargetWhenItStoppedByTheDueTime() {
        assertThat(SlaState.of(clock(240, null, DUE_AT, null, DUE_AT.minusSeconds(60), false, 0), DUE_AT.plusSeconds(7200)))
                .isEqualTo(SlaState.MET);
        assertThat(SlaState.of(clock(240, null, DUE_AT, null, DUE_AT, false, 0), DUE_AT.plusSeconds(7200)))
                .isEqualTo(SlaState.MET);
        // stopped late before a breach timer ran (job executor behind): still a miss
        assertThat(SlaState.of(clock(240, null, DUE_AT, null, DUE_AT.plusSeconds(1), false, 0), DUE_AT.plusSeconds(7200)))
                .isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aPausedClockIsPausedHoweverLateItIs() {
        ClockSnapshot paused = clock(240, null, null, null, null, true, 0);
        assertThat(SlaState.of(paused, DUE_AT.plusSeconds(86_400))).isEqualTo(SlaState.PAUSED);
    }

    @Test
    void noClockOrNoTargetIsNoTarget() {
        assertThat(SlaState.of(null, DUE_AT)).isEqualTo(SlaState.NO_TARGET);
        assertThat(SlaState.of(clock(null, null, null, null, null, false, 0), DUE_AT)).isEqualTo(SlaState.NO_TARGET);
    }

    @Test
    void overallTheWorstClockWinsAndAMetTargetReadsOnTime() {
        assertThat(SlaState.overall(List.of(SlaState.MET, SlaState.BREACHED))).isEqualTo(SlaState.BREACHED);
        assertThat(SlaState.overall(List.of(SlaState.BREACHED, SlaState.PAUSED))).isEqualTo(SlaState.BREACHED);
        assertThat(SlaState.overall(List.of(SlaState.WARNED, SlaState.ON_TIME))).isEqualTo(SlaState.WARNED);
        assertThat(SlaState.overall(List.of(SlaState.ON_TIME, SlaState.ON_TIME))).isEqualTo(SlaState.ON_TIME);
        assertThat(SlaState.overall(List.of(SlaState.MET, SlaState.PAUSED))).isEqualTo(SlaState.PAUSED);
        assertThat(SlaState.overall(List.of(SlaState.MET, SlaState.ON_TIME))).isEqualTo(SlaState.ON_TIME);
        assertThat(SlaState.overall(List.of(SlaState.MET, SlaState.NO_TARGET))).isEqualTo(SlaState.ON_TIME);
        assertThat(SlaState.overall(List.of(SlaState.NO_TARGET, SlaState.NO_TARGET))).isEqualTo(SlaState.NO_TARGET);
    }

    @Test
    void theBoardSortsBreachedFirstThenWarnedThenOnTimeThenPaused() {
        assertThat(List.of(SlaState.NO_TARGET, SlaState.PAUSED, SlaState.ON_TIME, SlaState.BREACHED, SlaState.WARNED)
                .stream().sorted(SlaState.URGENCY).toList())
                .containsExactly(SlaState.BREACHED, SlaState.WARNED, SlaState.ON_TIME, SlaState.PAUSED, SlaState.NO_TARGET);
    }

    private static ClockSnapshot clock(Integer targetMinutes, Instant warnAt, Instant dueAt, Instant warnedAt,
            Instant stoppedAt, boolean paused, int breaches) {
        return new ClockSnapshot(1L, ClockKind.RESPONSE, targetMinutes, warnAt, dueAt, warnedAt, stoppedAt, paused, breaches,
                null, null, null, CalendarKind.BUSINESS_HOURS, ZoneId.of("Europe/London"));
    }
}

package com.quarterhour.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws every SLA due time relies on, for office calendars of several countries and for 24/7. */
class BusinessCalendarProperties {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2029-01-01T00:00:00Z");

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.of(
                BusinessCalendar.officeHours(ZoneId.of("Europe/London"), "GB"),
                BusinessCalendar.officeHours(ZoneId.of("America/New_York"), "US"),
                BusinessCalendar.officeHours(ZoneId.of("Australia/Sydney"), "AU"),
                BusinessCalendar.officeHours(ZoneId.of("Asia/Kolkata"), "IN"),
                BusinessCalendar.aroundTheClock(ZoneId.of("Europe/London")));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond()).map(Instant::ofEpochSecond);
    }

    /** Up to two working weeks of targets, in seconds so that odd remainders are tried too. */
    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(0, 80L * 3600).map(Duration::ofSeconds);
    }

    @Property
    void aLaterStartIsNeverDueEarlier(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant a,
            @ForAll("instants") Instant b, @ForAll("durations") Duration target) {
        Instant earlier = a.isBefore(b) ? a : b;
        Instant later = a.isBefore(b) ? b : a;
        assertThat(calendar.dueTime(earlier, target)).isBeforeOrEqualTo(calendar.dueTime(later, target));
    }

    @Property
    void aLongerTargetIsNeverDueEarlier(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
            @ForAll("durations") Duration a, @ForAll("durations") Duration b) {
        Duration shorter = a.compareTo(b) <= 0 ? a : b;
        Duration longer = a.compareTo(b) <= 0 ? b : a;
        assertThat(calendar.dueTime(start, shorter)).isBeforeOrEqualTo(calendar.dueTime(start, longer));
    }

    @Property
    void addingABThenIsAddingAThenB(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
            @ForAll("durations") Duration a, @ForAll("durations") Duration b) {
        assertThat(calendar.dueTime(calendar.dueTime(start, a), b)).isEqualTo(calendar.dueTime(start, a.plus(b)));
    }

    /** Working time runs right up to the due time, which may be the closing time itself. */
    @Property
    void neverLandsOutsideWorkingTime(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
            @ForAll("durations") Duration target) {
        if (target.isZero()) {
            return;
        }
        Instant due = calendar.dueTime(start, target);
        assertThat(calendar.isWorkingTime(due.minusNanos(1)))
                .as("the instant just before %s is working time", due.atZone(calendar.zone()))
                .isTrue();
    }

    @Property
    void measuringBackGivesTheTarget(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
            @ForAll("durations") Duration target) {
        assertThat(calendar.workingTimeBetween(start, calendar.dueTime(start, target))).isEqualTo(target);
    }

    @Property
    void aroundTheClockIsPlainClockArithmetic(@ForAll("zones") ZoneId zone, @ForAll("instants") Instant start,
            @ForAll("durations") Duration target) {
        assertThat(BusinessCalendar.aroundTheClock(zone).dueTime(start, target)).isEqualTo(start.plus(target));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC")
                .map(ZoneId::of);
    }
}

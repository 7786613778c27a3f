package com.quarterhour.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import com.quarterhour.calendar.BusinessCalendar.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws every SLA due time relies on, for office calendars of several countries, for 24/7, and for calendars as
 * administrators define them: split days, whole days and night shifts in zones whose clocks change by 30 minutes
 * (Lord Howe) or stand 45 minutes off the hour (Chatham, Kathmandu).
 */
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

    /**
     * Any week of up to three intervals a day on quarter hours, some ending at 24:00, open at least an hour a week, in a
     * zone with odd clocks.
     */
    @Provide
    Arbitrary<BusinessCalendar> definedCalendars() {
        Arbitrary<List<WorkingHours>> day = Arbitraries.integers().between(0, 96).set().ofMaxSize(6)
                .map(BusinessCalendarProperties::pairedUp);
        Arbitrary<Map<DayOfWeek, List<WorkingHours>>> weeks = day.list().ofSize(7).map(days -> {
            Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                week.put(d, days.get(d.ordinal()));
            }
            return week;
        }).filter(week -> openMinutesPerWeek(week) >= 60); // 10,000 minutes then fit well within the ten years looked at
        Arbitrary<ZoneId> zones = Arbitraries.of("Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kathmandu",
                "Europe/London", "America/New_York").map(ZoneId::of);
        Arbitrary<Set<LocalDate>> closed = Arbitraries.integers().between(0, 4 * 366).set().ofMaxSize(40)
                .map(offsets -> offsets.stream().map(d -> LocalDate.of(2025, 1, 1).plusDays(d)).collect(Collectors.toSet()));
        return Combinators.combine(zones, weeks, closed)
                .as((zone, week, dates) -> BusinessCalendar.of(zone, week, dates::contains));
    }

    private static long openMinutesPerWeek(Map<DayOfWeek, List<WorkingHours>> week) {
        return week.values().stream().flatMap(List::stream)
                .mapToLong(h -> (h.closes().equals(LocalTime.MIDNIGHT) ? 24 * 60 : h.closes().toSecondOfDay() / 60)
                        - h.opens().toSecondOfDay() / 60)
                .sum();
    }

    /** Sorted quarter-hour boundaries paired into intervals that never overlap (96 quarters is 24:00). */
    private static List<WorkingHours> pairedUp(Set<Integer> quarters) {
        List<Integer> sorted = quarters.stream().sorted().toList();
        List<WorkingHours> hours = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i += 2) {
            LocalTime opens = LocalTime.MIDNIGHT.plusMinutes(15L * sorted.get(i));
            LocalTime closes = sorted.get(i + 1) == 96 ? LocalTime.MIDNIGHT : LocalTime.MIDNIGHT.plusMinutes(15L * sorted.get(i + 1));
            hours.add(new WorkingHours(opens, closes));
        }
        return hours;
    }

    /** 1 minute, 10,000 minutes, and whole minutes between. */
    @Provide
    Arbitrary<Duration> minuteTargets() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Duration.ofMinutes(1))),
                Tuple.of(1, Arbitraries.just(Duration.ofMinutes(10_000))),
                Tuple.of(4, Arbitraries.integers().between(1, 10_000).map(Duration::ofMinutes)));
    }

    @Property
    void definedCalendarsMeasureBackTheTarget(@ForAll("definedCalendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start, @ForAll("minuteTargets") Duration target) {
        Instant due = calendar.dueTime(start, target);
        assertThat(calendar.workingTimeBetween(start, due)).isEqualTo(target);
        assertThat(calendar.isWorkingTime(due.minusNanos(1)))
                .as("the instant just before %s is working time", due.atZone(calendar.zone()))
                .isTrue();
    }

    /** Stopping at a due time inside open time and going on loses and gains nothing. */
    @Property
    void definedCalendarsAddATargetInTwoSteps(@ForAll("definedCalendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start, @ForAll("minuteTargets") Duration a, @ForAll("minuteTargets") Duration b) {
        Instant first = calendar.dueTime(start, a);
        Assume.that(calendar.isWorkingTime(first));
        assertThat(calendar.dueTime(first, b)).isEqualTo(calendar.dueTime(start, a.plus(b)));
    }

    @Property
    void definedCalendarsNeverDueEarlierForALaterStart(@ForAll("definedCalendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("minuteTargets") Duration target) {
        Instant earlier = a.isBefore(b) ? a : b;
        Instant later = a.isBefore(b) ? b : a;
        assertThat(calendar.dueTime(earlier, target)).isBeforeOrEqualTo(calendar.dueTime(later, target));
    }

    /** Working time between two instants is never more than the real time between them. */
    @Property
    void workingTimeIsNeverMoreThanRealTime(@ForAll("definedCalendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start, @ForAll("minuteTargets") Duration length) {
        assertThat(calendar.workingTimeBetween(start, start.plus(length))).isLessThanOrEqualTo(length);
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
        return Arbitraries.of("Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu",
                        "Pacific/Chatham", "UTC")
                .map(ZoneId::of);
    }
}

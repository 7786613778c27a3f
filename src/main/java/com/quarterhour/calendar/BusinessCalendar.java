package com.quarterhour.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Working time against which SLA targets run: opening hours per weekday in a time zone, minus holidays.
 * Plain Java. Hours are local wall-clock times, so a working day keeps its hours across DST changes; the
 * around-the-clock calendar is whole local days back to back, which makes it plain clock arithmetic.
 */
public final class BusinessCalendar {

    /** Opening hours of one day; closing at midnight means the end of that day. */
    public record WorkingHours(LocalTime opens, LocalTime closes) {

        public static final WorkingHours ALL_DAY = new WorkingHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

        public WorkingHours {
            if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
                throw new IllegalArgumentException("Opening hours must open before they close: " + opens + "-" + closes);
            }
        }
    }

    /** How far ahead a due time is looked for; a calendar without working days in ten years is a mistake. */
    private static final int DAYS_AHEAD_LIMIT = 3660;

    private final ZoneId zone;
    private final Map<DayOfWeek, WorkingHours> week;
    private final Predicate<LocalDate> holidays;

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, WorkingHours> week, Predicate<LocalDate> holidays) {
        if (week.isEmpty()) {
            throw new IllegalArgumentException("A business calendar needs at least one working day");
        }
        this.zone = zone;
        this.week = new EnumMap<>(week);
        this.holidays = holidays;
    }

    /** Monday to Friday, 09:00 to 17:00 in the customer's zone, except the public holidays of the customer's country. */
    public static BusinessCalendar officeHours(ZoneId zone, String country) {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0)));
            }
        }
        return new BusinessCalendar(zone, week, PublicHolidays.of(country));
    }

    /** 24/7: every hour of every day, holidays included. */
    public static BusinessCalendar aroundTheClock(ZoneId zone) {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, WorkingHours.ALL_DAY);
        }
        return new BusinessCalendar(zone, week, date -> false);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingTime(Instant instant) {
        return workingInterval(instant.atZone(zone).toLocalDate())
                .filter(interval -> interval.contains(instant))
                .isPresent();
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.test(date);
    }

    /**
     * The instant by which {@code duration} of working time has passed since {@code start}. A start outside
     * working time counts from the next opening; a due time may fall on a closing time (due by 17:00).
     */
    public Instant dueTime(Instant start, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A duration of working time cannot be negative: " + duration);
        }
        if (duration.isZero()) {
            return start;
        }
        Duration remaining = duration;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < DAYS_AHEAD_LIMIT; i++, day = day.plusDays(1)) {
            Optional<Interval> open = workingInterval(day);
            if (open.isEmpty()) {
                continue;
            }
            Instant from = start.isAfter(open.get().start()) ? start : open.get().start();
            if (!from.isBefore(open.get().end())) {
                continue;
            }
            Duration available = Duration.between(from, open.get().end());
            if (remaining.compareTo(available) <= 0) {
                return from.plus(remaining);
            }
            remaining = remaining.minus(available);
        }
        throw new IllegalStateException("No working time within " + DAYS_AHEAD_LIMIT + " days of " + start);
    }

    /** Working time within [from, to); zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Optional<Interval> open = workingInterval(day);
            if (open.isPresent()) {
                Instant start = from.isAfter(open.get().start()) ? from : open.get().start();
                Instant end = to.isBefore(open.get().end()) ? to : open.get().end();
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private Optional<Interval> workingInterval(LocalDate day) {
        WorkingHours hours = week.get(day.getDayOfWeek());
        if (hours == null || isHoliday(day)) {
            return Optional.empty();
        }
        Instant opens = ZonedDateTime.of(day, hours.opens(), zone).toInstant();
        Instant closes = hours.closes().equals(LocalTime.MIDNIGHT)
                ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(day, hours.closes(), zone).toInstant();
        return Optional.of(new Interval(opens, closes));
    }

    private record Interval(Instant start, Instant end) {

        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }
}

package com.quarterhour.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Working time against which SLA targets run: opening intervals per weekday in a time zone, minus closed dates
 * (public holidays and the calendar's own). Plain Java.
 * <p>
 * Hours are local wall-clock times, so a working day keeps its hours across DST changes, and the time that counts is
 * the real time that passes between them: an office open 00:00-04:00 on the night clocks go forward an hour is open
 * three hours. An opening or closing time that the clock change skips is the instant the clocks jump; one that occurs
 * twice is its first occurrence. The around-the-clock calendar is whole local days back to back, which makes it plain
 * clock arithmetic.
 */
public final class BusinessCalendar {

    /** One opening interval of a day; closing at midnight means the end of that day (24:00). */
    public record WorkingHours(LocalTime opens, LocalTime closes) {

        public static final WorkingHours ALL_DAY = new WorkingHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

        public WorkingHours {
            if (opens == null || closes == null) {
                throw new IllegalArgumentException("An opening interval needs an opening and a closing time");
            }
            if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
                throw new IllegalArgumentException("An opening interval must open before it closes: " + opens + "-" + closes);
            }
        }

        /** True when the two share some time; intervals that only touch (12:00-13:00, 13:00-17:00) do not overlap. */
        boolean overlaps(WorkingHours other) {
            return opens.isBefore(other.closesAsDayTime()) && other.opens.isBefore(closesAsDayTime());
        }

        /** The closing time as a time of a 24-hour day, where 24:00 is the end of the day. */
        private LocalTime closesAsDayTime() {
            return closes.equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : closes;
        }
    }

    /** How far ahead a due time is looked for; a calendar without working days in ten years is a mistake. */
    private static final int DAYS_AHEAD_LIMIT = 3660;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingHours>> week;
    private final Predicate<LocalDate> closed;

    private BusinessCalendar(ZoneId zone, EnumMap<DayOfWeek, List<WorkingHours>> week, Predicate<LocalDate> closed) {
        this.zone = zone;
        this.week = week;
        this.closed = closed;
    }

    /** One opening interval per working day, as the calendar had before days could be split. */
    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, WorkingHours> week, Predicate<LocalDate> holidays) {
        this(zone, checked(oneIntervalADay(week)), holidays);
    }

    /**
     * A calendar with any number of opening intervals per weekday (a lunch break, a split shift), closed on the dates
     * {@code closed} accepts. Intervals of one day must not overlap; at least one day must have one.
     */
    public static BusinessCalendar of(ZoneId zone, Map<DayOfWeek, List<WorkingHours>> week, Predicate<LocalDate> closed) {
        return new BusinessCalendar(zone, checked(week), closed);
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

    private static Map<DayOfWeek, List<WorkingHours>> oneIntervalADay(Map<DayOfWeek, WorkingHours> week) {
        Map<DayOfWeek, List<WorkingHours>> days = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, hours) -> days.put(day, List.of(hours)));
        return days;
    }

    /** The week sorted by opening time, refused when two intervals of a day overlap or no day has any. */
    private static EnumMap<DayOfWeek, List<WorkingHours>> checked(Map<DayOfWeek, List<WorkingHours>> week) {
        EnumMap<DayOfWeek, List<WorkingHours>> sorted = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, intervals) -> {
            List<WorkingHours> byOpening = new ArrayList<>(intervals);
            byOpening.sort(Comparator.comparing(WorkingHours::opens));
            for (int i = 1; i < byOpening.size(); i++) {
                if (byOpening.get(i - 1).overlaps(byOpening.get(i))) {
                    throw new IllegalArgumentException("The opening hours of " + name(day) + " overlap: "
                            + show(byOpening.get(i - 1)) + " and " + show(byOpening.get(i)));
                }
            }
            if (!byOpening.isEmpty()) {
                sorted.put(day, List.copyOf(byOpening));
            }
        });
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("A business calendar needs at least one working day");
        }
        return sorted;
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String show(WorkingHours hours) {
        return hours.opens() + "-" + (hours.closes().equals(LocalTime.MIDNIGHT) ? "24:00" : hours.closes().toString());
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingTime(Instant instant) {
        return openIntervals(instant.atZone(zone).toLocalDate()).stream().anyMatch(interval -> interval.contains(instant));
    }

    /** True when the date is closed all day: a public holiday or one of the calendar's own closed dates. */
    public boolean isHoliday(LocalDate date) {
        return closed.test(date);
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
            for (Interval open : openIntervals(day)) {
                Instant from = start.isAfter(open.start()) ? start : open.start();
                if (!from.isBefore(open.end())) {
                    continue;
                }
                Duration available = Duration.between(from, open.end());
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new NoWorkingTimeException("The calendar has too little open time to use up " + duration.toMinutes()
                + " minutes within ten years of " + start);
    }

    /**
     * Start times to offer for work inside working time: every {@code step} from each opening (09:00, 09:30, ...)
     * while open, not before {@code from}, on the next {@code days} days that have one. Local times, as the customer
     * picks them; a local time the clocks skip is left out, one that occurs twice is offered once.
     */
    public List<LocalDateTime> openStarts(Instant from, int days, Duration step) {
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("The step between starts must be positive: " + step);
        }
        List<LocalDateTime> starts = new ArrayList<>();
        int daysFound = 0;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < DAYS_AHEAD_LIMIT && daysFound < days; i++, day = day.plusDays(1)) {
            int before = starts.size();
            List<WorkingHours> open = isHoliday(day) ? List.of() : week.getOrDefault(day.getDayOfWeek(), List.of());
            for (WorkingHours hours : open) {
                LocalDateTime closes = hours.closes().equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay()
                        : day.atTime(hours.closes());
                for (LocalDateTime start = day.atTime(hours.opens()); start.isBefore(closes); start = start.plus(step)) {
                    if (exists(start) && !start.atZone(zone).toInstant().isBefore(from)) {
                        starts.add(start);
                    }
                }
            }
            if (starts.size() > before) {
                daysFound++;
            }
        }
        return starts;
    }

    private boolean exists(LocalDateTime local) {
        return !zone.getRules().getValidOffsets(local).isEmpty();
    }

    /** Working time within [from, to); zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval open : openIntervals(day)) {
                Instant start = from.isAfter(open.start()) ? from : open.start();
                Instant end = to.isBefore(open.end()) ? to : open.end();
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The day's opening intervals as instants, in order; none on a closed date or a day without hours. */
    private List<Interval> openIntervals(LocalDate day) {
        List<WorkingHours> hours = week.get(day.getDayOfWeek());
        if (hours == null || isHoliday(day)) {
            return List.of();
        }
        List<Interval> intervals = new ArrayList<>(hours.size());
        for (WorkingHours h : hours) {
            Instant opens = instantOf(day, h.opens());
            Instant closes = h.closes().equals(LocalTime.MIDNIGHT) ? instantOf(day.plusDays(1), LocalTime.MIDNIGHT)
                    : instantOf(day, h.closes());
            if (closes.isAfter(opens)) {
                intervals.add(new Interval(opens, closes));
            }
        }
        return intervals;
    }

    /**
     * A local time as an instant: a time the clocks skip is the instant they jump (so no interval gains time that
     * never passed), a time that occurs twice is the first occurrence.
     */
    private Instant instantOf(LocalDate day, LocalTime time) {
        LocalDateTime local = day.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }

    private record Interval(Instant start, Instant end) {

        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    /** A target that this calendar's open time cannot use up within ten years (too little open time, or none). */
    public static final class NoWorkingTimeException extends IllegalStateException {

        NoWorkingTimeException(String message) {
            super(message);
        }
    }
}

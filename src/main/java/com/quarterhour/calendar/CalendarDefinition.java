package com.quarterhour.calendar;

import com.quarterhour.calendar.BusinessCalendar.WorkingHours;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.InputBounds;
import com.quarterhour.shared.Text;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A calendar request checked against every rule a calendar has, each refusal a 400 in words an administrator can act
 * on. Plain Java: the service stores what this accepts, {@link #calendar} is the working time it describes.
 *
 * @param closedDates the calendar's own closed dates, null when an update leaves them as they are
 */
record CalendarDefinition(String name, ZoneId zone, boolean aroundTheClock, String country, String region,
        Map<DayOfWeek, List<WorkingHours>> week, Map<LocalDate, String> closedDates) {

    static final int NAME_MAX = 100;
    /** Enough for every public holiday of a century and more; a longer list is a mistake in a feed. */
    static final int CLOSED_DATES_MAX = 5000;
    private static final int INTERVALS_A_DAY_MAX = 48;
    private static final Pattern TIME_OF_DAY = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

    static CalendarDefinition of(CalendarRequest request) {
        if (request == null) {
            throw DomainException.invalid("A calendar needs a name, a time zone and its opening hours");
        }
        boolean always = Boolean.TRUE.equals(request.aroundTheClock());
        ZoneId zone = zone(request.timeZone());
        if (always) {
            if (request.week() != null && request.week().values().stream().anyMatch(day -> day != null && !day.isEmpty())) {
                throw DomainException.invalid("A 24/7 calendar is always open: leave out week, or set aroundTheClock to false");
            }
            boolean holidays = request.holidays() != null
                    && (request.holidays().country() != null || request.holidays().region() != null);
            if (holidays || request.closedDates() != null && !request.closedDates().isEmpty()) {
                throw DomainException.invalid("A 24/7 calendar is never closed: leave out holidays and closedDates, "
                        + "or set aroundTheClock to false");
            }
            return new CalendarDefinition(name(request.name()), zone, true, null, null, Map.of(), Map.of());
        }
        HolidayRule holidays = request.holidays() == null ? new HolidayRule(null, null) : request.holidays();
        String country = country(holidays.country(), holidays.region());
        String region = region(country, holidays.region());
        Map<DayOfWeek, List<WorkingHours>> week = week(request.week());
        CalendarDefinition definition = new CalendarDefinition(name(request.name()), zone, false, country, region, week,
                closedDates(request.closedDates()));
        definition.calendar(date -> false);
        return definition;
    }

    /** The working time this definition describes, closed on its public holidays and the dates {@code closed} accepts. */
    BusinessCalendar calendar(Predicate<LocalDate> closed) {
        if (aroundTheClock) {
            return BusinessCalendar.aroundTheClock(zone);
        }
        Predicate<LocalDate> holidays = country == null ? date -> false : PublicHolidays.of(country, region);
        try {
            return BusinessCalendar.of(zone, week, holidays.or(closed));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(e.getMessage());
        }
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("A calendar needs a name");
        }
        String stripped = name.strip();
        if (stripped.length() > NAME_MAX) {
            throw DomainException.invalid("A calendar's name has at most " + NAME_MAX + " characters");
        }
        if (Text.firstControlCharacter(stripped) >= 0 || stripped.contains("\n") || stripped.contains("\r")
                || stripped.contains("\t")) {
            throw DomainException.invalid("A calendar's name is one line without control characters");
        }
        return stripped;
    }

    private static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            throw DomainException.invalid("A calendar needs a time zone, such as Europe/London");
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw DomainException.invalid("Unknown time zone '" + Text.quotable(id) + "'; use a region id such as Europe/London");
        }
    }

    private static String country(String country, String region) {
        if (country == null || country.isBlank()) {
            if (region != null && !region.isBlank()) {
                throw DomainException.invalid("A holiday region needs its country, such as {\"country\": \"GB\", \"region\": \"sct\"}");
            }
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(code)) {
            throw DomainException.invalid("Unknown country '" + Text.quotable(country) + "'; use an ISO 3166 code such as GB");
        }
        if (!PublicHolidays.knowsCountry(code)) {
            throw DomainException.invalid("There is no public holiday calendar for " + code
                    + "; leave out holidays and list the days as closed dates instead");
        }
        return code;
    }

    private static String region(String country, String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        String code = region.strip().toLowerCase(Locale.ROOT);
        Set<String> regions = PublicHolidays.regionsOf(country);
        if (!regions.contains(code)) {
            throw DomainException.invalid(regions.isEmpty()
                    ? "The public holidays of " + country + " have no regions; leave out region"
                    : country + " has no holiday region '" + Text.quotable(region) + "'; use one of "
                            + String.join(", ", new TreeSet<>(regions)));
        }
        return code;
    }

    private static Map<DayOfWeek, List<WorkingHours>> week(Map<DayOfWeek, List<OpeningInterval>> week) {
        Map<DayOfWeek, List<WorkingHours>> days = new EnumMap<>(DayOfWeek.class);
        if (week != null) {
            week.forEach((day, intervals) -> {
                if (day == null) {
                    throw DomainException.invalid("week is keyed by weekday, MONDAY to SUNDAY");
                }
                if (intervals != null && !intervals.isEmpty()) {
                    days.put(day, day(day, intervals));
                }
            });
        }
        if (days.isEmpty()) {
            throw DomainException.invalid("A calendar needs opening hours on at least one day, such as "
                    + "{\"MONDAY\": [{\"from\": \"09:00\", \"to\": \"17:00\"}]}, or aroundTheClock: true");
        }
        return days;
    }

    private static List<WorkingHours> day(DayOfWeek day, List<OpeningInterval> intervals) {
        String dayName = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (intervals.size() > INTERVALS_A_DAY_MAX) {
            throw DomainException.invalid(dayName + " has more than " + INTERVALS_A_DAY_MAX + " opening intervals");
        }
        List<WorkingHours> hours = new ArrayList<>();
        for (OpeningInterval interval : intervals) {
            if (interval == null || interval.from() == null || interval.to() == null) {
                throw DomainException.invalid("Each opening interval of " + dayName + " needs from and to, such as "
                        + "{\"from\": \"09:00\", \"to\": \"17:00\"}");
            }
            LocalTime opens = time(dayName, interval.from());
            LocalTime closes = time(dayName, interval.to());
            if (interval.from().equals("24:00")) {
                throw DomainException.invalid(dayName + ": an interval cannot open at 24:00, the end of the day");
            }
            boolean closesAtEndOfDay = interval.to().equals("24:00");
            if (!closesAtEndOfDay && !opens.isBefore(closes)) {
                throw DomainException.invalid(dayName + ": " + interval.from() + "-" + interval.to()
                        + " does not open before it closes; an interval ends on its own day (24:00 at the latest), "
                        + "so a night shift is two intervals, one on each day");
            }
            hours.add(new WorkingHours(opens, closesAtEndOfDay ? LocalTime.MIDNIGHT : closes));
        }
        return hours;
    }

    private static LocalTime time(String dayName, String text) {
        if (!TIME_OF_DAY.matcher(text).matches()) {
            throw DomainException.invalid(dayName + ": '" + Text.quotable(text) + "' is not a time of day; write it as "
                    + "HH:mm, such as 09:00 or 17:30 (24:00 for the end of the day)");
        }
        return text.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(text);
    }

    private static Map<LocalDate, String> closedDates(List<LocalDate> dates) {
        if (dates == null) {
            return null;
        }
        Map<LocalDate, String> closed = new LinkedHashMap<>();
        for (LocalDate date : dates) {
            closed.put(closedDate(date), null);
        }
        if (closed.size() > CLOSED_DATES_MAX) {
            throw DomainException.invalid("A calendar has at most " + CLOSED_DATES_MAX + " closed dates");
        }
        return closed;
    }

    /** A closed date the calendar accepts: one in this century, as every date the application takes. */
    static LocalDate closedDate(LocalDate date) {
        if (date == null) {
            throw DomainException.invalid("A closed date cannot be empty; write it as 2026-12-24");
        }
        if (!InputBounds.contains(date)) {
            throw DomainException.invalid("Closed date " + date + " is not " + InputBounds.RANGE);
        }
        return date;
    }
}

package com.quarterhour.administration.web;

import com.quarterhour.calendar.CalendarDetails;
import com.quarterhour.calendar.CalendarRequest;
import com.quarterhour.calendar.ClosedDate;
import com.quarterhour.calendar.HolidayRule;
import com.quarterhour.calendar.OpeningInterval;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Text;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The calendar form as typed: one line of opening hours per weekday ("09:00–12:00, 13:00–18:00"), closed dates one a
 * line. Only the shape is read here; whether the times, zone and holidays make a calendar is the calendar module's
 * rule, so the page shows the same message as the API.
 */
public class CalendarForm {

    /** Between the two times of an interval: a hyphen, an en dash or "to". */
    private static final Pattern UNTIL = Pattern.compile("\\s*(?:-|–|—|\\bto\\b)\\s*");
    private static final Pattern BETWEEN_INTERVALS = Pattern.compile("\\s*[,;]\\s*");

    private String name = "";
    private String timeZone = "";
    private boolean aroundTheClock;
    private final Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
    private String country = "";
    private String region = "";
    private String closedDates = "";

    public CalendarForm() {
        Arrays.stream(DayOfWeek.values()).forEach(day -> hours.put(day, ""));
    }

    /** A new calendar starts as office hours, Monday to Friday 09:00–17:00, in the company's zone. */
    static CalendarForm officeHours(String timeZone) {
        CalendarForm form = new CalendarForm();
        form.setTimeZone(timeZone);
        for (DayOfWeek day : DayOfWeek.values()) {
            form.hours.put(day, day.getValue() <= DayOfWeek.FRIDAY.getValue() ? "09:00–17:00" : "");
        }
        return form;
    }

    static CalendarForm of(CalendarDetails calendar) {
        CalendarForm form = new CalendarForm();
        form.setName(calendar.name());
        form.setTimeZone(calendar.timeZone());
        form.setAroundTheClock(calendar.aroundTheClock());
        for (DayOfWeek day : DayOfWeek.values()) {
            form.hours.put(day, hoursText(calendar.week() == null ? null : calendar.week().get(day)));
        }
        if (calendar.holidays() != null) {
            form.setCountry(nullToEmpty(calendar.holidays().country()));
            form.setRegion(nullToEmpty(calendar.holidays().region()));
        }
        form.setClosedDates(calendar.closedDates() == null ? "" : calendar.closedDates().stream()
                .map(CalendarForm::closedDateLine).collect(Collectors.joining("\n")));
        return form;
    }

    /** What the calendar service is asked to store; a line that is not opening hours or a date is refused here. */
    CalendarRequest toRequest() {
        String named = name == null ? null : name.strip();
        if (aroundTheClock) {
            // never closed: the opening hours, holidays and closed dates still on the form do not apply
            return new CalendarRequest(named, emptyToNull(timeZone), null, true, null, null);
        }
        Map<DayOfWeek, List<OpeningInterval>> week = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningInterval> intervals = intervals(day, hours.get(day));
            if (!intervals.isEmpty()) {
                week.put(day, intervals);
            }
        }
        HolidayRule holidays = blank(country) && blank(region) ? null
                : new HolidayRule(emptyToNull(country), emptyToNull(region));
        return new CalendarRequest(named, emptyToNull(timeZone), week, false, holidays, dates(closedDates));
    }

    static String hoursText(List<OpeningInterval> intervals) {
        if (intervals == null) {
            return "";
        }
        return intervals.stream().map(i -> i.from() + "–" + i.to()).collect(Collectors.joining(", "));
    }

    private static List<OpeningInterval> intervals(DayOfWeek day, String text) {
        List<OpeningInterval> intervals = new ArrayList<>();
        if (blank(text)) {
            return intervals;
        }
        for (String part : BETWEEN_INTERVALS.split(text.strip())) {
            String[] times = UNTIL.split(part.strip());
            if (times.length != 2 || blank(times[0]) || blank(times[1])) {
                throw DomainException.invalid(dayName(day) + ": write the opening hours as 09:00–17:00, several separated "
                        + "by commas (09:00–12:00, 13:00–18:00), or leave the day empty when it is closed; '"
                        + Text.quotable(part.strip()) + "' is not a time range");
            }
            intervals.add(new OpeningInterval(times[0].strip(), times[1].strip()));
        }
        return intervals;
    }

    /** One date a line; whatever follows the date (the name it was imported with) is only shown. */
    private static List<LocalDate> dates(String text) {
        List<LocalDate> dates = new ArrayList<>();
        if (blank(text)) {
            return dates;
        }
        for (String line : text.strip().split("\\R")) {
            if (blank(line)) {
                continue;
            }
            String first = line.strip().split("\\s+", 2)[0];
            try {
                dates.add(LocalDate.parse(first));
            } catch (DateTimeException e) {
                throw DomainException.invalid("Closed dates: '" + Text.quotable(first)
                        + "' is not a date; write one date a line, such as 2026-12-24");
            }
        }
        return dates;
    }

    private static String closedDateLine(ClosedDate closed) {
        return blank(closed.name()) ? closed.date().toString() : closed.date() + " " + closed.name().strip();
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isAroundTheClock() {
        return aroundTheClock;
    }

    public void setAroundTheClock(boolean aroundTheClock) {
        this.aroundTheClock = aroundTheClock;
    }

    /** Bound as hours[MONDAY] and so on; the map always holds all seven days. */
    public Map<DayOfWeek, String> getHours() {
        return hours;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getClosedDates() {
        return closedDates;
    }

    public void setClosedDates(String closedDates) {
        this.closedDates = closedDates;
    }
}

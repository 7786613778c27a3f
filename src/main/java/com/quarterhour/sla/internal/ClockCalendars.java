package com.quarterhour.sla.internal;

import com.quarterhour.calendar.BusinessCalendar;
import com.quarterhour.calendar.BusinessCalendars;
import com.quarterhour.calendar.CalendarSummary;
import com.quarterhour.sla.CalendarKind;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The working time a clock counts in. A business-hours target counts in the stored calendar of the customer's
 * contract, else in the customer's office hours; a 24/7 target counts every minute, in that calendar's zone (the
 * customer's when there is none). A clock without a target is measured around the clock.
 */
@Component
public class ClockCalendars {

    private final BusinessCalendars calendars;

    ClockCalendars(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    public BusinessCalendar of(SlaClock clock) {
        return of(clock.getCalendar(), clock.getCalendarId(), clock.zone(), clock.getCountry());
    }

    public BusinessCalendar of(CalendarKind kind, Long calendarId, ZoneId customerZone, String country) {
        if (kind == CalendarKind.AROUND_THE_CLOCK) {
            ZoneId zone = calendarId == null ? customerZone
                    : calendars.find(calendarId).map(CalendarSummary::timeZone).orElse(customerZone);
            return calendars.aroundTheClock(zone);
        }
        return calendarId == null ? calendars.officeHours(customerZone, country) : calendars.calendar(calendarId);
    }

    /** Which calendar a clock of this kind counts in, for the stored calendar named (null: none) and the customer. */
    @FunctionalInterface
    public interface Choice {

        BusinessCalendar of(CalendarKind kind, Long calendarId, ZoneId customerZone, String country);
    }

    /**
     * For planning many clocks at once: {@link #of} with the stored calendars among {@code calendarIds} read together
     * (one query while each was built before), and each default built once.
     */
    public Choice among(Collection<Long> calendarIds) {
        Map<Long, BusinessCalendar> stored = calendars.calendarsOf(calendarIds);
        Map<List<Object>, BusinessCalendar> defaults = new HashMap<>();
        return (kind, calendarId, customerZone, country) -> {
            BusinessCalendar named = calendarId == null ? null : stored.get(calendarId);
            if (calendarId != null && named == null) {
                return of(kind, calendarId, customerZone, country); // gone meanwhile: as one clock finds it
            }
            if (kind == CalendarKind.AROUND_THE_CLOCK) {
                // a stored calendar's zone, as its summary gives it
                ZoneId zone = named == null ? customerZone : named.zone();
                return defaults.computeIfAbsent(Arrays.asList(kind, zone), key -> calendars.aroundTheClock(zone));
            }
            return named != null ? named : defaults.computeIfAbsent(Arrays.asList(kind, customerZone, country),
                    key -> calendars.officeHours(customerZone, country));
        };
    }

    /** For reading many clocks at once: each calendar is built once. */
    public Function<SlaClock, BusinessCalendar> remembering() {
        Map<List<Object>, BusinessCalendar> built = new HashMap<>();
        return clock -> built.computeIfAbsent(
                Arrays.asList(clock.getCalendar(), clock.getCalendarId(), clock.zone(), clock.getCountry()),
                key -> of(clock));
    }
}

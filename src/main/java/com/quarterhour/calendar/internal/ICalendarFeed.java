package com.quarterhour.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Duration;

/**
 * The closed dates an iCalendar feed names (a bank-holiday .ics): every day of every all-day event, named by its
 * SUMMARY. Plain Java; a feed it cannot take whole is refused whole with an IllegalArgumentException in plain words.
 */
public final class ICalendarFeed {

    /** An event closing more than a year at once is a mistake in the feed, not a holiday. */
    static final int DAYS_AN_EVENT_MAX = 366;
    private static final int NAME_MAX = 200;

    private ICalendarFeed() {
    }

    /** Each closed date once, in date order; a date several events name keeps the first event's name. */
    public static Map<LocalDate, String> closedDates(InputStream feed) {
        Calendar calendar = parse(feed);
        Map<LocalDate, String> dates = new TreeMap<>();
        for (Component component : calendar.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) component;
            if (value(event, Property.STATUS).filter("CANCELLED"::equalsIgnoreCase).isPresent()) {
                continue;
            }
            String name = value(event, Property.SUMMARY).map(ICalendarFeed::shortened).orElse(null);
            LocalDate first;
            LocalDate end;
            try {
                first = start(event, name);
                end = end(event, first, name);
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (RuntimeException e) {
                // ical4j reads some values only when asked (a DURATION, a date): a bad one is the feed's mistake
                throw new IllegalArgumentException(describe(name) + " has a date or duration that cannot be read");
            }
            for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
                if (dates.get(day) == null) {
                    dates.put(day, name);
                }
            }
        }
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("The iCalendar feed has no events (VEVENT) to close a day with");
        }
        return dates;
    }

    private static Calendar parse(InputStream feed) {
        try {
            return new CalendarBuilder().build(feed);
        } catch (ParserException e) {
            throw new IllegalArgumentException("The body is not an iCalendar (text/calendar) feed that can be read: it "
                    + "fails at line " + e.getLineNo() + "; nothing was imported");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The body is not an iCalendar (text/calendar) feed that can be read; "
                    + "nothing was imported");
        }
    }

    private static LocalDate start(VEvent event, String name) {
        if (event.getProperty(Property.RRULE).isPresent() || event.getProperty(Property.RDATE).isPresent()) {
            throw new IllegalArgumentException(describe(name) + " repeats (RRULE or RDATE); list each closed day as an "
                    + "event of its own");
        }
        Temporal start = event.getProperty(Property.DTSTART).map(p -> ((DateProperty<?>) p).getDate())
                .orElseThrow(() -> new IllegalArgumentException(describe(name) + " has no start date (DTSTART)"));
        return date(start, name);
    }

    /** The day after the event's last day: DTEND, else DTSTART plus DURATION, else one day (RFC 5545, 3.6.1). */
    private static LocalDate end(VEvent event, LocalDate first, String name) {
        Optional<Property> dtEnd = event.getProperty(Property.DTEND);
        LocalDate end;
        if (dtEnd.isPresent()) {
            end = date(((DateProperty<?>) dtEnd.get()).getDate(), name);
        } else {
            Optional<Property> duration = event.getProperty(Property.DURATION);
            end = duration.isPresent() ? first.plus(days(((Duration) duration.get()).getDuration(), name)) : first.plusDays(1);
        }
        if (!end.isAfter(first)) {
            end = first.plusDays(1);
        }
        if (ChronoUnit.DAYS.between(first, end) > DAYS_AN_EVENT_MAX) {
            throw new IllegalArgumentException(describe(name) + " lasts more than " + DAYS_AN_EVENT_MAX + " days");
        }
        return end;
    }

    private static LocalDate date(Temporal value, String name) {
        if (value instanceof LocalDate date) {
            return date;
        }
        throw new IllegalArgumentException(describe(name) + " has a time of day; only all-day events "
                + "(DTSTART;VALUE=DATE) close whole days");
    }

    private static Period days(TemporalAmount amount, String name) {
        if (amount instanceof Period period && period.getYears() == 0 && period.getMonths() == 0) {
            return period;
        }
        throw new IllegalArgumentException(describe(name) + " has a DURATION that is not whole days");
    }

    private static Optional<String> value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).map(String::strip).filter(text -> !text.isEmpty());
    }

    private static String shortened(String name) {
        String oneLine = name.replaceAll("\\p{Cntrl}+", " ");
        if (oneLine.length() <= NAME_MAX) {
            return oneLine;
        }
        int end = NAME_MAX - 1;
        if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
            end--;
        }
        return oneLine.substring(0, end) + "…";
    }

    private static String describe(String name) {
        return name == null ? "An event" : "The event '" + (name.length() > 60 ? name.substring(0, 60) + "…" : name) + "'";
    }
}

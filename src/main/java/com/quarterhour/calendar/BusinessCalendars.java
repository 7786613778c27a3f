package com.quarterhour.calendar;

import com.quarterhour.calendar.BusinessCalendar.WorkingHours;
import com.quarterhour.calendar.internal.ICalendarFeed;
import com.quarterhour.calendar.internal.StoredCalendar;
import com.quarterhour.calendar.internal.StoredCalendar.Opening;
import com.quarterhour.calendar.internal.StoredCalendarRepository;
import com.quarterhour.calendar.internal.StoredCalendarRepository.IdVersion;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.InputBounds;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The working-time calendars SLA clocks run on: stored calendars by id, and the defaults. */
@Service
@Transactional(readOnly = true)
public class BusinessCalendars {

    /** GET /api/calendars/{id}/due takes targets up to this many minutes (about eight years of office hours). */
    public static final int DUE_MINUTES_MAX = 1_000_000;
    private static final int MINUTES_A_DAY = 24 * 60;

    private final StoredCalendarRepository calendars;
    /**
     * Calendars built before, with the version they were built from: SLA clocks ask for a calendar on every reading
     * of the board, and a version check is one small query where building one reads all its closed dates. Keyed by
     * version, not cleared on update, so that a change made on another node is seen here too.
     */
    private final Map<Long, Built> built = new ConcurrentHashMap<>();

    private record Built(long version, BusinessCalendar calendar) {
    }

    BusinessCalendars(StoredCalendarRepository calendars) {
        this.calendars = calendars;
    }

    /** A stored calendar as it stands now; 404 when there is none with this id. */
    public BusinessCalendar calendar(long id) {
        long version = calendars.findVersionById(id)
                .orElseThrow(() -> DomainException.notFound("Business calendar " + id + " does not exist"));
        return builtAt(id, version);
    }

    /**
     * {@link #calendar} for many stored calendars, by id, in one query while each was built before at its version;
     * ids that do not exist are left out.
     */
    public Map<Long, BusinessCalendar> calendarsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return calendars.findVersionsByIdIn(ids).stream().collect(Collectors.toMap(IdVersion::getId,
                stored -> builtAt(stored.getId(), stored.getVersion())));
    }

    /** The calendar built before if it was built from this version, else built now from what is stored. */
    private BusinessCalendar builtAt(long id, long version) {
        Built known = built.get(id);
        if (known != null && known.version() == version) {
            return known.calendar();
        }
        StoredCalendar stored = stored(id);
        Set<LocalDate> closed = Set.copyOf(stored.getClosedDates().keySet());
        BusinessCalendar calendar = definition(stored).calendar(closed::contains);
        built.put(id, new Built(stored.getVersion(), calendar));
        return calendar;
    }

    public Optional<CalendarSummary> find(long id) {
        return calendars.findById(id).map(BusinessCalendars::summary);
    }

    /** The summaries of the calendars with these ids, in one query; ids that do not exist are left out. */
    public Map<Long, CalendarSummary> summariesOf(Collection<Long> ids) {
        return calendars.findAllById(ids).stream().map(BusinessCalendars::summary)
                .collect(Collectors.toMap(CalendarSummary::id, Function.identity()));
    }

    /** The default for a customer without its own calendar: Mon-Fri 09:00-17:00 in its zone, its country's holidays. */
    public BusinessCalendar officeHours(ZoneId zone, String country) {
        return BusinessCalendar.officeHours(zone, country);
    }

    /** 24/7 in a zone: every minute counts, holidays included. */
    public BusinessCalendar aroundTheClock(ZoneId zone) {
        return BusinessCalendar.aroundTheClock(zone);
    }

    @Transactional
    public CalendarDetails create(CalendarRequest request) {
        CalendarDefinition definition = CalendarDefinition.of(request);
        requireUniqueName(definition.name(), null);
        StoredCalendar calendar = new StoredCalendar(definition.name());
        store(definition, calendar);
        return details(calendars.saveAndFlush(calendar));
    }

    /** Replaces the calendar's definition; closed dates left out of the request stay as they are (unless now 24/7). */
    @Transactional
    public CalendarDetails update(long id, CalendarRequest request) {
        StoredCalendar calendar = stored(id);
        CalendarDefinition definition = CalendarDefinition.of(request);
        requireUniqueName(definition.name(), id);
        store(definition, calendar);
        return details(calendars.saveAndFlush(calendar));
    }

    public List<CalendarDetails> list() {
        return calendars.findAllByOrderByNameAsc().stream().map(BusinessCalendars::details).toList();
    }

    public CalendarDetails get(long id) {
        return details(stored(id));
    }

    /**
     * Adds each day of each event of an iCalendar feed (a bank-holiday .ics) as a closed date named by the event's
     * summary; dates already closed keep their name. A feed that cannot be read changes nothing.
     */
    @Transactional
    public CalendarDetails importClosedDates(long id, InputStream icalendar) {
        StoredCalendar calendar = stored(id);
        if (calendar.isAroundTheClock()) {
            throw DomainException.conflict("Calendar " + id + " is 24/7 and never closed; it takes no closed dates");
        }
        Map<LocalDate, String> imported;
        try {
            imported = ICalendarFeed.closedDates(icalendar);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(e.getMessage());
        }
        imported.keySet().forEach(CalendarDefinition::closedDate);
        calendar.addClosedDates(imported);
        if (calendar.getClosedDates().size() > CalendarDefinition.CLOSED_DATES_MAX) {
            throw DomainException.invalid("A calendar has at most " + CalendarDefinition.CLOSED_DATES_MAX
                    + " closed dates; this feed would make " + calendar.getClosedDates().size());
        }
        return details(calendars.saveAndFlush(calendar));
    }

    /** When {@code minutes} of the calendar's open time have passed since {@code from}. */
    public Instant due(long id, Instant from, int minutes) {
        return dueAt(id, from, minutes).toInstant();
    }

    /** {@link #due}, in the calendar's time zone. */
    public ZonedDateTime dueAt(long id, Instant from, int minutes) {
        if (from == null) {
            throw DomainException.invalid("from is required: the instant the clock starts, such as 2026-11-20T13:00:00Z");
        }
        if (!InputBounds.contains(from)) {
            throw DomainException.invalid("from must be " + InputBounds.RANGE);
        }
        if (minutes < 1 || minutes > DUE_MINUTES_MAX) {
            throw DomainException.invalid("minutes must be between 1 and " + String.format("%,d", DUE_MINUTES_MAX));
        }
        BusinessCalendar calendar = calendar(id);
        try {
            return calendar.dueTime(from, Duration.ofMinutes(minutes)).atZone(calendar.zone());
        } catch (BusinessCalendar.NoWorkingTimeException e) {
            throw DomainException.invalid("Calendar " + id + " does not have " + minutes
                    + " minutes of open time within ten years of " + from);
        }
    }

    private StoredCalendar stored(long id) {
        return calendars.findById(id).orElseThrow(() -> DomainException.notFound("Business calendar " + id + " does not exist"));
    }

    private void requireUniqueName(String name, Long id) {
        calendars.findByNameIgnoreCase(name).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw DomainException.conflict("A calendar named '" + other.getName() + "' already exists (" + other.getId() + ")");
        });
    }

    private static void store(CalendarDefinition definition, StoredCalendar calendar) {
        List<Opening> openings = new ArrayList<>();
        definition.week().forEach((day, hours) -> hours.forEach(h -> openings.add(new Opening(day,
                minuteOf(h.opens()), h.closes().equals(LocalTime.MIDNIGHT) ? MINUTES_A_DAY : minuteOf(h.closes())))));
        calendar.define(definition.name(), definition.zone().getId(), definition.aroundTheClock(), definition.country(),
                definition.region(), openings);
        if (definition.aroundTheClock()) {
            calendar.replaceClosedDates(Map.of());
        } else if (definition.closedDates() != null) {
            calendar.replaceClosedDates(definition.closedDates());
        }
    }

    private static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** The stored definition as the rules read it; stored data passed them when it was written. */
    private static CalendarDefinition definition(StoredCalendar calendar) {
        return new CalendarDefinition(calendar.getName(), ZoneId.of(calendar.getTimeZone()), calendar.isAroundTheClock(),
                calendar.getHolidayCountry(), calendar.getHolidayRegion(), week(calendar), null);
    }

    private static Map<DayOfWeek, List<WorkingHours>> week(StoredCalendar calendar) {
        Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
        calendar.getOpenings().stream().sorted(Comparator.comparing(Opening::opensMinute)).forEach(opening ->
                week.computeIfAbsent(opening.dayOfWeek(), day -> new ArrayList<>()).add(new WorkingHours(
                        LocalTime.MIDNIGHT.plusMinutes(opening.opensMinute()),
                        LocalTime.MIDNIGHT.plusMinutes(opening.closesMinute() % MINUTES_A_DAY))));
        return week;
    }

    private static CalendarSummary summary(StoredCalendar calendar) {
        return new CalendarSummary(calendar.getId(), calendar.getName(), ZoneId.of(calendar.getTimeZone()),
                calendar.isAroundTheClock());
    }

    private static CalendarDetails details(StoredCalendar calendar) {
        Map<DayOfWeek, List<OpeningInterval>> week = new EnumMap<>(DayOfWeek.class);
        calendar.getOpenings().stream().sorted(Comparator.comparing(Opening::opensMinute)).forEach(opening ->
                week.computeIfAbsent(opening.dayOfWeek(), day -> new ArrayList<>()).add(new OpeningInterval(
                        clock(opening.opensMinute()), clock(opening.closesMinute()))));
        HolidayRule holidays = calendar.getHolidayCountry() == null ? null
                : new HolidayRule(calendar.getHolidayCountry(), calendar.getHolidayRegion());
        List<ClosedDate> closed = calendar.getClosedDates().entrySet().stream()
                .map(entry -> new ClosedDate(entry.getKey(), entry.getValue())).toList();
        return new CalendarDetails(calendar.getId(), calendar.getName(), calendar.getTimeZone(), week,
                calendar.isAroundTheClock(), holidays, closed);
    }

    private static String clock(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}

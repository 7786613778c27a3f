package com.quarterhour.calendar.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A business calendar as an administrator keeps it; validated by the calendar service before it gets here. */
@Entity
@Table(name = "business_calendar")
public class StoredCalendar {

    /** One opening interval in local minutes of the day: 0 is 00:00, 1440 is 24:00. */
    @Embeddable
    public record Opening(@Enumerated(EnumType.STRING) DayOfWeek dayOfWeek, int opensMinute, int closesMinute) {
    }

    /** A whole day the calendar is closed; the name an iCalendar feed gave it, or null. */
    @Embeddable
    public record ClosedDay(LocalDate closedOn, String name) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String timeZone;
    private boolean aroundTheClock;
    private String holidayCountry;
    private String holidayRegion;
    @Version
    private long version;

    // each collection in a query of its own (for a list, one for all calendars): a join of both would multiply rows
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "business_calendar_opening", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<Opening> openings = new ArrayList<>();

    /** A set of rows rather than a map of date to name: Hibernate stores no map entry whose value is null. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "business_calendar_closed_date", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<ClosedDay> closedDays = new HashSet<>();

    protected StoredCalendar() {
    }

    public StoredCalendar(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isAroundTheClock() {
        return aroundTheClock;
    }

    public String getHolidayCountry() {
        return holidayCountry;
    }

    public String getHolidayRegion() {
        return holidayRegion;
    }

    public long getVersion() {
        return version;
    }

    public List<Opening> getOpenings() {
        return List.copyOf(openings);
    }

    /** Closed dates by date, with the name they were given (null: none). */
    public Map<LocalDate, String> getClosedDates() {
        Map<LocalDate, String> dates = new TreeMap<>();
        closedDays.forEach(day -> dates.put(day.closedOn(), day.name()));
        return dates;
    }

    public void define(String name, String timeZone, boolean aroundTheClock, String holidayCountry, String holidayRegion,
            Collection<Opening> openings) {
        this.name = name;
        this.timeZone = timeZone;
        this.aroundTheClock = aroundTheClock;
        this.holidayCountry = holidayCountry;
        this.holidayRegion = holidayRegion;
        this.openings.clear();
        this.openings.addAll(openings);
    }

    /** Replaces the closed dates; a date that stays keeps its name unless the new one names it. */
    public void replaceClosedDates(Map<LocalDate, String> dates) {
        Map<LocalDate, String> before = getClosedDates();
        Map<LocalDate, String> after = new TreeMap<>();
        dates.forEach((date, name) -> after.put(date, name != null ? name : before.get(date)));
        setClosedDates(after);
    }

    /** Adds closed dates; a date already closed keeps its name, or takes the new one if it had none. */
    public void addClosedDates(Map<LocalDate, String> dates) {
        Map<LocalDate, String> after = getClosedDates();
        dates.forEach((date, name) -> {
            if (after.get(date) == null) {
                after.put(date, name);
            }
        });
        setClosedDates(after);
    }

    /** Changes only the rows that change, so an import of a few dates does not rewrite a long list. */
    private void setClosedDates(Map<LocalDate, String> dates) {
        Set<ClosedDay> wanted = new HashSet<>();
        dates.forEach((date, name) -> wanted.add(new ClosedDay(date, name)));
        closedDays.retainAll(wanted);
        closedDays.addAll(wanted);
    }
}

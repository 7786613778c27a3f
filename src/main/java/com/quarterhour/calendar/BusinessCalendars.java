package com.quarterhour.calendar;

import com.quarterhour.shared.DomainException;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The working-time calendars SLA clocks run on: stored calendars by id, and the defaults. */
@Service
@Transactional(readOnly = true)
public class BusinessCalendars {

    /** A stored calendar as it stands now; 404 when there is none with this id. */
    public BusinessCalendar calendar(long id) {
        throw DomainException.notFound("Business calendar " + id + " does not exist");
    }

    public Optional<CalendarSummary> find(long id) {
        return Optional.empty();
    }

    /** The default for a customer without its own calendar: Mon-Fri 09:00-17:00 in its zone, its country's holidays. */
    public BusinessCalendar officeHours(ZoneId zone, String country) {
        return BusinessCalendar.officeHours(zone, country);
    }

    /** 24/7 in a zone: every minute counts, holidays included. */
    public BusinessCalendar aroundTheClock(ZoneId zone) {
        return BusinessCalendar.aroundTheClock(zone);
    }
}

package com.quarterhour.sla;

import com.quarterhour.calendar.BusinessCalendar;
import java.time.ZoneId;

/** Which working time a target counts in. */
public enum CalendarKind {
    /** Monday to Friday 09:00-17:00 in the customer's zone, without the public holidays of its country. */
    BUSINESS_HOURS,
    /** 24/7. */
    AROUND_THE_CLOCK;

    public BusinessCalendar of(ZoneId zone, String country) {
        return this == BUSINESS_HOURS ? BusinessCalendar.officeHours(zone, country) : BusinessCalendar.aroundTheClock(zone);
    }
}

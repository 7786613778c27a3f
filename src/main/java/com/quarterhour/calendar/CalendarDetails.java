package com.quarterhour.calendar;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/** A stored business calendar as the API and the administration page show it; the week lists open days only. */
public record CalendarDetails(long id, String name, String timeZone, Map<DayOfWeek, List<OpeningInterval>> week,
        boolean aroundTheClock, HolidayRule holidays, List<ClosedDate> closedDates) {
}

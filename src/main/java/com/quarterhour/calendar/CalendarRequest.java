package com.quarterhour.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A business calendar as an administrator writes it. A 24/7 calendar has no week, holidays or closed dates; any other
 * needs at least one opening interval. On an update, closedDates left out keep the calendar's closed dates.
 */
public record CalendarRequest(
        @Schema(example = "Edinburgh office") String name,
        @Schema(description = "IANA time zone", example = "Europe/London") String timeZone,
        @Schema(description = "Opening intervals per weekday; a day left out is closed") Map<DayOfWeek, List<OpeningInterval>> week,
        @Schema(description = "true: every minute counts, holidays included", defaultValue = "false") Boolean aroundTheClock,
        HolidayRule holidays,
        @Schema(description = "The calendar's own closed days; on an update, left out keeps them") List<LocalDate> closedDates) {
}

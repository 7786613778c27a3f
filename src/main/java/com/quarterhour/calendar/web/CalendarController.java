package com.quarterhour.calendar.web;

import com.quarterhour.calendar.BusinessCalendars;
import com.quarterhour.calendar.CalendarDetails;
import com.quarterhour.calendar.CalendarRequest;
import com.quarterhour.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calendars")
@Tag(name = "Business calendars", description = "The opening hours, public holidays and closed dates SLA targets count in")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
class CalendarController {

    static final String CALENDAR_EXAMPLE = """
            {"name": "Edinburgh office", "timeZone": "Europe/London",
             "week": {"MONDAY": [{"from": "09:00", "to": "12:30"}, {"from": "13:30", "to": "17:30"}],
                      "TUESDAY": [{"from": "09:00", "to": "12:30"}, {"from": "13:30", "to": "17:30"}],
                      "WEDNESDAY": [{"from": "09:00", "to": "12:30"}, {"from": "13:30", "to": "17:30"}],
                      "THURSDAY": [{"from": "09:00", "to": "12:30"}, {"from": "13:30", "to": "17:30"}],
                      "FRIDAY": [{"from": "09:00", "to": "16:00"}]},
             "holidays": {"country": "GB", "region": "sct"},
             "closedDates": ["2026-12-24", "2026-12-31"]}""";
    static final String ICS_EXAMPLE = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//uk.gov/GOVUK calendars//EN
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261130
            DTEND;VALUE=DATE:20261201
            SUMMARY:St Andrew's Day
            UID:st-andrews-2026@example.com
            DTSTAMP:20261101T080000Z
            END:VEVENT
            END:VCALENDAR
            """;
    /** A bank-holiday feed is a few kilobytes; a megabyte is a wrong file. */
    static final int FEED_MAX_BYTES = 1024 * 1024;

    private final BusinessCalendars calendars;

    CalendarController(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    @PostMapping
    @Operation(operationId = "createCalendar", summary = "Create a business calendar",
            description = "Opening intervals are local times per weekday, several a day allowed, never overlapping; "
                    + "\"24:00\" ends the day and 00:00-24:00 is a whole day. aroundTheClock: true makes a 24/7 calendar "
                    + "without week, holidays or closed dates.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = {
                            @ExampleObject(name = "split days, Scottish holidays", value = CALENDAR_EXAMPLE),
                            @ExampleObject(name = "24/7", value = """
                                    {"name": "Always on", "timeZone": "UTC", "aroundTheClock": true}""")})),
            responses = @ApiResponse(responseCode = "201", description = "Created; Location names the new calendar",
                    useReturnTypeSchema = true))
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<CalendarDetails> create(@RequestBody CalendarRequest request) {
        CalendarDetails created = calendars.create(request);
        return ResponseEntity.created(URI.create("/api/calendars/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(operationId = "listCalendars", summary = "All business calendars, by name")
    List<CalendarDetails> list() {
        return calendars.list();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCalendar", summary = "Read a business calendar")
    CalendarDetails get(@PathVariable long id) {
        return calendars.get(id);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateCalendar", summary = "Replace a business calendar's definition",
            description = "The whole definition, as for create. closedDates left out keep the calendar's closed dates "
                    + "(imported names included); a list replaces them. Requests already running keep the due times "
                    + "they were given until an administrator re-applies their terms.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "split days, Scottish holidays",
                            value = CALENDAR_EXAMPLE))))
    @PreAuthorize("hasRole('ADMIN')")
    CalendarDetails update(@PathVariable long id, @RequestBody CalendarRequest request) {
        return calendars.update(id, request);
    }

    @PostMapping("/{id}/closed-dates")
    @Operation(operationId = "importClosedDates", summary = "Add closed dates from an iCalendar feed",
            description = "Send the feed (for example a government's bank-holiday .ics) with Content-Type: text/calendar. "
                    + "Every day of every all-day event becomes a closed date named by the event's SUMMARY; multi-day "
                    + "events close each of their days; dates already closed keep their name. A feed that cannot be "
                    + "read, or holds events with a time of day or repeating events, is refused whole.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "text/calendar", schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "one bank holiday", value = ICS_EXAMPLE))))
    @PreAuthorize("hasRole('ADMIN')")
    CalendarDetails importClosedDates(@PathVariable long id, @RequestBody(required = false) byte[] feed) {
        if (feed == null || feed.length == 0) {
            throw DomainException.invalid("Send the iCalendar feed as the body, with Content-Type: text/calendar");
        }
        if (feed.length > FEED_MAX_BYTES) {
            throw DomainException.invalid("The feed is larger than 1 MiB; a bank-holiday feed is a few kilobytes");
        }
        return calendars.importClosedDates(id, new ByteArrayInputStream(feed));
    }

    @GetMapping("/{id}/due")
    @Operation(operationId = "calendarDueTime", summary = "When a target of so many minutes is due on this calendar",
            description = "Counts the calendar's open time from `from`: a start outside open time counts from the next "
                    + "opening, a target used up exactly at a closing time is due at that closing time, and a clock "
                    + "change counts the real time that passes. The answer carries the calendar's UTC offset.")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR')")
    DueTime due(@PathVariable long id,
            @RequestParam @Parameter(description = "The start, ISO-8601 with offset (encode + as %2B)",
                    example = "2026-11-20T13:00:00Z") String from,
            @RequestParam @Parameter(description = "The target in minutes of open time, 1 to 1,000,000",
                    example = "240") int minutes) {
        return new DueTime(calendars.dueAt(id, instant(from), minutes).toOffsetDateTime());
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException e) {
            throw DomainException.invalid("from must be a date and time with offset, such as 2026-11-20T13:00:00Z");
        }
    }

    /** The due time in the calendar's offset at that instant. */
    record DueTime(@Schema(example = "2026-11-20T17:00:00Z") OffsetDateTime dueAt) {
    }
}

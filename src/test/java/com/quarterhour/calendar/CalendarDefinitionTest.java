package com.quarterhour.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.shared.DomainException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** What an administrator may write as a calendar, and what it means, without Spring. */
class CalendarDefinitionTest {

    private static final Map<DayOfWeek, List<OpeningInterval>> MONDAY_TO_FRIDAY = Map.of(
            DayOfWeek.MONDAY, List.of(new OpeningInterval("09:00", "17:00")),
            DayOfWeek.TUESDAY, List.of(new OpeningInterval("09:00", "17:00")),
            DayOfWeek.WEDNESDAY, List.of(new OpeningInterval("09:00", "17:00")),
            DayOfWeek.THURSDAY, List.of(new OpeningInterval("09:00", "17:00")),
            DayOfWeek.FRIDAY, List.of(new OpeningInterval("09:00", "17:00")));

    private static CalendarRequest office(HolidayRule holidays, LocalDate... closed) {
        return new CalendarRequest(" London office ", "Europe/London", MONDAY_TO_FRIDAY, null, holidays,
                closed.length == 0 ? null : Arrays.asList(closed));
    }

    private static String refusal(CalendarRequest request) {
        try {
            CalendarDefinition.of(request);
        } catch (DomainException e) {
            assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + request);
    }

    @Test
    void normalisesNameCountryAndRegion() {
        CalendarDefinition definition = CalendarDefinition.of(office(new HolidayRule(" gb ", "SCT")));
        assertThat(definition.name()).isEqualTo("London office");
        assertThat(definition.country()).isEqualTo("GB");
        assertThat(definition.region()).isEqualTo("sct");
        assertThat(definition.closedDates()).as("left out: keep what is stored").isNull();
    }

    @Test
    void theDefinedCalendarSkipsItsHolidaysAndItsOwnClosedDates() {
        CalendarDefinition definition = CalendarDefinition.of(office(new HolidayRule("GB", null), LocalDate.parse("2026-11-18")));
        BusinessCalendar calendar = definition.calendar(definition.closedDates()::containsKey);
        // Tuesday 15:00 + 4 h: Wednesday is closed, so Thursday 11:00
        assertThat(calendar.dueTime(Instant.parse("2026-11-17T15:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2026-11-19T11:00:00Z"));
        assertThat(calendar.isHoliday(LocalDate.parse("2026-12-25"))).isTrue();
    }

    @Test
    void withoutHolidaysTheCalendarHasNone() {
        CalendarDefinition definition = CalendarDefinition.of(office(null));
        assertThat(definition.calendar(date -> false).isHoliday(LocalDate.parse("2026-12-25"))).isFalse();
    }

    @Test
    void aroundTheClockIsEveryMinute() {
        CalendarDefinition always = CalendarDefinition.of(new CalendarRequest("Always", "Asia/Kathmandu", null, true, null, null));
        assertThat(always.calendar(date -> true).dueTime(Instant.parse("2026-12-25T10:00:00Z"), Duration.ofMinutes(90)))
                .isEqualTo(Instant.parse("2026-12-25T11:30:00Z"));
        assertThat(refusal(new CalendarRequest("Always", "UTC", MONDAY_TO_FRIDAY, true, null, null)))
                .startsWith("A 24/7 calendar is always open");
        assertThat(refusal(new CalendarRequest("Always", "UTC", null, true, null, List.of(LocalDate.parse("2026-12-25")))))
                .startsWith("A 24/7 calendar is never closed");
        assertThat(refusal(new CalendarRequest("Always", "UTC", null, true, new HolidayRule(null, "sct"), null)))
                .startsWith("A 24/7 calendar is never closed");
        assertThat(CalendarDefinition.of(new CalendarRequest("Always", "UTC", Map.of(DayOfWeek.MONDAY, List.of()), true,
                new HolidayRule(null, null), List.of())).aroundTheClock()).isTrue();
    }

    @Test
    void refusesWhatCannotBeACalendarInPlainWords() {
        assertThat(refusal(new CalendarRequest(null, "UTC", MONDAY_TO_FRIDAY, null, null, null))).isEqualTo("A calendar needs a name");
        assertThat(refusal(new CalendarRequest("x".repeat(101), "UTC", MONDAY_TO_FRIDAY, null, null, null)))
                .isEqualTo("A calendar's name has at most 100 characters");
        assertThat(refusal(new CalendarRequest("Two\nlines", "UTC", MONDAY_TO_FRIDAY, null, null, null)))
                .contains("one line");
        assertThat(refusal(new CalendarRequest("Office", null, MONDAY_TO_FRIDAY, null, null, null)))
                .isEqualTo("A calendar needs a time zone, such as Europe/London");
        assertThat(refusal(new CalendarRequest("Office", "Mars/Olympus", MONDAY_TO_FRIDAY, null, null, null)))
                .startsWith("Unknown time zone 'Mars/Olympus'");
        assertThat(refusal(new CalendarRequest("Office", "UTC", null, false, null, null)))
                .startsWith("A calendar needs opening hours on at least one day");
        assertThat(refusal(new CalendarRequest("Office", "UTC", Map.of(DayOfWeek.MONDAY, List.of()), null, null, null)))
                .startsWith("A calendar needs opening hours on at least one day");
        assertThat(refusal(office(new HolidayRule("AQ", null))))
                .isEqualTo("There is no public holiday calendar for AQ; leave out holidays and list the days as closed dates instead");
        assertThat(refusal(office(new HolidayRule("ZZ", null)))).startsWith("Unknown country 'ZZ'");
        assertThat(refusal(office(new HolidayRule("DE", "xx")))).startsWith("DE has no holiday region 'xx'; use one of ")
                .contains("by", "be");
        assertThat(refusal(office(new HolidayRule(null, "sct")))).startsWith("A holiday region needs its country");
        assertThat(refusal(office(null, LocalDate.parse("2100-01-01"))))
                .isEqualTo("Closed date 2100-01-01 is not between 2000-01-01 and 2099-12-31");
    }

    @Test
    void refusesIntervalsThatAreNotTimesOfOneDay() {
        assertThat(refusal(week(new OpeningInterval("24:00", "24:00")))).contains("cannot open at 24:00");
        assertThat(refusal(week(new OpeningInterval("22:00", "06:00")))).isEqualTo("Monday: 22:00-06:00 does not open "
                + "before it closes; an interval ends on its own day (24:00 at the latest), so a night shift is two "
                + "intervals, one on each day");
        assertThat(refusal(week(new OpeningInterval("9:00", "17:00")))).startsWith("Monday: '9:00' is not a time of day");
        assertThat(refusal(week(new OpeningInterval("09:00", "24:01")))).startsWith("Monday: '24:01' is not a time of day");
        assertThat(refusal(week(new OpeningInterval("09:00:30", "17:00")))).contains("is not a time of day");
        assertThat(refusal(week(new OpeningInterval("09:00", null)))).contains("needs from and to");
        assertThat(refusal(week(new OpeningInterval("08:00", "12:00"), new OpeningInterval("11:59", "17:00"))))
                .isEqualTo("The opening hours of Monday overlap: 08:00-12:00 and 11:59-17:00");
        CalendarDefinition wholeDay = CalendarDefinition.of(new CalendarRequest("Whole Monday", "UTC",
                Map.of(DayOfWeek.MONDAY, List.of(new OpeningInterval("00:00", "24:00"))), null, null, null));
        assertThat(wholeDay.calendar(date -> false).dueTime(Instant.parse("2026-11-16T00:00:00Z"), Duration.ofHours(24)))
                .isEqualTo(Instant.parse("2026-11-17T00:00:00Z"));
    }

    private static CalendarRequest week(OpeningInterval... intervals) {
        return new CalendarRequest("Office", "UTC", Map.of(DayOfWeek.MONDAY, Arrays.asList(intervals)), null, null, null);
    }
}

package com.quarterhour.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final BusinessCalendar UK_OFFICE = BusinessCalendar.officeHours(LONDON, "GB");
    private static final Duration FOUR_HOURS = Duration.ofHours(4);

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @Test
    void fourBusinessHoursFromFridayAfternoonAreDueMondayNoon() {
        assertThat(UK_OFFICE.dueTime(london("2026-11-20T16:00"), FOUR_HOURS)).isEqualTo(london("2026-11-23T12:00"));
    }

    @Test
    void aRequestAtNightCountsFromTheNextOpening() {
        assertThat(UK_OFFICE.dueTime(london("2026-11-17T20:00"), FOUR_HOURS)).isEqualTo(london("2026-11-18T13:00"));
        assertThat(UK_OFFICE.dueTime(london("2026-11-17T07:30"), Duration.ofHours(1))).isEqualTo(london("2026-11-17T10:00"));
    }

    @Test
    void aRequestAtTheWeekendCountsFromMondayMorning() {
        assertThat(UK_OFFICE.dueTime(london("2026-11-21T11:00"), FOUR_HOURS)).isEqualTo(london("2026-11-23T13:00"));
    }

    @Test
    void aTargetEndingAtClosingIsDueAtClosingNotNextMorning() {
        assertThat(UK_OFFICE.dueTime(london("2026-11-17T13:00"), FOUR_HOURS)).isEqualTo(london("2026-11-17T17:00"));
    }

    @Test
    void christmasAndBoxingDayAreSkipped() {
        // 2025: Christmas on Thursday, Boxing Day on Friday
        assertThat(UK_OFFICE.isHoliday(LocalDate.parse("2025-12-25"))).isTrue();
        assertThat(UK_OFFICE.isHoliday(LocalDate.parse("2025-12-26"))).isTrue();
        assertThat(UK_OFFICE.dueTime(london("2025-12-24T16:00"), FOUR_HOURS)).isEqualTo(london("2025-12-29T12:00"));
    }

    @Test
    void easterIsSkipped() {
        // Good Friday 3 April 2026 and Easter Monday 6 April
        assertThat(UK_OFFICE.dueTime(london("2026-04-02T16:00"), FOUR_HOURS)).isEqualTo(london("2026-04-07T12:00"));
    }

    @Test
    void workingHoursAreLocalAcrossTheSpringClockChange() {
        // clocks go forward on Sunday 29 March 2026: Friday 16:00 GMT, Monday 12:00 BST
        Instant due = UK_OFFICE.dueTime(london("2026-03-27T16:00"), FOUR_HOURS);
        assertThat(due).isEqualTo(london("2026-03-30T12:00")).isEqualTo(Instant.parse("2026-03-30T11:00:00Z"));
    }

    @Test
    void workingHoursAreLocalAcrossTheAutumnClockChange() {
        // clocks go back on Sunday 25 October 2026: Friday 16:00 BST, Monday 12:00 GMT
        Instant due = UK_OFFICE.dueTime(london("2026-10-23T16:00"), FOUR_HOURS);
        assertThat(due).isEqualTo(Instant.parse("2026-10-26T12:00:00Z"));
    }

    @Test
    void eachCustomerHasTheHolidaysOfItsOwnCountry() {
        BusinessCalendar usOffice = BusinessCalendar.officeHours(NEW_YORK, "US");
        Instant wednesdayBeforeThanksgiving = LocalDateTime.parse("2026-11-25T16:00").atZone(NEW_YORK).toInstant();
        assertThat(usOffice.dueTime(wednesdayBeforeThanksgiving, FOUR_HOURS))
                .isEqualTo(LocalDateTime.parse("2026-11-27T12:00").atZone(NEW_YORK).toInstant());
        assertThat(UK_OFFICE.isHoliday(LocalDate.parse("2026-11-26"))).isFalse();
    }

    @Test
    void aroundTheClockIsPlainClockArithmeticEvenOverAClockChange() {
        BusinessCalendar always = BusinessCalendar.aroundTheClock(LONDON);
        Instant beforeChange = Instant.parse("2026-03-29T00:30:00Z");
        assertThat(always.dueTime(beforeChange, Duration.ofHours(1))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(always.dueTime(london("2026-12-25T10:00"), Duration.ofMinutes(30))).isEqualTo(london("2026-12-25T10:30"));
    }

    @Test
    void measuresWorkingTimeBetweenTwoInstants() {
        assertThat(UK_OFFICE.workingTimeBetween(london("2026-11-20T16:00"), london("2026-11-23T12:00"))).isEqualTo(FOUR_HOURS);
        assertThat(UK_OFFICE.workingTimeBetween(london("2026-11-21T10:00"), london("2026-11-22T10:00"))).isZero();
        assertThat(UK_OFFICE.workingTimeBetween(london("2026-11-23T12:00"), london("2026-11-20T16:00"))).isZero();
    }

    @Test
    void knowsWorkingTime() {
        assertThat(UK_OFFICE.isWorkingTime(london("2026-11-17T09:00"))).isTrue();
        assertThat(UK_OFFICE.isWorkingTime(london("2026-11-17T17:00"))).isFalse();
        assertThat(UK_OFFICE.isWorkingTime(london("2026-11-21T12:00"))).isFalse();
    }

    @Test
    void aCountryWithoutAHolidayCalendarStillGetsDueTimes() {
        BusinessCalendar antarctica = BusinessCalendar.officeHours(ZoneId.of("UTC"), "AQ");
        assertThat(antarctica.dueTime(Instant.parse("2026-12-25T09:00:00Z"), FOUR_HOURS)).isEqualTo(Instant.parse("2026-12-25T13:00:00Z"));
    }

    @Test
    void refusesANegativeDuration() {
        assertThatThrownBy(() -> UK_OFFICE.dueTime(london("2026-11-17T10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

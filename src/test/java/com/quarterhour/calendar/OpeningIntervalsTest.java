package com.quarterhour.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.calendar.BusinessCalendar.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Calendars as administrators define them: several intervals a day, whole days, regions, closed dates, odd zones. */
class OpeningIntervalsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static WorkingHours hours(String opens, String closes) {
        return new WorkingHours(LocalTime.parse(opens), closes.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(closes));
    }

    /** The same intervals Monday to Friday. */
    static Map<DayOfWeek, List<WorkingHours>> weekdays(WorkingHours... intervals) {
        Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, List.of(intervals));
            }
        }
        return week;
    }

    private static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Instant london(String localDateTime) {
        return at(LONDON, localDateTime);
    }

    @Test
    void workedExampleFourHoursFromFridayOneOClockAreDueAtFiveAndAMondayNineOClockReplyIsOnTime() {
        BusinessCalendar office = BusinessCalendar.of(LONDON, weekdays(hours("09:00", "17:00")), date -> false);
        Instant friday = london("2026-11-20T13:00");

        assertThat(office.dueTime(friday, Duration.ofHours(4))).isEqualTo(london("2026-11-20T17:00:00"));
        assertThat(office.workingTimeBetween(friday, london("2026-11-23T09:00:00"))).isEqualTo(Duration.ofHours(4));
        assertThat(office.workingTimeBetween(friday, london("2026-11-23T09:00:01"))).isGreaterThan(Duration.ofHours(4));
    }

    @Test
    void aLunchBreakIsNotWorkingTime() {
        BusinessCalendar split = BusinessCalendar.of(LONDON, weekdays(hours("09:00", "12:00"), hours("13:00", "18:00")),
                date -> false);

        assertThat(split.dueTime(london("2026-11-17T11:00"), Duration.ofHours(2))).isEqualTo(london("2026-11-17T14:00"));
        assertThat(split.dueTime(london("2026-11-17T09:00"), Duration.ofHours(3))).isEqualTo(london("2026-11-17T12:00"));
        assertThat(split.dueTime(london("2026-11-17T12:30"), Duration.ofMinutes(1))).isEqualTo(london("2026-11-17T13:01"));
        assertThat(split.isWorkingTime(london("2026-11-17T12:15"))).isFalse();
        assertThat(split.workingTimeBetween(london("2026-11-17T11:00"), london("2026-11-17T14:00"))).isEqualTo(Duration.ofHours(2));
        // a full split day holds eight hours: Friday 18:00 plus nine hours is Tuesday 10:00
        assertThat(split.dueTime(london("2026-11-20T18:00"), Duration.ofHours(9))).isEqualTo(london("2026-11-24T10:00"));
    }

    @Test
    void intervalsAreTakenInOrderWhateverOrderTheyAreGivenIn() {
        BusinessCalendar split = BusinessCalendar.of(LONDON, weekdays(hours("13:00", "18:00"), hours("09:00", "12:00")),
                date -> false);
        assertThat(split.dueTime(london("2026-11-17T08:00"), Duration.ofHours(4))).isEqualTo(london("2026-11-17T14:00"));
    }

    @Test
    void aSplitShiftRunsIntoTheNight() {
        Map<DayOfWeek, List<WorkingHours>> week = weekdays(hours("06:00", "10:00"), hours("20:00", "24:00"));
        BusinessCalendar shifts = BusinessCalendar.of(LONDON, week, date -> false);
        assertThat(shifts.dueTime(london("2026-11-17T09:00"), Duration.ofHours(3))).isEqualTo(london("2026-11-17T22:00"));
        assertThat(shifts.dueTime(london("2026-11-17T23:00"), Duration.ofHours(2))).isEqualTo(london("2026-11-18T07:00"));
    }

    @Test
    void wholeDaysFollowEachOtherWithoutAGap() {
        Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.SATURDAY, List.of(hours("00:00", "24:00")));
        week.put(DayOfWeek.SUNDAY, List.of(hours("00:00", "24:00")));
        BusinessCalendar weekends = BusinessCalendar.of(LONDON, week, date -> false);

        assertThat(weekends.dueTime(london("2026-11-21T22:00"), Duration.ofHours(4))).isEqualTo(london("2026-11-22T02:00"));
        assertThat(weekends.dueTime(london("2026-11-22T22:00"), Duration.ofHours(4))).isEqualTo(london("2026-11-28T02:00"));
        assertThat(weekends.dueTime(london("2026-11-18T10:00"), Duration.ofHours(48))).isEqualTo(london("2026-11-23T00:00"));
        assertThat(weekends.isWorkingTime(london("2026-11-22T00:00"))).isTrue();
        assertThat(weekends.isWorkingTime(london("2026-11-23T00:00"))).isFalse();
    }

    @Test
    void intervalsThatTouchAreOneStretch() {
        BusinessCalendar touching = BusinessCalendar.of(LONDON, weekdays(hours("09:00", "12:00"), hours("12:00", "17:00")),
                date -> false);
        assertThat(touching.dueTime(london("2026-11-17T11:00"), Duration.ofHours(2))).isEqualTo(london("2026-11-17T13:00"));
    }

    @Test
    void overlappingIntervalsAreRefusedInPlainWords() {
        assertThatThrownBy(() -> BusinessCalendar.of(LONDON, weekdays(hours("09:00", "13:00"), hours("12:00", "17:00")),
                date -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The opening hours of Monday overlap: 09:00-13:00 and 12:00-17:00");
        assertThatThrownBy(() -> BusinessCalendar.of(LONDON, weekdays(hours("00:00", "24:00"), hours("20:00", "24:00")),
                date -> false))
                .hasMessageContaining("overlap: 00:00-24:00 and 20:00-24:00");
    }

    @Test
    void aCalendarWithoutOpenTimeIsRefused() {
        Map<DayOfWeek, List<WorkingHours>> none = new EnumMap<>(DayOfWeek.class);
        none.put(DayOfWeek.MONDAY, List.of());
        assertThatThrownBy(() -> BusinessCalendar.of(LONDON, none, date -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one working day");
    }

    @Test
    void anIntervalMustOpenBeforeItCloses() {
        assertThatThrownBy(() -> hours("17:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hours("09:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCalendarsOwnClosedDatesAreSkipped() {
        Set<LocalDate> closed = Set.of(LocalDate.parse("2026-11-18"));
        BusinessCalendar office = BusinessCalendar.of(LONDON, weekdays(hours("09:00", "17:00")), closed::contains);
        assertThat(office.dueTime(london("2026-11-17T15:00"), Duration.ofHours(4))).isEqualTo(london("2026-11-19T11:00"));
        assertThat(office.isHoliday(LocalDate.parse("2026-11-18"))).isTrue();
    }

    @Test
    void scotlandHasItsOwnHolidays() {
        // 2 January is a bank holiday in Scotland only; Easter Monday in England only
        assertThat(PublicHolidays.of("GB", "sct").test(LocalDate.parse("2026-01-02"))).isTrue();
        assertThat(PublicHolidays.of("GB", "sct").test(LocalDate.parse("2026-04-06"))).isFalse();
        assertThat(PublicHolidays.of("GB", null).test(LocalDate.parse("2026-01-02"))).isFalse();
        assertThat(PublicHolidays.of("GB", null).test(LocalDate.parse("2026-04-06"))).isTrue();
        assertThat(PublicHolidays.of("gb", "ENG").test(LocalDate.parse("2026-04-06"))).isTrue();
    }

    @Test
    void germanLaenderAmericanAndAustralianStatesHaveTheirOwnHolidays() {
        LocalDate epiphany = LocalDate.parse("2026-01-06");
        assertThat(PublicHolidays.of("DE", "by").test(epiphany)).isTrue();
        assertThat(PublicHolidays.of("DE", "be").test(epiphany)).isFalse();
        assertThat(PublicHolidays.of("DE", null).test(LocalDate.parse("2026-10-03"))).isTrue();
        // Patriots' Day, third Monday of April, is a holiday in Massachusetts
        assertThat(PublicHolidays.of("US", "ma").test(LocalDate.parse("2026-04-20"))).isTrue();
        assertThat(PublicHolidays.of("US", "ny").test(LocalDate.parse("2026-04-20"))).isFalse();
        // New South Wales has a bank holiday on the first Monday of August; Victoria does not
        assertThat(PublicHolidays.of("AU", "nsw").test(LocalDate.parse("2026-08-03"))).isTrue();
        assertThat(PublicHolidays.of("AU", "vic").test(LocalDate.parse("2026-08-03"))).isFalse();
    }

    @Test
    void regionsAreJollydaysCodes() {
        assertThat(PublicHolidays.knowsCountry("gb")).isTrue();
        assertThat(PublicHolidays.knowsCountry("XX")).isFalse();
        assertThat(PublicHolidays.regionsOf("GB")).contains("eng", "sct", "wls", "nir");
        assertThat(PublicHolidays.regionsOf("AU")).contains("nsw", "vic");
        assertThat(PublicHolidays.regionsOf("XX")).isEmpty();
        assertThatThrownBy(() -> PublicHolidays.of("GB", "zz")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNightShiftOverTheLordHoweSpringChangeCountsTheRealHalfHourLess() {
        // Lord Howe Island moves from +10:30 to +11:00 at 02:00 on Sunday 4 October 2026
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.SUNDAY, List.of(hours("00:00", "04:00")));
        BusinessCalendar night = BusinessCalendar.of(lordHowe, week, date -> false);
        Instant opens = at(lordHowe, "2026-10-04T00:00");

        assertThat(night.workingTimeBetween(opens, at(lordHowe, "2026-10-04T04:00"))).isEqualTo(Duration.ofMinutes(210));
        assertThat(night.dueTime(opens, Duration.ofMinutes(210))).isEqualTo(at(lordHowe, "2026-10-04T04:00"));
        assertThat(night.dueTime(opens, Duration.ofMinutes(150))).isEqualTo(at(lordHowe, "2026-10-04T03:00"));
    }

    @Test
    void anOpeningTimeTheClocksSkipOpensWhenTheyJump() {
        // 02:10 does not exist on Lord Howe on 4 October 2026: the clocks jump from 02:00 to 02:30
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.SUNDAY, List.of(hours("02:10", "03:00")));
        BusinessCalendar early = BusinessCalendar.of(lordHowe, week, date -> false);
        Instant sundayMidnight = at(lordHowe, "2026-10-04T00:00");

        assertThat(early.dueTime(sundayMidnight, Duration.ofMinutes(30))).isEqualTo(at(lordHowe, "2026-10-04T03:00"));
        assertThat(early.dueTime(sundayMidnight, Duration.ofMinutes(31))).isEqualTo(at(lordHowe, "2026-10-11T02:11"));
    }

    @Test
    void anHourTheClocksRepeatCountsTwiceInChatham() {
        // the Chatham Islands go from +13:45 back to +12:45 at 03:45 on Sunday 5 April 2026
        ZoneId chatham = ZoneId.of("Pacific/Chatham");
        Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.SUNDAY, List.of(hours("01:00", "06:00")));
        BusinessCalendar night = BusinessCalendar.of(chatham, week, date -> false);
        Instant opens = at(chatham, "2026-04-05T01:00");

        assertThat(night.workingTimeBetween(opens, opens.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofHours(6));
        assertThat(night.dueTime(opens, Duration.ofHours(6))).isEqualTo(Instant.parse("2026-04-04T17:15:00Z"));
    }

    @Test
    void kathmanduKeepsItsQuarterHourOffset() {
        ZoneId kathmandu = ZoneId.of("Asia/Kathmandu");
        BusinessCalendar office = BusinessCalendar.of(kathmandu, weekdays(hours("10:00", "17:00")), date -> false);
        assertThat(office.dueTime(Instant.parse("2026-11-17T03:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-11-17T06:15:00Z"));
    }
}

package com.quarterhour.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.calendar.BusinessCalendar.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The appointment starts the portal offers: inside working time, in the customer's local time. */
class OpenStartsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final BusinessCalendar UK_OFFICE = BusinessCalendar.officeHours(LONDON, "GB");
    private static final Duration HOURLY = Duration.ofHours(1);

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    private static List<LocalDate> daysOf(List<LocalDateTime> starts) {
        return starts.stream().map(LocalDateTime::toLocalDate).distinct().toList();
    }

    @Test
    void offersEveryHourOfTheWorkingDayFromTheNextOneOn() {
        // Tuesday 17 Nov 2026 at 13:20: the rest of today, then whole days
        List<LocalDateTime> starts = UK_OFFICE.openStarts(london("2026-11-17T13:20"), 2, HOURLY);

        assertThat(starts).map(LocalDateTime::toString).containsExactly(
                "2026-11-17T14:00", "2026-11-17T15:00", "2026-11-17T16:00",
                "2026-11-18T09:00", "2026-11-18T10:00", "2026-11-18T11:00", "2026-11-18T12:00",
                "2026-11-18T13:00", "2026-11-18T14:00", "2026-11-18T15:00", "2026-11-18T16:00");
    }

    @Test
    void skipsTheWeekend() {
        List<LocalDateTime> starts = UK_OFFICE.openStarts(london("2026-11-20T18:00"), 2, HOURLY);

        assertThat(daysOf(starts)).containsExactly(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-24"));
    }

    @Test
    void skipsAHolidayAndACalendarsOwnClosedDate() {
        // 2025: Christmas on Thursday, Boxing Day on Friday, then the weekend
        assertThat(daysOf(UK_OFFICE.openStarts(london("2025-12-24T17:00"), 2, HOURLY)))
                .containsExactly(LocalDate.parse("2025-12-29"), LocalDate.parse("2025-12-30"));

        LocalDate closed = LocalDate.parse("2026-11-18");
        BusinessCalendar withClosedDay = BusinessCalendar.of(LONDON,
                Map.of(DayOfWeek.WEDNESDAY, List.of(new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0))),
                        DayOfWeek.THURSDAY, List.of(new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0)))),
                closed::equals);
        assertThat(daysOf(withClosedDay.openStarts(london("2026-11-17T08:00"), 1, HOURLY)))
                .containsExactly(LocalDate.parse("2026-11-19"));
    }

    @Test
    void aSplitDayOffersNothingInItsBreak() {
        BusinessCalendar lunchBreak = BusinessCalendar.of(LONDON, Map.of(DayOfWeek.MONDAY, List.of(
                new WorkingHours(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WorkingHours(LocalTime.of(13, 30), LocalTime.of(15, 0)))), date -> false);

        assertThat(lunchBreak.openStarts(london("2026-11-23T00:00"), 1, Duration.ofMinutes(30)))
                .map(LocalDateTime::toLocalTime).map(LocalTime::toString)
                .containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "13:30", "14:00", "14:30");
    }

    @Test
    void theNightTheClocksGoForwardHasNoStartAtTheSkippedHour() {
        // Sunday 29 March 2026: 01:00 becomes 02:00 in London
        BusinessCalendar allWeek = BusinessCalendar.aroundTheClock(LONDON);

        List<LocalDateTime> starts = allWeek.openStarts(london("2026-03-29T00:00"), 1, HOURLY);

        assertThat(starts).map(LocalDateTime::toLocalTime).map(LocalTime::getHour)
                .startsWith(0, 2, 3).doesNotContain(1).hasSize(23);
    }

    @Test
    void theNightTheClocksGoBackOffersTheRepeatedHourOnce() {
        // Sunday 25 October 2026: 02:00 becomes 01:00 again in London
        List<LocalDateTime> starts = BusinessCalendar.aroundTheClock(LONDON)
                .openStarts(london("2026-10-25T00:00"), 1, HOURLY);

        assertThat(starts).hasSize(24).doesNotHaveDuplicates();
    }

    @Test
    void officeHoursKeepTheirLocalTimesInTheWeekAfterTheClockChange() {
        // the week of 30 March 2026 is on summer time: the first start is still 09:00 local, 08:00 UTC
        List<LocalDateTime> starts = UK_OFFICE.openStarts(london("2026-03-27T18:00"), 1, HOURLY);

        assertThat(starts.get(0)).isEqualTo(LocalDateTime.parse("2026-03-30T09:00"));
        assertThat(starts.get(0).atZone(LONDON).toInstant()).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(starts).hasSize(8);
    }
}

package com.quarterhour.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ICalendarFeedTest {

    private static Map<LocalDate, String> read(String... lines) {
        String feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Quarterhour test//EN\r\n"
                + String.join("\r\n", lines) + "\r\nEND:VCALENDAR\r\n";
        return ICalendarFeed.closedDates(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
    }

    private static String[] event(String... properties) {
        String[] lines = new String[properties.length + 4];
        lines[0] = "BEGIN:VEVENT";
        lines[1] = "UID:" + System.nanoTime() + "@test";
        lines[2] = "DTSTAMP:20261101T080504Z";
        System.arraycopy(properties, 0, lines, 3, properties.length);
        lines[lines.length - 1] = "END:VEVENT";
        return lines;
    }

    private static String[] concat(String[]... events) {
        return java.util.Arrays.stream(events).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    @Test
    void readsTheScottishBankHolidaysAsGovUkPublishesThem() throws Exception {
        try (InputStream feed = getClass().getResourceAsStream("/calendar/scotland-bank-holidays-2026.ics")) {
            Map<LocalDate, String> dates = ICalendarFeed.closedDates(feed);
            assertThat(dates).hasSize(9)
                    .containsEntry(LocalDate.parse("2026-01-01"), "New Year’s Day")
                    .containsEntry(LocalDate.parse("2026-11-30"), "St Andrew’s Day")
                    .containsEntry(LocalDate.parse("2026-12-28"), "Boxing Day");
            assertThat(dates.keySet()).first().isEqualTo(LocalDate.parse("2026-01-01"));
        }
    }

    @Test
    void aMultiDayEventClosesEachOfItsDaysButNotItsEndDate() {
        Map<LocalDate, String> dates = read(event("DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20270102",
                "SUMMARY:Office closed over the holidays"));
        assertThat(dates).hasSize(9).containsKeys(LocalDate.parse("2026-12-24"), LocalDate.parse("2027-01-01"))
                .doesNotContainKey(LocalDate.parse("2027-01-02"));
        assertThat(dates.values()).containsOnly("Office closed over the holidays");
    }

    @Test
    void anAllDayEventWithoutAnEndIsOneDayAndADurationCountsDays() {
        Map<LocalDate, String> dates = read(concat(
                event("DTSTART;VALUE=DATE:20260317", "SUMMARY:St Patrick's Day"),
                event("DTSTART;VALUE=DATE:20260810", "DURATION:P3D", "SUMMARY:Stocktake")));
        assertThat(dates.keySet()).containsExactly(LocalDate.parse("2026-03-17"), LocalDate.parse("2026-08-10"),
                LocalDate.parse("2026-08-11"), LocalDate.parse("2026-08-12"));
    }

    @Test
    void aDayTwoEventsNameIsClosedOnceWithTheFirstName() {
        Map<LocalDate, String> dates = read(concat(
                event("DTSTART;VALUE=DATE:20261225", "SUMMARY:Christmas Day"),
                event("DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261227", "SUMMARY:Christmas shutdown")));
        assertThat(dates).hasSize(3)
                .containsEntry(LocalDate.parse("2026-12-25"), "Christmas Day")
                .containsEntry(LocalDate.parse("2026-12-24"), "Christmas shutdown");
    }

    @Test
    void foldedAndEscapedSummariesAreReadWhole() {
        Map<LocalDate, String> dates = read(event("DTSTART;VALUE=DATE:20260504", "SUMMARY:Early May bank holiday\\, a",
                " lso the office move"));
        assertThat(dates).containsEntry(LocalDate.parse("2026-05-04"), "Early May bank holiday, also the office move");
    }

    @Test
    void aCancelledEventClosesNothingAndAnEventWithoutSummaryHasNoName() {
        Map<LocalDate, String> dates = read(concat(
                event("DTSTART;VALUE=DATE:20260601", "SUMMARY:Cancelled", "STATUS:CANCELLED"),
                event("DTSTART;VALUE=DATE:20260602")));
        assertThat(dates).containsOnlyKeys(LocalDate.parse("2026-06-02"));
        assertThat(dates.get(LocalDate.parse("2026-06-02"))).isNull();
    }

    @Test
    void refusesWhatIsNotAFeedInPlainWords() {
        assertThatThrownBy(() -> ICalendarFeed.closedDates(new ByteArrayInputStream(
                "Date,Name\n2026-12-25,Christmas\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The body is not an iCalendar (text/calendar) feed that can be read");
        assertThatThrownBy(() -> ICalendarFeed.closedDates(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing was imported");
        assertThatThrownBy(() -> read("BEGIN:VEVENT", "DTSTART;VALUE=DATE:2026-13-45", "END:VEVENT"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesThatCannotBeReadAreRefusedNotCrashedOn() {
        for (String[] event : new String[][] {
                event("DTSTART;VALUE=DATE:20260601", "DURATION:PXYZ", "SUMMARY:Odd"),
                event("DTSTART;VALUE=DATE:20260601", "DTEND;VALUE=DATE:tomorrow", "SUMMARY:Odd"),
                event("DTSTART;VALUE=DATE:20260601", "DURATION:PT3H", "SUMMARY:Odd"),
                event("DTSTART;TZID=Europe/London:20260601T090000", "SUMMARY:Odd"),
                event("DTSTART;TZID=Mars/Olympus:20260601T090000", "SUMMARY:Odd"),
                event("DTSTART:not a date", "SUMMARY:Odd")}) {
            assertThatThrownBy(() -> read(event)).as(String.join(" ", event)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aLongSummaryIsCutWithoutSplittingACharacter() {
        String name = "\uD83C\uDF84".repeat(150);
        Map<LocalDate, String> dates = read(event("DTSTART;VALUE=DATE:20261225", "SUMMARY:" + name));
        String kept = dates.get(LocalDate.parse("2026-12-25"));
        assertThat(kept).hasSizeLessThanOrEqualTo(200).endsWith("…");
        assertThat(kept.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
                .as("no half of a character").isTrue();
    }

    @Test
    void refusesEventsThatDoNotCloseWholeDays() {
        assertThatThrownBy(() -> read(event("DTSTART:20261225T090000Z", "DTEND:20261225T170000Z", "SUMMARY:Party")))
                .hasMessage("The event 'Party' has a time of day; only all-day events (DTSTART;VALUE=DATE) close whole days");
        assertThatThrownBy(() -> read(event("DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY", "SUMMARY:Christmas")))
                .hasMessageContaining("repeats");
        assertThatThrownBy(() -> read(event("DTSTART;VALUE=DATE:20260101", "DTEND;VALUE=DATE:20280101", "SUMMARY:Sabbatical")))
                .hasMessageContaining("lasts more than 366 days");
        assertThatThrownBy(() -> read(event("SUMMARY:No date")))
                .hasMessage("The event 'No date' has no start date (DTSTART)");
        assertThatThrownBy(() -> read("BEGIN:VTODO", "UID:1@test", "DTSTAMP:20261101T080504Z", "END:VTODO"))
                .hasMessageContaining("no events");
    }
}

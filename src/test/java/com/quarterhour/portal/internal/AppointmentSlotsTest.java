package com.quarterhour.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The starts the booking page offers, by the configured slot length: inside working time, none in the past. */
class AppointmentSlotsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final BusinessCalendar UK_OFFICE = BusinessCalendar.officeHours(LONDON, "GB");

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    private static List<String> offered(String slotLength, String londonNow) {
        AppointmentProperties properties = new AppointmentProperties(slotLength == null ? null : Duration.parse(slotLength));
        return new AppointmentSlots(properties).offered(UK_OFFICE, london(londonNow)).stream()
                .map(LocalDateTime::toString).toList();
    }

    @Test
    void byDefaultEveryHalfHourFromTheNextOneOnUntilTheLastBeforeClosing() {
        // Tuesday 17 Nov 2026 at 15:10: the rest of today, then every half hour of the next working days
        List<String> starts = offered(null, "2026-11-17T15:10");

        assertThat(starts).startsWith("2026-11-17T15:30", "2026-11-17T16:00", "2026-11-17T16:30",
                "2026-11-18T09:00", "2026-11-18T09:30");
        assertThat(starts).contains("2026-11-18T16:30").doesNotContain("2026-11-18T17:00", "2026-11-17T15:00");
        assertThat(starts).hasSize(3 + (AppointmentSlots.DAYS - 1) * 16);
    }

    @Test
    void aStartAtThisVeryMinuteIsStillOfferedOneBeforeItIsNot() {
        assertThat(offered("PT30M", "2026-11-17T10:30")).first().isEqualTo("2026-11-17T10:30");
        assertThat(offered("PT30M", "2026-11-17T10:31")).first().isEqualTo("2026-11-17T11:00");
    }

    @Test
    void aQuarterHourOrAnHourIsOfferedAsConfigured() {
        assertThat(offered("PT15M", "2026-11-17T16:00"))
                .startsWith("2026-11-17T16:00", "2026-11-17T16:15", "2026-11-17T16:30", "2026-11-17T16:45",
                        "2026-11-18T09:00");
        assertThat(offered("PT1H", "2026-11-17T15:10"))
                .startsWith("2026-11-17T16:00", "2026-11-18T09:00", "2026-11-18T10:00");
    }

    @Test
    void aLengthThatDoesNotDivideTheDayStepsFromEachOpening() {
        // 09:00, 09:45, ... 16:30 each day; the next day starts at its opening again
        List<String> starts = offered("PT45M", "2026-11-17T16:00");

        assertThat(starts).startsWith("2026-11-17T16:30", "2026-11-18T09:00", "2026-11-18T09:45");
    }

    @Test
    void nothingOutsideWorkingTimeIsOfferedNeitherTheWeekendNorAHoliday() {
        // Christmas Eve 2025 after closing: Christmas, Boxing Day and the weekend are left out
        List<LocalDate> days = new AppointmentSlots(new AppointmentProperties(null))
                .offered(UK_OFFICE, london("2025-12-24T17:00")).stream().map(LocalDateTime::toLocalDate).distinct().toList();

        assertThat(days).hasSize(AppointmentSlots.DAYS).first().isEqualTo(LocalDate.parse("2025-12-29"));
        assertThat(days).noneMatch(day -> day.getDayOfWeek().getValue() >= 6);
    }

    @Test
    void aLengthOfSecondsTooShortOrLongerThanADayIsRefusedAtStartup() {
        for (String wrong : List.of("PT0S", "-PT30M", "PT4M", "PT30M10S", "P1DT1M")) {
            assertThatThrownBy(() -> new AppointmentProperties(Duration.parse(wrong)))
                    .as(wrong).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("quarterhour.appointments.slot-length");
        }
        assertThat(new AppointmentProperties(null).slotLength()).isEqualTo(Duration.ofMinutes(30));
        assertThat(new AppointmentProperties(Duration.ofDays(1)).slotLength()).isEqualTo(Duration.ofDays(1));
    }
}

package com.quarterhour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** month-end-billing's cycle "0 0 1 1 * ?" fires at 01:00 London time in winter and in summer. */
class CompanyZoneCycleCalendarTest {

    private static final String MONTH_END = "0 0 1 1 * ?";
    private final CompanyZoneCycleCalendar calendar = new CompanyZoneCycleCalendar(ZoneId.of("Europe/London"));

    @Test
    void inWinterOneInTheMorningInLondonIsOneUtc() {
        assertThat(next("2026-10-15T12:00:00Z")).isEqualTo("2026-11-01T01:00:00Z");
        assertThat(next("2026-12-01T00:59:59Z")).as("not yet 01:00 GMT").isEqualTo("2026-12-01T01:00:00Z");
    }

    @Test
    void inSummerOneInTheMorningInLondonIsMidnightUtc() {
        assertThat(next("2026-03-15T12:00:00Z")).as("after the switch to BST on 29 March").isEqualTo("2026-04-01T00:00:00Z");
        assertThat(next("2026-04-01T00:00:00Z")).as("strictly after").isEqualTo("2026-05-01T00:00:00Z");
    }

    @Test
    void repeatingIntervalsAreLeftToCamunda() {
        Date start = Date.from(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(calendar.resolveDuedate("R/2026-01-01T00:00:00Z/P1D", start, 0)).isNotNull();
    }

    private String next(String after) {
        return calendar.resolveDuedate(MONTH_END, Date.from(Instant.parse(after)), 0).toInstant().toString();
    }
}

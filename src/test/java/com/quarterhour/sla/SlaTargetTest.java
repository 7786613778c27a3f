package com.quarterhour.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaTargetTest {

    @ParameterizedTest
    @CsvSource({"240, 180", "60, 45", "30, 22"})
    void theWarningComesAtThreeQuartersByDefault(int targetMinutes, int warningMinutes) {
        SlaTarget target = new SlaTarget(Duration.ofMinutes(targetMinutes), CalendarKind.AROUND_THE_CLOCK);
        assertThat(target.warningAfter()).isBetween(Duration.ofMinutes(warningMinutes), Duration.ofMinutes(warningMinutes + 1));
    }

    @ParameterizedTest
    @CsvSource({"240, 50, 120", "60, 90, 54"})
    void theWarningComesAtThePolicysShare(int targetMinutes, int percent, int warningMinutes) {
        SlaTarget target = new SlaTarget(Duration.ofMinutes(targetMinutes), CalendarKind.BUSINESS_HOURS, percent, null);
        assertThat(target.warningAfter()).isEqualTo(Duration.ofMinutes(warningMinutes));
    }
}

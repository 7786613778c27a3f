package com.quarterhour.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.portal.internal.AllowanceUse.CapturedTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alert's measure: this month's billable captured time, rounded as billing rounds it, against the included hours. */
class AllowanceUseTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final int TWENTY_HOURS = 20 * 60;

    private static CapturedTime entry(String date, int minutes) {
        return new CapturedTime(LocalDate.parse(date), minutes, true, false);
    }

    @Test
    void countsBillableTimeOfTheMonthOnly() {
        AllowanceUse use = AllowanceUse.of(NOVEMBER, TWENTY_HOURS, 15, List.of(
                entry("2026-11-02", 600),
                entry("2026-10-31", 600),                                     // last month
                entry("2026-12-01", 600),                                     // next month
                new CapturedTime(LocalDate.parse("2026-11-03"), 120, false, false),  // not billable
                new CapturedTime(LocalDate.parse("2026-11-04"), 120, true, true)));  // bug credit or waiver approved
        assertThat(use.usedMinutes()).isEqualTo(600);
        assertThat(use.percentUsed()).isEqualTo(50);
        assertThat(use.thresholdsReached()).isEmpty();
        assertThat(use.highestThresholdReached()).isEmpty();
    }

    @Test
    void roundsEachEntryUpToTheIncrementAsBillingDoes() {
        AllowanceUse use = AllowanceUse.of(NOVEMBER, TWENTY_HOURS, 15, List.of(entry("2026-11-02", 1), entry("2026-11-02", 16)));
        assertThat(use.usedMinutes()).isEqualTo(15 + 30);
    }

    @Test
    void reaches75And90PercentExactlyAtTheirMinutes() {
        assertThat(AllowanceUse.of(NOVEMBER, TWENTY_HOURS, 15, List.of(entry("2026-11-02", 885))).thresholdsReached()).isEmpty();
        AllowanceUse seventyFive = AllowanceUse.of(NOVEMBER, TWENTY_HOURS, 15, List.of(entry("2026-11-02", 900)));
        assertThat(seventyFive.thresholdsReached()).containsExactly(75);
        assertThat(seventyFive.highestThresholdReached()).contains(75);
        assertThat(AllowanceUse.of(NOVEMBER, TWENTY_HOURS, 15, List.of(entry("2026-11-02", 1065))).thresholdsReached())
                .containsExactly(75);
        AllowanceUse ninety = AllowanceUse.of(NOVEMBER, TWENTY_HOURS, 15, List.of(entry("2026-11-02", 1080)));
        assertThat(ninety.thresholdsReached()).containsExactly(75, 90);
        assertThat(ninety.highestThresholdReached()).contains(90);
        AllowanceUse over = AllowanceUse.of(NOVEMBER, TWENTY_HOURS, 15, List.of(entry("2026-11-02", 1440), entry("2026-11-03", 60)));
        assertThat(over.percentUsed()).isEqualTo(125);
        assertThat(over.thresholdsReached()).containsExactly(75, 90);
    }

    @Test
    void percentIsRoundedDownAndHoursHaveTwoDecimals() {
        // 3 included hours (Managed Workplace): 2 h 14 min is 74.4%, shown as 74% and no threshold
        AllowanceUse use = AllowanceUse.of(NOVEMBER, 180, 1, List.of(entry("2026-11-02", 134)));
        assertThat(use.percentUsed()).isEqualTo(74);
        assertThat(use.thresholdsReached()).isEmpty();
        assertThat(use.usedHours()).isEqualByComparingTo("2.23");
        assertThat(use.includedHours()).isEqualByComparingTo("3.00");
    }

    @Test
    void aPlanWithoutIncludedHoursHasNoAllowance() {
        assertThatThrownBy(() -> AllowanceUse.of(NOVEMBER, 0, 15, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AllowanceUse.of(NOVEMBER, 60, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

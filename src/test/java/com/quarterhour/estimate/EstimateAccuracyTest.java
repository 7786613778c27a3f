package com.quarterhour.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.estimate.EstimateAccuracy.Row;
import com.quarterhour.estimate.EstimateAccuracy.Sample;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class EstimateAccuracyTest {

    private static Estimate.Line line(String component, int quantity, String hoursPerUnit) {
        return new Estimate.Line(component, quantity, new BigDecimal(hoursPerUnit));
    }

    @Test
    void actualTimeIsSplitOverTheComponentsInProportionToTheirEstimatedHours() {
        // A: 2 × Secure Login (4.00 h) + 1 × Documentation (4.00 h), 600 min worked: 300 min each
        // B: 1 × Secure Login (2.00 h), 90 min worked
        EstimateAccuracy.Result result = EstimateAccuracy.of(List.of(
                new Sample(new Estimate(List.of(line("Secure Login", 2, "2.00"), line("Documentation", 1, "4.00"))), 600),
                new Sample(new Estimate(List.of(line("Secure Login", 1, "2.00"))), 90)));

        assertThat(result.components()).containsExactly(
                new Row("Documentation", 1, new BigDecimal("4.00"), 300, new BigDecimal("5.00"), new BigDecimal("1.25")),
                new Row("Secure Login", 2, new BigDecimal("6.00"), 390, new BigDecimal("6.50"), new BigDecimal("1.08")));
        assertThat(result.total()).isEqualTo(
                new Row(null, 2, new BigDecimal("10.00"), 690, new BigDecimal("11.50"), new BigDecimal("1.15")));
    }

    @Test
    void theMinutesLeftByRoundingDownGoToTheLargestRemainders() {
        // 720 × 9.40 / 11.40 = 593.68…, 720 × 2.00 / 11.40 = 126.31…: 593 + 126 = 719, the last minute to the .68
        int[] minutes = EstimateAccuracy.attribute(
                List.of(line("Standard Pages", 5, "1.88"), line("Secure Login", 1, "2.00")), 720);

        assertThat(minutes).containsExactly(594, 126);
    }

    @Test
    void anEstimateOfComponentsQuotedSeparatelySplitsEvenlyAndHasNoRatio() {
        // 45 min over two components at 0 hours: 22.5 each, the odd minute to the first
        EstimateAccuracy.Result result = EstimateAccuracy.of(List.of(
                new Sample(new Estimate(List.of(line("Meetings", 1, "0.00"), line("Prototyping", 3, "0.00"))), 45)));

        assertThat(result.components()).extracting(Row::component, Row::actualMinutes, Row::ratio)
                .containsExactly(Tuple.tuple("Meetings", 23, null),
                        Tuple.tuple("Prototyping", 22, null));
        assertThat(result.total().actualHours()).isEqualByComparingTo("0.75");
        assertThat(result.total().ratio()).isNull();
    }

    @Test
    void noCompletedEstimatesGiveAnEmptyReportWithAZeroTotal() {
        EstimateAccuracy.Result result = EstimateAccuracy.of(List.of());

        assertThat(result.components()).isEmpty();
        assertThat(result.total()).isEqualTo(
                new Row(null, 0, new BigDecimal("0.00"), 0, new BigDecimal("0.00"), null));
    }
}

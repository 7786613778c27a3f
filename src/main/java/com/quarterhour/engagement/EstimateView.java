package com.quarterhour.engagement;

import com.quarterhour.estimate.Estimate;
import java.math.BigDecimal;
import java.util.List;

/**
 * An engagement's estimate against its actual time: the estimated hours (and minutes, rounded up) beside the minutes
 * captured so far.
 */
public record EstimateView(List<LineView> lines, BigDecimal totalHours, int estimatedMinutes, int capturedMinutes) {

    public record LineView(String component, int quantity, BigDecimal hoursPerUnit, BigDecimal hours) {
    }

    static EstimateView of(Estimate estimate, int capturedMinutes) {
        return new EstimateView(lines(estimate), estimate.totalHours(), estimate.totalMinutes(), capturedMinutes);
    }

    static List<LineView> lines(Estimate estimate) {
        return estimate.lines().stream()
                .map(l -> new LineView(l.component(), l.quantity(), l.hoursPerUnit(), l.hours()))
                .toList();
    }
}

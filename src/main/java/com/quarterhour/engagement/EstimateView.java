package com.quarterhour.engagement;

import com.quarterhour.estimate.Estimate;
import java.math.BigDecimal;
import java.util.List;

/**
 * An engagement's estimate against its actual time and money: the estimated hours (and minutes, rounded up) and
 * price beside the minutes captured so far, and the minutes billed and money charged by issued invoices so far
 * (0 and null until an invoice bills the engagement). The price is null where the plan charges no hourly rate for
 * the work; {@code pricing} then says why.
 */
public record EstimateView(List<LineView> lines, BigDecimal totalHours, int estimatedMinutes, String currency,
        BigDecimal estimatedPrice, String pricing, int capturedMinutes, int billedMinutes, BigDecimal chargedAmount) {

    public record LineView(String component, int quantity, BigDecimal hoursPerUnit, BigDecimal hours) {
    }

    static List<LineView> lines(Estimate estimate) {
        return estimate.lines().stream()
                .map(l -> new LineView(l.component(), l.quantity(), l.hoursPerUnit(), l.hours()))
                .toList();
    }
}

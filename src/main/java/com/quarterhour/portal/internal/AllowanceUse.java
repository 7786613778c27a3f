package com.quarterhour.portal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How much of a month's included hours the time captured so far uses: billable entries dated in the month, on any of
 * the customer's requests (open or completed), each rounded up to the plan's increment as billing rounds it, except
 * on requests whose bug credit or waiver a manager approved (that time is given back). The alert thresholds are 75%
 * and 90%.
 */
public record AllowanceUse(YearMonth month, int includedMinutes, int usedMinutes) {

    public static final List<Integer> THRESHOLDS = List.of(75, 90);

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    public AllowanceUse {
        if (includedMinutes <= 0) {
            throw new IllegalArgumentException("a plan without included hours has no allowance to use");
        }
        if (usedMinutes < 0) {
            throw new IllegalArgumentException("used minutes cannot be negative");
        }
    }

    /** One time entry as the allowance counts it. */
    public record CapturedTime(LocalDate workDate, int minutes, boolean billable, boolean givenBack) {
    }

    public static AllowanceUse of(YearMonth month, int includedMinutes, int incrementMinutes,
            Collection<CapturedTime> entries) {
        Map<Integer, Long> counted = entries.stream()
                .filter(entry -> entry.billable() && !entry.givenBack() && YearMonth.from(entry.workDate()).equals(month))
                .collect(Collectors.groupingBy(CapturedTime::minutes, Collectors.counting()));
        return ofBillable(month, includedMinutes, incrementMinutes, counted);
    }

    /**
     * The month's billable entries that are not given back, as how many entries of each length (minutes): each entry
     * is rounded up to the increment, so one rounding per length serves all entries of that length.
     */
    public static AllowanceUse ofBillable(YearMonth month, int includedMinutes, int incrementMinutes,
            Map<Integer, Long> entriesByLength) {
        if (incrementMinutes <= 0) {
            throw new IllegalArgumentException("the billing increment must be positive");
        }
        long used = 0;
        for (Map.Entry<Integer, Long> length : entriesByLength.entrySet()) {
            used += (long) roundedUp(length.getKey(), incrementMinutes) * length.getValue();
        }
        return new AllowanceUse(month, includedMinutes, Math.toIntExact(used));
    }

    /** The thresholds (75, 90) the used time has reached, lowest first. */
    public List<Integer> thresholdsReached() {
        return THRESHOLDS.stream().filter(this::reached).toList();
    }

    public Optional<Integer> highestThresholdReached() {
        List<Integer> reached = thresholdsReached();
        return reached.isEmpty() ? Optional.empty() : Optional.of(reached.get(reached.size() - 1));
    }

    /** Whole percent used, rounded down (74.9% is 74%, so the banner never claims a threshold not reached). */
    public int percentUsed() {
        return (int) ((long) usedMinutes * 100 / includedMinutes);
    }

    public BigDecimal usedHours() {
        return hours(usedMinutes);
    }

    public BigDecimal includedHours() {
        return hours(includedMinutes);
    }

    private boolean reached(int thresholdPercent) {
        // integer arithmetic: exactly 75% of 20 hours (900 of 1,200 minutes) reaches 75
        return (long) usedMinutes * 100 >= (long) thresholdPercent * includedMinutes;
    }

    private static int roundedUp(int minutes, int increment) {
        return (minutes + increment - 1) / increment * increment;
    }

    private static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }
}

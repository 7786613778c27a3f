package com.quarterhour.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The cheaper-plan recommendation, as a rule on numbers the caller has priced.
 *
 * <ul>
 * <li><b>Which months.</b> The {@value #MONTHS} months ending with the asked-for month, but never a month that has
 * not ended yet (its work is not all in), and of those only the months the customer was subscribed for from the first
 * day to the last, by the subscription that prices the month. A month without a subscription, the month a
 * subscription starts or ends in and the month of a plan change are left out: what was paid in them says nothing
 * about a plan's whole month.</li>
 * <li><b>Which plan.</b> Every candidate is priced on the same months' work; the cheapest one that costs less than
 * what the customer paid is recommended (on a tie, the earlier candidate). A candidate the customer was on in every
 * compared month is not a change, so it is never recommended.</li>
 * </ul>
 * Example: subscribed to BPS-60 (£2,700 a month) since 1 March, asked in November about November: November has not
 * ended, so August, September and October are compared. With 15 h of work a month the customer paid 3 × £2,700 =
 * £8,100.00; under BPS-20 the same work is 3 × £1,100 = £3,300.00, so: "BPS-20 would have cost £3,300.00 over
 * Aug–Oct 2026 against the £8,100.00 you paid". Had the subscription started on 15 September, only October would be
 * compared.
 */
public final class PlanRecommendation {

    public static final int MONTHS = 3;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    private PlanRecommendation() {
    }

    /** One of the customer's subscriptions: its plan, first day and last day (null while it runs on). */
    public record Subscribed(String planCode, LocalDate start, LocalDate lastDay) {

        public Subscribed {
            Objects.requireNonNull(planCode, "planCode");
            Objects.requireNonNull(start, "start");
        }

        boolean runsIn(YearMonth month) {
            return !start.isAfter(month.atEndOfMonth()) && (lastDay == null || !lastDay.isBefore(month.atDay(1)));
        }

        boolean coversAllOf(YearMonth month) {
            return !start.isAfter(month.atDay(1)) && (lastDay == null || !lastDay.isBefore(month.atEndOfMonth()));
        }
    }

    /** A month to compare and the plan the customer had for all of it. */
    public record MonthOnPlan(YearMonth month, String planCode) {
    }

    /**
     * The months to compare, oldest first: of the {@value #MONTHS} months ending with {@code asked} (or with the last
     * month that has ended, if that is earlier), those a single subscription priced from their first day to their
     * last. Like the invoice, a month is priced by the latest-starting subscription running in it.
     */
    public static List<MonthOnPlan> monthsToCompare(YearMonth asked, YearMonth lastEnded,
            List<Subscribed> subscriptions) {
        YearMonth end = asked.isAfter(lastEnded) ? lastEnded : asked;
        List<MonthOnPlan> months = new ArrayList<>();
        for (YearMonth month = end.minusMonths(MONTHS - 1); !month.isAfter(end); month = month.plusMonths(1)) {
            YearMonth m = month;
            subscriptions.stream().filter(s -> s.runsIn(m)).max(Comparator.comparing(Subscribed::start))
                    .filter(pricing -> pricing.coversAllOf(m))
                    .ifPresent(pricing -> months.add(new MonthOnPlan(m, pricing.planCode())));
        }
        return months;
    }

    /** What a compared month cost on the customer's plan (before VAT). */
    public record MonthPaid(YearMonth month, String planCode, BigDecimal paid) {
    }

    /** A plan that might have been cheaper and what each compared month's work would have cost on it, in order. */
    public record Candidate(String planCode, List<BigDecimal> costs) {
    }

    /**
     * The recommended plan and the arithmetic behind it.
     *
     * @param months   the compared months, oldest first
     * @param paid     what the months cost on the plans the customer had
     * @param cost     what the same work would have cost on {@code planCode}
     * @param saving   paid − cost
     * @param reason   the comparison in words, e.g. "BPS-20 would have cost £3,300.00 over Aug–Oct 2026 against the
     *                 £8,100.00 you paid (before VAT): £4,800.00 less"
     */
    public record Recommendation(String planCode, List<YearMonth> months, BigDecimal paid, BigDecimal cost,
            BigDecimal saving, String reason) {
    }

    /** The cheapest candidate that costs less than the customer paid over the months; none if none does. */
    public static Optional<Recommendation> cheapest(List<MonthPaid> months, List<Candidate> candidates,
            Currency currency) {
        if (months.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal paid = months.stream().map(MonthPaid::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        Candidate best = null;
        BigDecimal bestCost = paid;
        for (Candidate candidate : candidates) {
            if (candidate.costs().size() != months.size()) {
                throw new IllegalArgumentException(candidate.planCode() + " has " + candidate.costs().size()
                        + " monthly costs for " + months.size() + " months");
            }
            boolean alreadyOnIt = months.stream().allMatch(m -> m.planCode().equals(candidate.planCode()));
            BigDecimal cost = candidate.costs().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!alreadyOnIt && cost.compareTo(bestCost) < 0) {
                best = candidate;
                bestCost = cost;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<YearMonth> compared = months.stream().map(MonthPaid::month).toList();
        BigDecimal saving = paid.subtract(bestCost);
        String reason = best.planCode() + " would have cost " + Money.format(bestCost, currency) + " over "
                + span(compared) + " against the " + Money.format(paid, currency) + " you paid (before VAT): "
                + Money.format(saving, currency) + " less";
        return Optional.of(new Recommendation(best.planCode(), compared, paid, bestCost, saving, reason));
    }

    /** "Aug–Oct 2026", "Dec 2025–Feb 2026", "Oct 2026"; months with a gap are listed: "Aug, Oct 2026". */
    static String span(List<YearMonth> months) {
        YearMonth first = months.get(0);
        YearMonth last = months.get(months.size() - 1);
        if (first.equals(last)) {
            return MONTH_YEAR.format(last);
        }
        boolean consecutive = first.plusMonths(months.size() - 1).equals(last);
        if (consecutive) {
            return (first.getYear() == last.getYear() ? MONTH.format(first) : MONTH_YEAR.format(first)) + "–"
                    + MONTH_YEAR.format(last);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            boolean yearEnds = i == months.size() - 1 || months.get(i + 1).getYear() != m.getYear();
            names.add(yearEnds ? MONTH_YEAR.format(m) : MONTH.format(m));
        }
        return String.join(", ", names);
    }
}

package com.quarterhour.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.billing.pricing.PlanRecommendation.Candidate;
import com.quarterhour.billing.pricing.PlanRecommendation.MonthOnPlan;
import com.quarterhour.billing.pricing.PlanRecommendation.MonthPaid;
import com.quarterhour.billing.pricing.PlanRecommendation.Recommendation;
import com.quarterhour.billing.pricing.PlanRecommendation.Subscribed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Which months the recommendation compares and which plan it names, with worked examples. */
class PlanRecommendationTest {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void theMonthThatHasNotEndedIsLeftOutAndTheThreeBeforeItAreCompared() {
        List<Subscribed> since2025 = List.of(new Subscribed("BPS-60", LocalDate.of(2025, 1, 1), null));

        assertThat(PlanRecommendation.monthsToCompare(NOVEMBER, OCTOBER, since2025)).containsExactly(
                new MonthOnPlan(YearMonth.of(2026, 8), "BPS-60"), new MonthOnPlan(YearMonth.of(2026, 9), "BPS-60"),
                new MonthOnPlan(OCTOBER, "BPS-60"));
        assertThat(PlanRecommendation.monthsToCompare(YearMonth.of(2026, 5), OCTOBER, since2025))
                .as("a past month asked for ends the window").extracting(MonthOnPlan::month)
                .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5));
    }

    @Test
    void aNewCustomerIsComparedOnlyOnTheWholeMonthsItWasSubscribed() {
        // subscribed on 15 September: September was not a whole month, August not at all
        List<Subscribed> fromMidSeptember = List.of(new Subscribed("BPS-60", LocalDate.of(2026, 9, 15), null));

        List<MonthOnPlan> months = PlanRecommendation.monthsToCompare(NOVEMBER, OCTOBER, fromMidSeptember);

        assertThat(months).containsExactly(new MonthOnPlan(OCTOBER, "BPS-60"));
        Recommendation r = PlanRecommendation.cheapest(List.of(new MonthPaid(OCTOBER, "BPS-60", money("2700.00"))),
                List.of(new Candidate("BPS-20", List.of(money("1100.00")))), GBP).orElseThrow();
        assertThat(r.reason()).isEqualTo("BPS-20 would have cost £1,100.00 over Oct 2026 against the £2,700.00 you "
                + "paid (before VAT): £1,600.00 less");
        assertThat(PlanRecommendation.monthsToCompare(OCTOBER, OCTOBER,
                List.of(new Subscribed("BPS-60", LocalDate.of(2026, 11, 1), null))))
                .as("a customer subscribed from next month has nothing to compare").isEmpty();
        assertThat(PlanRecommendation.cheapest(List.of(), List.of(new Candidate("BPS-20", List.of())), GBP)).isEmpty();
    }

    @Test
    void aPlanChangeMidYearComparesEachMonthOnItsOwnPlanAndLeavesOutTheMonthOfAChangeWithinIt() {
        // BPS-100 until 14 August, BPS-60 from 15 August: August had two plans
        List<Subscribed> changed = List.of(
                new Subscribed("BPS-100", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 8, 14)),
                new Subscribed("BPS-60", LocalDate.of(2026, 8, 15), null));
        assertThat(PlanRecommendation.monthsToCompare(OCTOBER, OCTOBER, changed)).containsExactly(
                new MonthOnPlan(YearMonth.of(2026, 9), "BPS-60"), new MonthOnPlan(OCTOBER, "BPS-60"));

        // BPS-100 to 31 July, BPS-60 from 1 August: a change on a month's first day keeps every month whole
        List<Subscribed> onTheFirst = List.of(
                new Subscribed("BPS-100", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 31)),
                new Subscribed("BPS-60", LocalDate.of(2026, 8, 1), null));
        List<MonthOnPlan> months = PlanRecommendation.monthsToCompare(YearMonth.of(2026, 9), OCTOBER, onTheFirst);
        assertThat(months).containsExactly(new MonthOnPlan(YearMonth.of(2026, 7), "BPS-100"),
                new MonthOnPlan(YearMonth.of(2026, 8), "BPS-60"), new MonthOnPlan(YearMonth.of(2026, 9), "BPS-60"));

        // 10 h of work a month: £4,000 + £2,700 + £2,700 = £9,400 paid; BPS-20 3 × £1,100 = £3,300
        List<MonthPaid> paid = List.of(new MonthPaid(YearMonth.of(2026, 7), "BPS-100", money("4000.00")),
                new MonthPaid(YearMonth.of(2026, 8), "BPS-60", money("2700.00")),
                new MonthPaid(YearMonth.of(2026, 9), "BPS-60", money("2700.00")));
        Recommendation r = PlanRecommendation.cheapest(paid, List.of(
                new Candidate("BPS-20", List.of(money("1100.00"), money("1100.00"), money("1100.00"))),
                new Candidate("BPS-60", List.of(money("2700.00"), money("2700.00"), money("2700.00")))), GBP)
                .orElseThrow();
        assertThat(r.planCode()).isEqualTo("BPS-20");
        assertThat(r.paid()).isEqualByComparingTo("9400.00");
        assertThat(r.cost()).isEqualByComparingTo("3300.00");
        assertThat(r.saving()).isEqualByComparingTo("6100.00");
        assertThat(r.reason()).isEqualTo("BPS-20 would have cost £3,300.00 over Jul–Sep 2026 against the £9,400.00 "
                + "you paid (before VAT): £6,100.00 less");
    }

    @Test
    void theWorkedExampleOfTheDocumentation() {
        List<Subscribed> sinceMarch = List.of(new Subscribed("BPS-60", LocalDate.of(2026, 3, 1), null));
        List<MonthOnPlan> months = PlanRecommendation.monthsToCompare(NOVEMBER, OCTOBER, sinceMarch);
        List<MonthPaid> paid = months.stream().map(m -> new MonthPaid(m.month(), m.planCode(), money("2700.00")))
                .toList();

        Recommendation r = PlanRecommendation.cheapest(paid, List.of(
                new Candidate("BPS-20", List.of(money("1100.00"), money("1100.00"), money("1100.00"))),
                new Candidate("BPS-40", List.of(money("2000.00"), money("2000.00"), money("2000.00")))), GBP)
                .orElseThrow();

        assertThat(r.reason()).startsWith("BPS-20 would have cost £3,300.00 over Aug–Oct 2026 against the £8,100.00 "
                + "you paid");
    }

    @Test
    void thePlanTheCustomerIsOnIsNoChangeAndADearerOrEqualPlanIsNoSaving() {
        List<MonthPaid> onBps20 = List.of(new MonthPaid(OCTOBER, "BPS-20", money("1100.00")));
        assertThat(PlanRecommendation.cheapest(onBps20, List.of(new Candidate("BPS-20", List.of(money("1000.00"))),
                new Candidate("BPS-40", List.of(money("2000.00"))), new Candidate("BPS-60",
                        List.of(money("1100.00")))), GBP)).isEmpty();
    }

    @Test
    void monthsAcrossANewYearAndWithAGapAreNamedAsTheyAre() {
        assertThat(PlanRecommendation.span(List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2)))).isEqualTo("Dec 2025–Feb 2026");
        assertThat(PlanRecommendation.span(List.of(YearMonth.of(2026, 8), OCTOBER))).isEqualTo("Aug, Oct 2026");
        assertThat(PlanRecommendation.span(List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 2))))
                .isEqualTo("Dec 2025, Feb 2026");
    }

    @Property
    void theRecommendationIsTheCheapestCandidateBelowWhatWasPaidAndItsSavingAddsUp(
            @ForAll("paidMonths") List<BigDecimal> paidAmounts,
            @ForAll("costs") List<List<BigDecimal>> candidateCosts) {
        List<MonthPaid> paid = new ArrayList<>();
        for (int i = 0; i < paidAmounts.size(); i++) {
            paid.add(new MonthPaid(OCTOBER.minusMonths(paidAmounts.size() - 1 - i), "CURRENT", paidAmounts.get(i)));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < candidateCosts.size(); c++) {
            candidates.add(new Candidate("PLAN-" + c, candidateCosts.get(c).subList(0, paid.size())));
        }
        BigDecimal total = paidAmounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        Optional<Recommendation> recommended = PlanRecommendation.cheapest(paid, candidates, GBP);

        BigDecimal cheapest = candidates.stream().map(c -> c.costs().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .min(BigDecimal::compareTo).orElse(null);
        if (cheapest == null || cheapest.compareTo(total) >= 0) {
            assertThat(recommended).isEmpty();
            return;
        }
        Recommendation r = recommended.orElseThrow();
        assertThat(r.cost()).isEqualByComparingTo(cheapest);
        assertThat(r.paid()).isEqualByComparingTo(total);
        assertThat(r.saving()).isEqualByComparingTo(total.subtract(cheapest)).isPositive();
        assertThat(r.months()).hasSize(paid.size());
    }

    @Provide
    Arbitrary<List<BigDecimal>> paidMonths() {
        return amount().list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<List<BigDecimal>>> costs() {
        return amount().list().ofSize(3).list().ofMaxSize(5);
    }

    private static Arbitrary<BigDecimal> amount() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("9999.99")).ofScale(2);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}

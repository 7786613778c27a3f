package com.quarterhour.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.catalog.PlanKind;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Laws of pricing over random months of every catalogue plan: random entries (back-dated ones too, non-billable
 * ones, several agents), subscriptions starting and ending around the period, opening balances, bug credits and
 * waivers, VAT rates.
 */
class PricingPropertiesTest {

    private static final List<Long> ENGAGEMENTS = List.of(1L, 2L, 3L, 4L, 5L);

    /** One customer's month; {@code request()} prices it. */
    record Scenario(PlanTerms plan, YearMonth period, SubscriptionTerms subscription, BigDecimal vat, Balances opening,
            List<WorkEntry> entries, Set<Long> bugCredited, Set<Long> waived) {

        PricingRequest request() {
            return new PricingRequest(plan, subscription, plan.currency(), vat, opening, period, entries, bugCredited,
                    waived);
        }

        PricedInvoice price() {
            return Pricing.priceMonth(request());
        }

        Scenario withEntries(List<WorkEntry> others) {
            return new Scenario(plan, period, subscription, vat, opening, others, bugCredited, waived);
        }

        Scenario withoutAdjustments() {
            return new Scenario(plan, period, subscription, vat, opening, entries, Set.of(), Set.of());
        }

        Set<Long> adjusted() {
            Set<Long> all = new HashSet<>(bugCredited);
            all.addAll(waived);
            return all;
        }
    }

    @Provide
    Arbitrary<Scenario> months() {
        Arbitrary<PlanTerms> plans = Arbitraries.of(PlanKind.class).flatMap(kind -> Arbitraries.of(
                Catalogue.all().stream().filter(plan -> plan.kind() == kind).toList())); // every kind as often
        Arbitrary<YearMonth> periods = Arbitraries.integers().between(0, 47).map(i -> YearMonth.of(2025, 1).plusMonths(i));
        return Combinators.combine(plans, periods).flatAs(this::month);
    }

    private Arbitrary<Scenario> month(PlanTerms plan, YearMonth period) {
        Arbitrary<BigDecimal> vat = Arbitraries.of("0", "0.05", "0.15", "0.175", "0.20").map(BigDecimal::new);
        Arbitrary<Balances> opening = Combinators.combine(
                Arbitraries.integers().between(0, 300_000).map(cents -> BigDecimal.valueOf(cents, 2)),
                Arbitraries.integers().between(0, 80).map(quarters -> quarters * 15))
                .as(Balances::new);
        Arbitrary<Set<Long>> adjustedEngagements = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Set.<Long>of())),
                Tuple.of(1, Arbitraries.subsetOf(ENGAGEMENTS)));
        return Combinators.combine(subscriptions(plan, period), vat, opening, entries(period), adjustedEngagements,
                adjustedEngagements)
                .as((subscription, rate, balances, entries, bugs, waivers) ->
                        new Scenario(plan, period, subscription, rate, balances, entries, bugs, waivers));
    }

    private Arbitrary<SubscriptionTerms> subscriptions(PlanTerms plan, YearMonth period) {
        LocalDate first = period.atDay(1);
        if (plan.monthlyFee() == null) {
            return plan.kind() == PlanKind.STANDARD ? Arbitraries.just(null)
                    : Arbitraries.just(SubscriptionTerms.startingOn(first.minusDays(100)));
        }
        Arbitrary<LocalDate> starts = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(-400, -31).map(first::plusDays)),
                Tuple.of(3, Arbitraries.integers().between(-30, period.lengthOfMonth() - 1).map(first::plusDays)));
        Arbitrary<Integer> cancelAfterDays = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(-1)),
                Tuple.of(2, Arbitraries.integers().between(0, 13)), // within the dedicated seat's 14 days
                Tuple.of(1, Arbitraries.integers().between(14, 45)));
        Arbitrary<Integer> seats = plan.kind() == PlanKind.DEDICATED_SEAT ? Arbitraries.integers().between(1, 3)
                : Arbitraries.just(1);
        return Combinators.combine(starts, cancelAfterDays, seats).as((start, after, count) -> {
            LocalDate cancelled = after < 0 ? null : start.plusDays(after);
            if (cancelled != null && cancelled.isBefore(first)) {
                cancelled = first; // still running on the period's first day
            }
            return new SubscriptionTerms(start, cancelled, count);
        });
    }

    private Arbitrary<List<WorkEntry>> entries(YearMonth period) {
        return entry(period, Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(true)),
                Tuple.of(1, Arbitraries.just(false))))
                .list().ofMaxSize(12).uniqueElements(WorkEntry::id);
    }

    private Arbitrary<WorkEntry> entry(YearMonth period, Arbitrary<Boolean> billable) {
        LocalDate earliest = period.atDay(1).minusDays(10); // some back-dated entries
        Arbitrary<Integer> minutes = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 60)),
                Tuple.of(2, Arbitraries.integers().between(61, 240)),
                Tuple.of(1, Arbitraries.integers().between(241, 900)));
        return Combinators.combine(
                Arbitraries.longs().between(1, 10_000),
                Arbitraries.of(ENGAGEMENTS),
                Arbitraries.integers().between(0, period.lengthOfMonth() + 9).map(earliest::plusDays),
                minutes,
                Arbitraries.integers().between(1, 3),
                Arbitraries.of(Priority.class),
                billable)
                .as((id, engagement, date, mins, agents, priority, isBillable) -> new WorkEntry(id, engagement,
                        "Ticket " + engagement, "tech", date, mins, agents, priority, "work " + id, isBillable));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Scenario, WorkEntry>> monthsAndAnotherEntry() {
        return months().flatMap(month -> entry(month.period(), Arbitraries.just(true))
                .map(extra -> new WorkEntry(20_000 + extra.id(), extra.engagementId(), extra.title(),
                        extra.technician(), extra.workDate(), extra.minutes(), extra.agents(), extra.priority(),
                        extra.note(), true))
                .map(extra -> Tuple.of(month, extra)));
    }

    @Property
    void theSubtotalIsTheSumOfTheLinesAndTaxIsRoundedOnce(@ForAll("months") Scenario month) {
        PricedInvoice invoice = month.price();

        BigDecimal sum = invoice.lines().stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(invoice.subtotal()).isEqualByComparingTo(sum);
        assertThat(invoice.tax()).isEqualTo(invoice.subtotal().multiply(month.vat()).setScale(2, RoundingMode.HALF_UP));
        assertThat(invoice.total()).isEqualTo(invoice.subtotal().add(invoice.tax()));
        assertThat(invoice.lines()).allSatisfy(line -> assertThat(line.amount().scale()).isEqualTo(2));
        assertThat(invoice.subtotal().scale()).isEqualTo(2);

        boolean refund = invoice.lines().stream().anyMatch(l -> l.kind() == LineKind.REFUND);
        boolean partlyCharged = PlanTerms.chargesByTheHour(month.plan().kind()) && invoice.lines().stream()
                .anyMatch(l -> l.kind() == LineKind.TIME && l.quantity().signum() > 0
                        && l.quantity().multiply(BigDecimal.valueOf(60)).intValueExact() < l.billedMinutes());
        Statistics.label("plan").collect(month.plan().kind());
        Statistics.label("refund").collect(refund);
        Statistics.label("an entry partly covered").collect(partlyCharged);
        Statistics.label("plan").coverage(c -> {
            for (PlanKind kind : PlanKind.values()) {
                c.check(kind).count(n -> n > 0);
            }
        });
        Statistics.label("refund").coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("an entry partly covered").coverage(c -> c.check(true).count(n -> n > 0));
    }

    @Property
    void everyLineIsQuantityTimesUnitPriceRoundedHalfUp(@ForAll("months") Scenario month) {
        for (InvoiceLine line : month.price().lines()) {
            if (line.unitPrice() == null) {
                assertThat(line.quantity()).isZero();
                assertThat(line.amount()).isZero();
            } else {
                assertThat(line.amount())
                        .isEqualTo(line.quantity().multiply(line.unitPrice()).setScale(2, RoundingMode.HALF_UP));
                assertThat(line.quantity().signum()).isPositive();
            }
        }
    }

    @Property
    void amountsAreNeverNegativeExceptExplicitCreditLinesAndThoseNeverExceedTheFee(@ForAll("months") Scenario month) {
        PricedInvoice invoice = month.price();

        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (InvoiceLine line : invoice.lines()) {
            if (line.kind().isCredit()) {
                assertThat(line.amount().signum()).isNegative();
                credits = credits.add(line.amount().negate());
            } else {
                assertThat(line.amount().signum()).isNotNegative();
            }
            if (line.kind() == LineKind.FEE) {
                fees = fees.add(line.amount());
            }
        }
        assertThat(credits).isLessThanOrEqualTo(fees);
        assertThat(invoice.subtotal().signum()).isNotNegative();
        assertThat(invoice.tax().signum()).isNotNegative();
    }

    @Property
    void billedMinutesAreTheMinutesRoundedUpToTheIncrement(@ForAll("months") Scenario month) {
        int increment = month.plan().billingIncrementMinutes();
        PricedInvoice invoice = month.price();

        for (WorkEntry entry : month.entries()) {
            InvoiceLine line = Month.lineOf(invoice, entry.id());
            assertThat(line.minutes()).isEqualTo(entry.minutes());
            if (entry.billable()) {
                assertThat(line.billedMinutes()).isGreaterThanOrEqualTo(entry.minutes())
                        .isLessThan(entry.minutes() + increment);
                assertThat(line.billedMinutes() % increment).isZero();
            } else {
                assertThat(line.billedMinutes()).isZero();
                assertThat(line.amount()).isZero();
            }
        }
    }

    @Property
    void everyEntryIsItsOwnLineInChronologicalOrderBetweenFeeAndRefund(@ForAll("months") Scenario month) {
        PricedInvoice invoice = month.price();

        List<Long> expected = month.entries().stream()
                .sorted(Comparator.comparing(WorkEntry::workDate).thenComparingLong(WorkEntry::id))
                .map(WorkEntry::id).toList();
        List<Long> actual = invoice.lines().stream().filter(l -> l.kind() == LineKind.TIME)
                .map(InvoiceLine::timeEntryId).toList();
        assertThat(actual).isEqualTo(expected);
        List<LineKind> kinds = new ArrayList<>(invoice.lines().stream().map(InvoiceLine::kind).toList());
        if (!kinds.isEmpty() && kinds.get(kinds.size() - 1) == LineKind.REFUND) {
            kinds.remove(kinds.size() - 1); // at most one refund, last
        }
        List<LineKind> feeThenTime = new ArrayList<>();
        if (month.plan().monthlyFee() != null) {
            feeThenTime.add(LineKind.FEE);
        }
        expected.forEach(id -> feeThenTime.add(LineKind.TIME));
        assertThat(kinds).isEqualTo(feeThenTime);
    }

    @Property
    void addingABillableEntryNeverLowersTheTotal(@ForAll("monthsAndAnotherEntry") Tuple.Tuple2<Scenario, WorkEntry> t) {
        Scenario month = t.get1();
        List<WorkEntry> more = new ArrayList<>(month.entries());
        more.add(t.get2());

        PricedInvoice before = month.price();
        PricedInvoice after = month.withEntries(more).price();

        assertThat(after.subtotal()).isGreaterThanOrEqualTo(before.subtotal());
        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
        if (!month.adjusted().contains(t.get2().engagementId())
                && month.plan().kind() != PlanKind.DEDICATED_SEAT && t.get2().billable()) {
            // time billed on a plan that charges for time is paid for somehow: by money or by an allowance
            assertThat(after.subtotal().compareTo(before.subtotal()) > 0
                    || after.closing().credit().compareTo(before.closing().credit()) < 0
                    || after.closing().prepaidMinutes() < before.closing().prepaidMinutes()
                    || month.plan().includedMinutes() > 0
                    || month.plan().kind() == PlanKind.PER_INCIDENT).isTrue();
        }
    }

    @Property
    void creditsAndWaiversGiveBackExactlyTheAdjustedEngagementsTimeAndNoMore(@ForAll("months") Scenario month) {
        PricedInvoice adjusted = month.price();
        PricedInvoice unadjusted = month.withoutAdjustments().price();
        List<WorkEntry> others = month.entries().stream()
                .filter(e -> !month.adjusted().contains(e.engagementId())).toList();
        PricedInvoice withoutThatTime = month.withoutAdjustments().withEntries(others).price();

        assertThat(adjusted.subtotal()).isLessThanOrEqualTo(unadjusted.subtotal());
        assertThat(adjusted.subtotal()).isEqualTo(withoutThatTime.subtotal());
        assertThat(adjusted.closing()).isEqualTo(withoutThatTime.closing());
        assertThat(adjusted.subtotal().signum()).isNotNegative();
        assertThat(adjusted.lines()).filteredOn(l -> l.engagementId() != null
                && month.adjusted().contains(l.engagementId())).allSatisfy(l -> assertThat(l.amount()).isZero());
    }

    @Property
    void balancesOnlyGoDownAndOnlyThePlansOwn(@ForAll("months") Scenario month) {
        Balances opening = month.opening();
        Balances closing = month.price().closing();

        assertThat(closing.credit()).isLessThanOrEqualTo(opening.credit());
        assertThat(closing.prepaidMinutes()).isLessThanOrEqualTo(opening.prepaidMinutes());
        if (month.plan().kind() != PlanKind.CREDIT_BUNDLE) {
            assertThat(closing.credit()).isEqualByComparingTo(opening.credit());
        }
        if (month.plan().kind() != PlanKind.PAY_AS_YOU_GO) {
            assertThat(closing.prepaidMinutes()).isEqualTo(opening.prepaidMinutes());
        }
    }

    @Property
    void includedOrPrepaidTimeIsUsedUpBeforeAnyTimeIsCharged(@ForAll("months") Scenario month) {
        PlanKind kind = month.plan().kind();
        boolean pooled = month.plan().includedMinutes() > 0 || kind == PlanKind.PAY_AS_YOU_GO;
        if (!pooled) {
            return;
        }
        PricedInvoice invoice = month.price();
        int pool = kind == PlanKind.PAY_AS_YOU_GO ? month.opening().prepaidMinutes() : month.plan().includedMinutes();
        int covered = 0;
        boolean charged = false;
        for (InvoiceLine line : invoice.lines()) {
            if (line.kind() != LineKind.TIME || line.billedMinutes() == 0
                    || month.adjusted().contains(line.engagementId())) {
                continue;
            }
            int chargedMinutes = line.quantity().multiply(BigDecimal.valueOf(60)).intValueExact();
            covered += line.billedMinutes() - chargedMinutes;
            charged |= chargedMinutes > 0;
        }
        assertThat(covered).isLessThanOrEqualTo(pool);
        if (charged) {
            assertThat(covered).isEqualTo(pool);
        }
        if (kind == PlanKind.PAY_AS_YOU_GO) {
            assertThat(invoice.closing().prepaidMinutes()).isEqualTo(pool - covered);
        }
    }

    @Property
    void aCreditBundleCoversTimeAtItsRateAndTheRestAtPerUseRates(@ForAll("months") Scenario month) {
        if (month.plan().kind() != PlanKind.CREDIT_BUNDLE) {
            return;
        }
        PricedInvoice invoice = month.price();
        BigDecimal drawn = BigDecimal.ZERO;
        for (WorkEntry entry : month.entries()) {
            InvoiceLine line = Month.lineOf(invoice, entry.id());
            if (!entry.billable() || month.adjusted().contains(entry.engagementId())) {
                continue;
            }
            BigDecimal chargedHours = line.quantity();
            BigDecimal coveredHours = BigDecimal.valueOf(line.billedMinutes()).divide(BigDecimal.valueOf(60))
                    .subtract(chargedHours);
            drawn = drawn.add(coveredHours.multiply(month.plan().creditRate(entry.priority())));
            if (chargedHours.signum() > 0) {
                assertThat(line.unitPrice()).isEqualTo(month.plan().perUseRate(entry.priority()));
            }
        }
        assertThat(month.opening().credit().subtract(invoice.closing().credit())).isEqualByComparingTo(drawn);
    }

    @Property
    void aDedicatedSeatCancelledWithin14DaysPaysOnlyForTheDaysUsedOfTheMonthItEnds(
            @ForAll @IntRange(min = 0, max = 800) int startDay, @ForAll @IntRange(min = 0, max = 40) int lastDay,
            @ForAll @IntRange(min = 1, max = 3) int seats) {
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(startDay);
        LocalDate cancelled = start.plusDays(lastDay);
        YearMonth period = YearMonth.from(cancelled);
        PricedInvoice invoice = Month.of("DEDICATED-SEAT").period(period.toString())
                .subscription(new SubscriptionTerms(start, cancelled, seats)).price();

        BigDecimal fees = new BigDecimal("3200").multiply(BigDecimal.valueOf(seats));
        LocalDate firstPaid = start.isAfter(period.atDay(1)) ? start : period.atDay(1);
        long paidDays = firstPaid.datesUntil(period.atEndOfMonth().plusDays(1)).count();
        long usedDays = firstPaid.datesUntil(cancelled.plusDays(1)).count();
        if (lastDay < 14) {
            BigDecimal proRata = fees.multiply(BigDecimal.valueOf(usedDays))
                    .divide(BigDecimal.valueOf(paidDays), 10, RoundingMode.HALF_UP);
            assertThat(invoice.subtotal().subtract(proRata).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        } else {
            assertThat(invoice.subtotal()).isEqualByComparingTo(fees);
        }
        if (!YearMonth.from(start).equals(period)) {
            // the month it started in was invoiced in full: all its paid days were used
            PricedInvoice first = Month.of("DEDICATED-SEAT").period(YearMonth.from(start).toString())
                    .subscription(new SubscriptionTerms(start, cancelled, seats)).price();
            assertThat(first.subtotal()).isEqualByComparingTo(fees);
        }
    }

    @Property
    void buyingMorePrepaidHoursNeverCostsLessAndTenOrMoreAreFivePercentOff(@ForAll @IntRange(min = 1, max = 200) int hours) {
        PlanTerms payg = Catalogue.plan("PAYG");
        PricedInvoice these = Pricing.purchasePrepaidHours(payg, hours, Catalogue.GBP, BigDecimal.ZERO, Balances.NONE);
        PricedInvoice oneMore = Pricing.purchasePrepaidHours(payg, hours + 1, Catalogue.GBP, BigDecimal.ZERO,
                Balances.NONE);

        BigDecimal full = BigDecimal.valueOf(70L * hours);
        BigDecimal expected = hours >= 10 ? full.multiply(new BigDecimal("0.95")) : full;
        assertThat(these.subtotal()).isEqualByComparingTo(expected);
        assertThat(oneMore.subtotal()).isGreaterThan(these.subtotal());
        assertThat(these.closing().prepaidMinutes()).isEqualTo(hours * 60);
    }
}

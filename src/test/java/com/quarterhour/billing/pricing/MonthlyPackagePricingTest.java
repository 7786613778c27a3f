package com.quarterhour.billing.pricing;

import static com.quarterhour.billing.pricing.Month.lineOf;
import static com.quarterhour.billing.pricing.Month.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** BPS-20/40/60/100 and SHARED-247: monthly fee, included hours that expire, overage per hour. */
class MonthlyPackagePricingTest {

    @Test
    void bps20With23Hours10MinutesPaysTheFeePlus3AndAQuarterHoursOverage() {
        PricedInvoice invoice = Month.of("BPS-20").vat("0.20")
                .entry(1, 100, "2026-10-05", 600)
                .entry(2, 101, "2026-10-12", 600)
                .entry(3, 102, "2026-10-20", 190) // 3 h 10 min, billed 3 h 15 min: all beyond the 20 included hours
                .price();

        assertThat(invoice.lines()).hasSize(4);
        InvoiceLine fee = invoice.lines().get(0);
        assertThat(fee.kind()).isEqualTo(LineKind.FEE);
        assertThat(fee.description()).isEqualTo("BPS-20 monthly fee, October 2026");
        assertThat(fee.amount()).isEqualTo(money("1100.00"));
        assertThat(lineOf(invoice, 1).amount()).isEqualTo(money("0.00"));
        assertThat(lineOf(invoice, 1).description()).isEqualTo("10 h from the included hours (10 h of 20 h left)");
        assertThat(lineOf(invoice, 2).description()).isEqualTo("10 h from the included hours (0 min of 20 h left)");
        InvoiceLine overage = lineOf(invoice, 3);
        assertThat(overage.minutes()).isEqualTo(190);
        assertThat(overage.billedMinutes()).isEqualTo(195);
        assertThat(overage.quantity()).isEqualByComparingTo("3.25");
        assertThat(overage.unitPrice()).isEqualByComparingTo("65");
        assertThat(overage.amount()).isEqualTo(money("211.25"));
        assertThat(overage.description()).isEqualTo("3 h 15 min overage at £65.00/h (included 20 h used up)");
        assertThat(invoice.subtotal()).isEqualTo(money("1311.25"));
        assertThat(invoice.tax()).isEqualTo(money("262.25"));
        assertThat(invoice.total()).isEqualTo(money("1573.50"));
        assertThat(invoice.closing()).isEqualTo(Balances.NONE);
    }

    @Test
    void anEntryStraddlingTheLimitIsOneLineChargedOnlyForTheMinutesBeyondIt() {
        PricedInvoice invoice = Month.of("BPS-20")
                .entry(1, 100, "2026-10-01", 1140) // 19 h
                .entry(2, 100, "2026-10-02", 90) // 1 h 30 min: 1 h included, 30 min overage
                .entry(3, 101, "2026-10-03", 45)
                .price();

        InvoiceLine straddling = lineOf(invoice, 2);
        assertThat(straddling.billedMinutes()).isEqualTo(90);
        assertThat(straddling.quantity()).isEqualByComparingTo("0.50");
        assertThat(straddling.unitPrice()).isEqualByComparingTo("65");
        assertThat(straddling.amount()).isEqualTo(money("32.50"));
        assertThat(straddling.description())
                .isEqualTo("1 h from the included hours (0 min of 20 h left) + 30 min overage at £65.00/h");
        assertThat(lineOf(invoice, 3).amount()).isEqualTo(money("48.75"));
        assertThat(invoice.subtotal()).isEqualTo(money("1181.25")); // 1,100 + 1.25 h × 65
    }

    @Test
    void includedHoursGoInOrderOfWorkDateThenEntryIdWhateverTheInputOrder() {
        PricedInvoice invoice = Month.of("BPS-20")
                .entry(9, 100, "2026-10-30", 60)
                .entry(5, 100, "2026-10-02", 600)
                .entry(4, 101, "2026-10-02", 600) // same day as entry 5 but a smaller id: goes first
                .price();

        assertThat(invoice.lines()).extracting(InvoiceLine::note)
                .containsExactly(null, "note 4", "note 5", "note 9");
        assertThat(lineOf(invoice, 4).description()).isEqualTo("10 h from the included hours (10 h of 20 h left)");
        assertThat(lineOf(invoice, 9).amount()).isEqualTo(money("65.00"));
    }

    @Test
    void eachEntryIsRoundedUpToAQuarterHourOnItsOwn() {
        PricedInvoice invoice = Month.of("BPS-20")
                .entry(1, 100, "2026-10-01", 1200)
                .entry(2, 100, "2026-10-02", 1)
                .entry(3, 100, "2026-10-02", 15)
                .entry(4, 100, "2026-10-03", 16)
                .price();

        assertThat(invoice.lines()).extracting(InvoiceLine::billedMinutes).containsExactly(null, 1200, 15, 15, 30);
        // 60 billed minutes beyond the package, although only 32 were captured: 4 quarter hours × £16.25
        assertThat(invoice.subtotal()).isEqualTo(money("1165.00"));
    }

    @Test
    void plansOf60HoursOrMoreChargeFivePoundsLessOverage() {
        PricedInvoice bps60 = Month.of("BPS-60").entry(1, 100, "2026-10-01", 3600).entry(2, 100, "2026-10-02", 60)
                .price();
        PricedInvoice bps40 = Month.of("BPS-40").entry(1, 100, "2026-10-01", 2400).entry(2, 100, "2026-10-02", 60)
                .price();

        assertThat(lineOf(bps60, 2).amount()).isEqualTo(money("60.00"));
        assertThat(bps60.subtotal()).isEqualTo(money("2760.00"));
        assertThat(lineOf(bps40, 2).amount()).isEqualTo(money("65.00"));
        assertThat(bps40.subtotal()).isEqualTo(money("2065.00"));
    }

    @Test
    void bps100With101Hours15MinutesPaysOneAndAQuarterHoursAt60() {
        PricedInvoice invoice = Month.of("BPS-100").vat("0.20")
                .entry(1, 100, "2026-10-01", 3000)
                .entry(2, 101, "2026-10-15", 3075)
                .price();

        assertThat(lineOf(invoice, 2).quantity()).isEqualByComparingTo("1.25");
        assertThat(invoice.subtotal()).isEqualTo(money("4075.00"));
        assertThat(invoice.tax()).isEqualTo(money("815.00"));
        assertThat(invoice.total()).isEqualTo(money("4890.00"));
    }

    @Test
    void aMonthWithoutWorkCostsTheFeeAndCarriesNoHoursOver() {
        PricedInvoice invoice = Month.of("BPS-40").price();

        assertThat(invoice.lines()).singleElement().extracting(InvoiceLine::amount).isEqualTo(money("2000.00"));
        assertThat(invoice.closing()).isEqualTo(Balances.NONE);
        // next month starts from the full 40 hours again, whatever was left this month
        PricedInvoice next = Month.of("BPS-40").period("2026-11").entry(1, 100, "2026-11-02", 2415).price();
        assertThat(lineOf(next, 1).amount()).isEqualTo(money("16.25"));
    }

    @Test
    void sharedSupportHas15IncludedHoursThen65AnHour() {
        PricedInvoice invoice = Month.of("SHARED-247").vat("0.20")
                .entry(1, 100, "2026-10-01", 480)
                .entry(2, 101, "2026-10-09", 480) // 7 h included, 1 h beyond
                .price();

        assertThat(invoice.lines().get(0).description()).isEqualTo("SHARED-247 monthly fee, October 2026");
        assertThat(lineOf(invoice, 2).description())
                .isEqualTo("7 h from the included hours (0 min of 15 h left) + 1 h overage at £65.00/h");
        assertThat(invoice.subtotal()).isEqualTo(money("965.00"));
        assertThat(invoice.total()).isEqualTo(money("1158.00"));
    }

    @Test
    void aBugCreditGivesTheTimeBackToTheIncludedHours() {
        Month month = Month.of("BPS-20")
                .entry(1, 100, "2026-10-01", 600) // engagement 100: our bug
                .entry(2, 101, "2026-10-02", 1200)
                .bugCredit(100);
        PricedInvoice invoice = month.price();

        InvoiceLine credited = lineOf(invoice, 1);
        assertThat(credited.amount()).isEqualTo(money("0.00"));
        assertThat(credited.billedMinutes()).isEqualTo(600);
        assertThat(credited.description())
                .isEqualTo("Bug credit approved: 10 h credited back, no charge, not counted against the included hours");
        assertThat(lineOf(invoice, 2).amount()).isEqualTo(money("0.00")); // all 20 h still included
        assertThat(invoice.subtotal()).isEqualTo(money("1100.00"));
        // without the credit, the second engagement's last 10 hours are overage
        PricedInvoice uncredited = Month.of("BPS-20").entry(1, 100, "2026-10-01", 600)
                .entry(2, 101, "2026-10-02", 1200).price();
        assertThat(uncredited.subtotal()).isEqualTo(money("1750.00"));
    }

    @Test
    void aWaivedEngagementIsNotChargedAndUsesNoIncludedHours() {
        PricedInvoice invoice = Month.of("BPS-20")
                .entry(1, 100, "2026-10-01", 1200)
                .entry(2, 101, "2026-10-02", 120)
                .entry(3, 102, "2026-10-03", 60)
                .waive(101)
                .price();

        assertThat(lineOf(invoice, 2).amount()).isEqualTo(money("0.00"));
        assertThat(lineOf(invoice, 2).description()).startsWith("Waiver approved: 2 h credited back, no charge");
        assertThat(lineOf(invoice, 3).amount()).isEqualTo(money("65.00"));
        assertThat(invoice.subtotal()).isEqualTo(money("1165.00"));
    }

    @Test
    void nonBillableEntriesAreListedAtNoChargeAndUseNothing() {
        PricedInvoice invoice = Month.of("BPS-20")
                .nonBillable(1, 100, "2026-10-01", 300)
                .entry(2, 101, "2026-10-02", 1215)
                .price();

        InvoiceLine exempt = lineOf(invoice, 1);
        assertThat(exempt.minutes()).isEqualTo(300);
        assertThat(exempt.billedMinutes()).isZero();
        assertThat(exempt.amount()).isEqualTo(money("0.00"));
        assertThat(exempt.description()).isEqualTo("Not billable (exempted from billing): no charge");
        assertThat(lineOf(invoice, 2).amount()).isEqualTo(money("16.25"));
    }

    @Test
    void aSubscriptionStartingOrEndingInTheMonthPaysTheFullFeeAndGetsTheFullAllowance() {
        PricedInvoice started = Month.of("BPS-20")
                .subscription(SubscriptionTerms.startingOn(LocalDate.of(2026, 10, 20)))
                .entry(1, 100, "2026-10-21", 1200)
                .price();
        PricedInvoice cancelled = Month.of("BPS-20")
                .subscription(SubscriptionTerms.startingOn(LocalDate.of(2025, 3, 1)).cancelledOn(LocalDate.of(2026, 10, 3)))
                .price();

        assertThat(started.subtotal()).isEqualTo(money("1100.00"));
        assertThat(started.lines().get(0).description())
                .isEqualTo("BPS-20 monthly fee, October 2026 (subscription from 2026-10-20)");
        assertThat(cancelled.subtotal()).isEqualTo(money("1100.00"));
        assertThat(cancelled.lines()).noneMatch(l -> l.kind() == LineKind.REFUND);
    }

    @Test
    void aFeePlanNotRunningInThePeriodIsRejected() {
        Month month = Month.of("BPS-20")
                .subscription(SubscriptionTerms.startingOn(LocalDate.of(2025, 3, 1)).cancelledOn(LocalDate.of(2026, 9, 30)));

        assertThatThrownBy(month::price).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not active in 2026-10");
    }

    @Test
    void taxIsChargedOnTheSubtotalRoundedHalfUpOnce() {
        PricedInvoice invoice = Month.of("BPS-20").vat("0.175").entry(1, 100, "2026-10-01", 1230).price();

        assertThat(invoice.subtotal()).isEqualTo(money("1132.50"));
        assertThat(invoice.tax()).isEqualTo(money("198.19")); // 198.1875
        assertThat(invoice.total()).isEqualTo(money("1330.69"));
    }

    @Test
    void theLinesAreWhatTheCustomerCanCheckByHand() {
        PricedInvoice invoice = Month.of("BPS-20").entry(1, 100, "2026-10-01", 1300).price();

        for (InvoiceLine line : invoice.lines()) {
            BigDecimal expected = line.unitPrice() == null ? money("0.00")
                    : line.quantity().multiply(line.unitPrice()).setScale(2, java.math.RoundingMode.HALF_UP);
            assertThat(line.amount()).isEqualTo(expected);
        }
        assertThat(lineOf(invoice, 1).amount()).isEqualTo(money("113.75")); // 1 h 45 min × £65
    }
}

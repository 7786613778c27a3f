package com.quarterhour.billing.pricing;

import static com.quarterhour.billing.pricing.Catalogue.GBP;
import static com.quarterhour.billing.pricing.Catalogue.plan;
import static com.quarterhour.billing.pricing.Month.lineOf;
import static com.quarterhour.billing.pricing.Month.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.catalog.PlanKind;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** STANDARD (no plan), PAYG with its prepaid hours, and Client Success PER-USE. */
class HourlyPricingTest {

    @Test
    void withoutAPlanEveryEntryIsChargedAtTheStandardRateRoundedUpToAQuarterHour() {
        PricedInvoice invoice = Month.of("STANDARD").subscription(null).vat("0.20")
                .entry(1, 100, "2026-10-01", 40)
                .entry(2, 100, "2026-10-02", 60)
                .price();

        assertThat(invoice.lines()).hasSize(2).allMatch(l -> l.kind() == LineKind.TIME);
        assertThat(lineOf(invoice, 1).billedMinutes()).isEqualTo(45);
        assertThat(lineOf(invoice, 1).amount()).isEqualTo(money("56.25"));
        assertThat(lineOf(invoice, 1).description()).isEqualTo("45 min at the standard rate £75.00/h");
        assertThat(invoice.subtotal()).isEqualTo(money("131.25"));
        assertThat(invoice.tax()).isEqualTo(money("26.25"));
        assertThat(invoice.total()).isEqualTo(money("157.50"));
    }

    @Test
    void theExactMinutesOfAnImportedEntryAreKeptAndBilledRoundedUp() {
        PricedInvoice invoice = Month.of("STANDARD").entry(1, 100, "2026-10-01", 61).price();

        assertThat(lineOf(invoice, 1).minutes()).as("time spent").isEqualTo(61);
        assertThat(lineOf(invoice, 1).billedMinutes()).as("time billed").isEqualTo(75);
        assertThat(lineOf(invoice, 1).amount()).isEqualTo(money("93.75"));
    }

    @Test
    void fourOneMinuteEntriesAreFourQuarterHoursNotOne() {
        PricedInvoice invoice = Month.of("STANDARD")
                .entry(1, 100, "2026-10-01", 1).entry(2, 100, "2026-10-01", 1)
                .entry(3, 101, "2026-10-02", 1).entry(4, 101, "2026-10-02", 1)
                .price();

        assertThat(invoice.lines()).extracting(InvoiceLine::amount).containsOnly(money("18.75"));
        assertThat(invoice.subtotal()).isEqualTo(money("75.00"));
    }

    @Test
    void aBugFoundWithoutAPlanIsCreditedBack() {
        PricedInvoice invoice = Month.of("STANDARD").entry(1, 100, "2026-10-01", 120).entry(2, 101, "2026-10-01", 30)
                .bugCredit(100).price();

        assertThat(lineOf(invoice, 1).amount()).isEqualTo(money("0.00"));
        assertThat(lineOf(invoice, 1).description()).isEqualTo("Bug credit approved: 2 h credited back, no charge");
        assertThat(invoice.subtotal()).isEqualTo(money("37.50"));
    }

    @Test
    void eachLineIsRoundedOnceSoTheSubtotalIsTheSumOfRoundedLines() {
        PlanTerms odd = new PlanTerms("ODD", PlanKind.STANDARD, GBP, 15, null, 0, null, new BigDecimal("65.33"), null,
                null, 0, null, null, 0, null);
        PricedInvoice invoice = Month.of(odd).entry(1, 1, "2026-10-01", 15).entry(2, 1, "2026-10-02", 15)
                .entry(3, 1, "2026-10-03", 15).price();

        assertThat(invoice.lines()).extracting(InvoiceLine::amount).containsOnly(money("16.33")); // 16.3325
        assertThat(invoice.subtotal()).isEqualTo(money("48.99")); // not 49.00 = 3 × 16.3325 rounded
    }

    @Test
    void payAsYouGoWithoutPrepaidHoursIs70AnHour() {
        PricedInvoice invoice = Month.of("PAYG").entry(1, 100, "2026-10-01", 45).price();

        assertThat(lineOf(invoice, 1).description()).isEqualTo("45 min at £70.00/h");
        assertThat(invoice.subtotal()).isEqualTo(money("52.50"));
    }

    @Test
    void ninePrepaidHoursCostTheFullRate() {
        PricedInvoice purchase = Pricing.purchasePrepaidHours(plan("PAYG"), 9, GBP, new BigDecimal("0.20"),
                Balances.NONE);

        InvoiceLine line = purchase.lines().get(0);
        assertThat(line.kind()).isEqualTo(LineKind.PREPAID_HOURS);
        assertThat(line.quantity()).isEqualByComparingTo("9");
        assertThat(line.unitPrice()).isEqualTo(money("70.00"));
        assertThat(line.description()).isEqualTo("9 prepaid hours at £70.00/h");
        assertThat(purchase.subtotal()).isEqualTo(money("630.00"));
        assertThat(purchase.total()).isEqualTo(money("756.00"));
        assertThat(purchase.closing()).isEqualTo(new Balances(BigDecimal.ZERO, 540));
    }

    @Test
    void tenPrepaidHoursOrMoreGetFivePercentOffTheWholeBlock() {
        PricedInvoice ten = Pricing.purchasePrepaidHours(plan("PAYG"), 10, GBP, new BigDecimal("0.20"),
                new Balances(BigDecimal.ZERO, 60));
        PricedInvoice forty = Pricing.purchasePrepaidHours(plan("PAYG"), 40, GBP, BigDecimal.ZERO, Balances.NONE);

        InvoiceLine line = ten.lines().get(0);
        assertThat(line.unitPrice()).isEqualTo(money("66.50"));
        assertThat(line.description()).isEqualTo("10 prepaid hours at £70.00/h less 5 % for a block of 10 hours or more");
        assertThat(ten.subtotal()).isEqualTo(money("665.00"));
        assertThat(ten.tax()).isEqualTo(money("133.00"));
        assertThat(ten.total()).isEqualTo(money("798.00"));
        assertThat(ten.closing().prepaidMinutes()).isEqualTo(660); // 1 h left before + 10 h bought
        assertThat(ten.closing().prepaidHours()).isEqualByComparingTo("11");
        assertThat(forty.subtotal()).isEqualTo(money("2660.00"));
    }

    @Test
    void prepaidPurchasesNeedWholeHoursOnAPayAsYouGoPlan() {
        assertThatThrownBy(() -> Pricing.purchasePrepaidHours(plan("PAYG"), 0, GBP, BigDecimal.ZERO, Balances.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Pricing.purchasePrepaidHours(plan("STANDARD"), 10, GBP, BigDecimal.ZERO,
                Balances.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not PAY_AS_YOU_GO");
    }

    @Test
    void monthEndDrawsDownPrepaidHoursBeforeCharging70AnHour() {
        PricedInvoice invoice = Month.of("PAYG").opening("0.00", 600)
                .entry(1, 100, "2026-10-01", 480)
                .entry(2, 101, "2026-10-05", 185) // billed 3 h 15 min: 2 h prepaid + 1 h 15 min at £70
                .entry(3, 102, "2026-10-09", 30)
                .price();

        assertThat(lineOf(invoice, 1).amount()).isEqualTo(money("0.00"));
        assertThat(lineOf(invoice, 1).description()).isEqualTo("8 h from prepaid hours (2 h left)");
        InvoiceLine straddling = lineOf(invoice, 2);
        assertThat(straddling.quantity()).isEqualByComparingTo("1.25");
        assertThat(straddling.amount()).isEqualTo(money("87.50"));
        assertThat(straddling.description()).isEqualTo("2 h from prepaid hours (0 min left) + 1 h 15 min at £70.00/h");
        assertThat(lineOf(invoice, 3).description()).isEqualTo("30 min at £70.00/h (prepaid hours used up)");
        assertThat(invoice.subtotal()).isEqualTo(money("122.50"));
        assertThat(invoice.closing()).isEqualTo(new Balances(BigDecimal.ZERO, 0));
    }

    @Test
    void prepaidHoursLeftCarryOverAndCreditedTimeIsNotDrawn() {
        PricedInvoice invoice = Month.of("PAYG").opening("100.00", 600)
                .entry(1, 100, "2026-10-01", 240)
                .entry(2, 101, "2026-10-02", 60)
                .waive(101)
                .price();

        assertThat(invoice.subtotal()).isEqualTo(money("0.00"));
        assertThat(invoice.closing().prepaidMinutes()).isEqualTo(360);
        assertThat(invoice.closing().credit()).isEqualTo(money("100.00")); // a balance PAYG does not use: unchanged
        assertThat(lineOf(invoice, 2).description())
                .isEqualTo("Waiver approved: 1 h credited back, no charge, not drawn from prepaid hours");
    }

    @Test
    void perUseChargesTheRateOfTheEntrysPriority() {
        PricedInvoice invoice = Month.of("PER-USE")
                .entry(1, 100, "2026-10-01", 15, Priority.P4)
                .entry(2, 101, "2026-10-02", 45, Priority.P3)
                .entry(3, 102, "2026-10-03", 60, Priority.P2)
                .entry(4, 103, "2026-10-04", 70, Priority.P1) // billed 1 h 15 min
                .price();

        assertThat(invoice.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(invoice.lines()).extracting(InvoiceLine::amount)
                .containsExactly(money("20.00"), money("90.00"), money("160.00"), money("250.00"));
        assertThat(lineOf(invoice, 2).description()).isEqualTo("45 min at the P3 per-use rate $120.00/h");
        assertThat(invoice.subtotal()).isEqualTo(money("520.00"));
    }

    @Test
    void aQuarterHourPerUseCostsWhatSeed004Lists() {
        Month month = Month.of("PER-USE");
        long id = 1;
        for (Priority priority : Priority.values()) {
            month.entry(id, id, "2026-10-01", 15, priority);
            id++;
        }
        // seed 004: P1 $50, P2 $40, P3 $30, P4 $20 per 15 min
        assertThat(month.price().lines()).extracting(InvoiceLine::amount)
                .containsExactly(money("50.00"), money("40.00"), money("30.00"), money("20.00"));
    }
}

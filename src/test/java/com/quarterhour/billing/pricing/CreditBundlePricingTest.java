package com.quarterhour.billing.pricing;

import static com.quarterhour.billing.pricing.Catalogue.USD;
import static com.quarterhour.billing.pricing.Catalogue.plan;
import static com.quarterhour.billing.pricing.Month.lineOf;
import static com.quarterhour.billing.pricing.Month.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** CREDIT-12 and CREDIT-40: bought on their own invoice, held as money, drawn down at the bundle's rate. */
class CreditBundlePricingTest {

    @Test
    void buyingABundleIsItsOwnInvoiceAndAddsItsPriceToTheBalance() {
        PricedInvoice twelve = Pricing.purchaseCreditBundle(plan("CREDIT-12"), USD, BigDecimal.ZERO,
                new Balances(money("15.00"), 0));
        PricedInvoice forty = Pricing.purchaseCreditBundle(plan("CREDIT-40"), USD, new BigDecimal("0.10"),
                Balances.NONE);

        assertThat(twelve.lines()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(LineKind.CREDIT_BUNDLE);
            assertThat(line.amount()).isEqualTo(money("720.00"));
            assertThat(line.description()).startsWith("CREDIT-12: 12-hour credit bundle");
        });
        assertThat(twelve.total()).isEqualTo(money("720.00"));
        assertThat(twelve.closing().credit()).isEqualTo(money("735.00"));
        assertThat(forty.subtotal()).isEqualTo(money("2000.00"));
        assertThat(forty.total()).isEqualTo(money("2200.00"));
        assertThat(forty.closing().credit()).isEqualTo(money("2000.00"));
    }

    @Test
    void workDrawsTheBalanceDownAtTheBundleRateAndShowsAtNoCharge() {
        PricedInvoice invoice = Month.of("CREDIT-12").opening("720.00", 0)
                .entry(1, 100, "2026-10-01", 240, Priority.P2) // 4 h × $120 = $480
                .entry(2, 101, "2026-10-02", 50, Priority.P4) // billed 1 h × $60
                .price();

        assertThat(invoice.lines()).hasSize(2).extracting(InvoiceLine::amount).containsOnly(money("0.00"));
        assertThat(lineOf(invoice, 1).description())
                .isEqualTo("4 h at the P2 credit rate $120.00/h = $480.00 drawn from the credit balance ($240.00 left)");
        assertThat(invoice.subtotal()).isEqualTo(money("0.00"));
        assertThat(invoice.closing().credit()).isEqualTo(money("180.00"));
    }

    @Test
    void anEntryPartlyCoveredDrawsWholeQuarterHoursAndBillsTheRestPerUse() {
        PricedInvoice invoice = Month.of("CREDIT-12").opening("720.00", 0)
                .entry(1, 100, "2026-10-01", 240, Priority.P2) // $480, $240 left
                // 2 h at P1 is 8 quarters of $37.50; $240 pays 6 ($225), $15 stays; 2 quarters at $200/h = $100
                .entry(2, 101, "2026-10-02", 120, Priority.P1)
                .entry(3, 102, "2026-10-03", 15, Priority.P4) // one P4 quarter is $15: the remainder pays it
                .entry(4, 103, "2026-10-04", 60, Priority.P3) // nothing left: $120 per use
                .price();

        InvoiceLine partly = lineOf(invoice, 2);
        assertThat(partly.billedMinutes()).isEqualTo(120);
        assertThat(partly.quantity()).isEqualByComparingTo("0.50");
        assertThat(partly.unitPrice()).isEqualByComparingTo("200");
        assertThat(partly.amount()).isEqualTo(money("100.00"));
        assertThat(partly.description()).isEqualTo("1 h 30 min at the P1 credit rate $150.00/h = $225.00 drawn from"
                + " the credit balance ($15.00 left) + 30 min at the P1 per-use rate $200.00/h");
        assertThat(lineOf(invoice, 3).amount()).isEqualTo(money("0.00"));
        assertThat(lineOf(invoice, 3).description()).endsWith("$15.00 drawn from the credit balance ($0.00 left)");
        assertThat(lineOf(invoice, 4).amount()).isEqualTo(money("120.00"));
        assertThat(lineOf(invoice, 4).description())
                .isEqualTo("1 h at the P3 per-use rate $120.00/h (credit balance used up)");
        assertThat(invoice.subtotal()).isEqualTo(money("220.00"));
        assertThat(invoice.closing().credit()).isEqualTo(money("0.00"));
    }

    @Test
    void aRemainderTooSmallForAQuarterHourStaysOnTheBalance() {
        PricedInvoice invoice = Month.of("CREDIT-40").opening("20.00", 0)
                .entry(1, 100, "2026-10-01", 30, Priority.P1) // a P1 quarter draws $31.25: $20 is not enough
                .price();

        assertThat(lineOf(invoice, 1).amount()).isEqualTo(money("100.00"));
        assertThat(lineOf(invoice, 1).description()).isEqualTo("30 min at the P1 per-use rate $200.00/h (credit balance"
                + " $20.00 does not cover 15 min at the P1 credit rate $125.00/h)");
        assertThat(invoice.closing().credit()).isEqualTo(money("20.00"));
    }

    @Test
    void fortyHourBundleRatesPerQuarterHourAreSeed004s() {
        PricedInvoice invoice = Month.of("CREDIT-40").opening("2000.00", 0)
                .entry(1, 1, "2026-10-01", 15, Priority.P4)
                .entry(2, 2, "2026-10-01", 15, Priority.P3)
                .entry(3, 3, "2026-10-01", 15, Priority.P2)
                .entry(4, 4, "2026-10-01", 15, Priority.P1)
                .price();

        // $12.50 + $18.75 + $25.00 + $31.25
        assertThat(invoice.closing().credit()).isEqualTo(money("1912.50"));
        assertThat(invoice.subtotal()).isEqualTo(money("0.00"));
    }

    @Test
    void bugCreditedTimeIsGivenBackToTheBalance() {
        PricedInvoice invoice = Month.of("CREDIT-12").opening("90.00", 0)
                .entry(1, 100, "2026-10-01", 60, Priority.P3)
                .entry(2, 101, "2026-10-02", 60, Priority.P3)
                .bugCredit(100)
                .price();

        assertThat(lineOf(invoice, 1).description())
                .isEqualTo("Bug credit approved: 1 h credited back, no charge, not drawn from the credit balance");
        assertThat(lineOf(invoice, 2).amount()).isEqualTo(money("0.00"));
        assertThat(invoice.closing().credit()).isEqualTo(money("0.00"));
        assertThat(invoice.subtotal()).isEqualTo(money("0.00"));
    }

    @Test
    void withoutABalanceEverythingIsBilledPerUse() {
        PricedInvoice invoice = Month.of("CREDIT-12").entry(1, 100, "2026-10-01", 45, Priority.P2).price();

        assertThat(lineOf(invoice, 1).amount()).isEqualTo(money("120.00"));
        assertThat(lineOf(invoice, 1).description()).isEqualTo("45 min at the P2 per-use rate $160.00/h (credit balance"
                + " used up)");
    }
}

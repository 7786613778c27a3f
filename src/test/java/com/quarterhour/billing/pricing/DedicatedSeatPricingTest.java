package com.quarterhour.billing.pricing;

import static com.quarterhour.billing.pricing.Month.lineOf;
import static com.quarterhour.billing.pricing.Month.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** DEDICATED-SEAT: £3,200 per seat per month, all hours included, 14-day money-back guarantee pro rata. */
class DedicatedSeatPricingTest {

    private static SubscriptionTerms from(String start) {
        return SubscriptionTerms.startingOn(LocalDate.parse(start));
    }

    @Test
    void theFeeCoversAllHours() {
        PricedInvoice invoice = Month.of("DEDICATED-SEAT").vat("0.20")
                .entry(1, 1, "2026-10-01", 70)
                .entry(2, 2, "2026-10-02", 9000)
                .price();

        assertThat(invoice.lines().get(0).amount()).isEqualTo(money("3200.00"));
        assertThat(lineOf(invoice, 1).description()).isEqualTo("1 h 15 min included in the dedicated seat");
        assertThat(lineOf(invoice, 2).amount()).isEqualTo(money("0.00"));
        assertThat(invoice.subtotal()).isEqualTo(money("3200.00"));
        assertThat(invoice.total()).isEqualTo(money("3840.00"));
    }

    @Test
    void twoSeatsPayTwoFees() {
        PricedInvoice invoice = Month.of("DEDICATED-SEAT").subscription(from("2026-01-01").withSeats(2)).price();

        InvoiceLine fee = invoice.lines().get(0);
        assertThat(fee.quantity()).isEqualByComparingTo("2");
        assertThat(fee.unitPrice()).isEqualByComparingTo("3200");
        assertThat(fee.description()).isEqualTo("DEDICATED-SEAT monthly fee, October 2026, 2 seats at £3,200.00");
        assertThat(invoice.subtotal()).isEqualTo(money("6400.00"));
    }

    @Test
    void cancellingOnDay6RefundsTheUnusedDaysOfThoseThatWerePaidFor() {
        PricedInvoice invoice = Month.of("DEDICATED-SEAT").vat("0.20")
                .subscription(from("2026-10-10").cancelledOn(LocalDate.parse("2026-10-15")))
                .price();

        assertThat(invoice.lines()).extracting(InvoiceLine::kind).containsExactly(LineKind.FEE, LineKind.REFUND);
        assertThat(invoice.lines().get(0).description()).isEqualTo(
                "DEDICATED-SEAT monthly fee, October 2026 (subscription from 2026-10-10, cancelled with last day 2026-10-15)");
        InvoiceLine refund = invoice.lines().get(1);
        // paid: 10–31 October = 22 days; used: 10–15 = 6 days; unused: 16–31 = 16 days; 3,200 × 16 / 22 = 2,327.2727
        assertThat(refund.amount()).isEqualTo(money("-2327.27"));
        assertThat(refund.description()).isEqualTo("14-day money-back guarantee: cancelled with last day 2026-10-15"
                + " (day 6 of the subscription); 16 of the 22 days paid for in October 2026 unused: £3,200.00 × 16 / 22");
        assertThat(invoice.subtotal()).isEqualTo(money("872.73"));
        assertThat(invoice.tax()).isEqualTo(money("174.55"));
        assertThat(invoice.total()).isEqualTo(money("1047.28"));
    }

    @Test
    void day14IsTheLastDayThatStillRefunds() {
        PricedInvoice day14 = Month.of("DEDICATED-SEAT")
                .subscription(from("2026-10-10").cancelledOn(LocalDate.parse("2026-10-23"))).price();
        PricedInvoice day15 = Month.of("DEDICATED-SEAT")
                .subscription(from("2026-10-10").cancelledOn(LocalDate.parse("2026-10-24"))).price();

        assertThat(day14.lines().get(1).amount()).isEqualTo(money("-1163.64")); // 3,200 × 8 / 22
        assertThat(day14.subtotal()).isEqualTo(money("2036.36"));
        assertThat(day15.lines()).extracting(InvoiceLine::kind).containsExactly(LineKind.FEE);
        assertThat(day15.subtotal()).isEqualTo(money("3200.00"));
    }

    @Test
    void aSubscriptionFromTheFirstCountsTheWholeMonthAsPaid() {
        PricedInvoice october = Month.of("DEDICATED-SEAT")
                .subscription(from("2026-10-01").cancelledOn(LocalDate.parse("2026-10-14"))).price();
        PricedInvoice leapFebruary = Month.of("DEDICATED-SEAT").period("2028-02")
                .subscription(from("2028-02-01").cancelledOn(LocalDate.parse("2028-02-10"))).price();

        assertThat(october.lines().get(1).amount()).isEqualTo(money("-1754.84")); // 3,200 × 17 / 31
        assertThat(leapFebruary.lines().get(1).amount()).isEqualTo(money("-2096.55")); // 3,200 × 19 / 29
    }

    @Test
    void aCancellationInTheNextMonthIsRefundedOnThatMonthsInvoice() {
        SubscriptionTerms terms = from("2026-10-25").cancelledOn(LocalDate.parse("2026-11-03")); // day 10
        PricedInvoice october = Month.of("DEDICATED-SEAT").subscription(terms).price();
        PricedInvoice november = Month.of("DEDICATED-SEAT").period("2026-11").subscription(terms).price();

        assertThat(october.subtotal()).isEqualTo(money("3200.00")); // 25–31 October were all used
        assertThat(november.lines().get(1).amount()).isEqualTo(money("-2880.00")); // 3,200 × 27 / 30
        assertThat(november.subtotal()).isEqualTo(money("320.00"));
    }

    @Test
    void cancellingOnTheMonthsLastDayLeavesNothingUnused() {
        PricedInvoice invoice = Month.of("DEDICATED-SEAT")
                .subscription(from("2026-10-20").cancelledOn(LocalDate.parse("2026-10-31"))).price();

        assertThat(invoice.lines()).extracting(InvoiceLine::kind).containsExactly(LineKind.FEE);
    }

    @Test
    void everySeatIsRefunded() {
        PricedInvoice invoice = Month.of("DEDICATED-SEAT")
                .subscription(from("2026-10-10").cancelledOn(LocalDate.parse("2026-10-15")).withSeats(2)).price();

        assertThat(invoice.lines().get(1).amount()).isEqualTo(money("-4654.55")); // 6,400 × 16 / 22
        assertThat(invoice.subtotal()).isEqualTo(money("1745.45"));
    }
}

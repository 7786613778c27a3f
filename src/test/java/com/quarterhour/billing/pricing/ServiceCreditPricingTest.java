package com.quarterhour.billing.pricing;

import static com.quarterhour.billing.pricing.Month.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Approved SLA service credits: a share of the monthly fee per breach, the month's credits capped. */
class ServiceCreditPricingTest {

    @Test
    void threeApprovedP1BreachesOnBps20At5PercentCappedAt10PercentCredit55Then55ThenNothing() {
        PricedInvoice invoice = Month.of("BPS-20").period("2026-11").vat("0.20")
                .serviceCredit(3, "5", "10")
                .serviceCredit(1, "5", "10")
                .serviceCredit(2, "5", "10")
                .price();

        assertThat(invoice.lines()).extracting(InvoiceLine::kind).containsExactly(LineKind.FEE,
                LineKind.SERVICE_CREDIT, LineKind.SERVICE_CREDIT, LineKind.SERVICE_CREDIT);
        List<InvoiceLine> credits = invoice.lines().subList(1, 4);
        assertThat(credits).extracting(InvoiceLine::amount)
                .containsExactly(money("-55.00"), money("-55.00"), money("0.00"));
        assertThat(credits.get(0).description()).isEqualTo("Service credit, ENG-101 Mail server down: P1 response "
                + "target missed on 3 Nov 2026: 5% of the monthly fee £1,100.00 = £55.00");
        assertThat(credits.get(0).quantity()).isEqualByComparingTo("1");
        assertThat(credits.get(0).unitPrice()).isEqualByComparingTo("-55");
        assertThat(credits.get(2).description()).isEqualTo("Service credit, ENG-103 Mail server down: P1 response "
                + "target missed on 3 Nov 2026: 5% of the monthly fee £1,100.00 = £55.00; the month's cap of 10% of the "
                + "monthly fee (£110.00) is reached: nothing more credited");
        assertThat(credits.get(2).quantity()).isEqualByComparingTo("0");
        assertThat(credits.get(2).unitPrice()).isNull();
        // 1,100 - 110 = 990; VAT 20% = 198
        assertThat(invoice.subtotal()).isEqualTo(money("990.00"));
        assertThat(invoice.tax()).isEqualTo(money("198.00"));
        assertThat(invoice.total()).isEqualTo(money("1188.00"));
    }

    @Test
    void theLineThatReachesTheCapIsCutToWhatIsLeftAndSaysSo() {
        PricedInvoice invoice = Month.of("BPS-20").period("2026-11")
                .serviceCredit(1, "5", "12")
                .serviceCredit(2, "5", "12")
                .serviceCredit(3, "5", "12")
                .price();

        assertThat(invoice.lines()).extracting(InvoiceLine::amount)
                .containsExactly(money("1100.00"), money("-55.00"), money("-55.00"), money("-22.00"));
        assertThat(invoice.lines().get(3).description()).endsWith("5% of the monthly fee £1,100.00 = £55.00; £22.00 "
                + "credited, reaching the month's cap of 12% of the monthly fee (£132.00)");
        assertThat(invoice.total()).isEqualTo(money("968.00"));
    }

    @Test
    void aPercentWithDecimalsIsAShareOfTheFee() {
        // SHARED-247, £900 a month: 2.5% is £22.50
        PricedInvoice invoice = Month.of("SHARED-247").serviceCredit(1, "2.5", "25").price();

        assertThat(invoice.lines().get(1).amount()).isEqualTo(money("-22.50"));
        assertThat(invoice.lines().get(1).description()).endsWith(": 2.5% of the monthly fee £900.00 = £22.50");
    }

    @Test
    void timeLinesComeFirstThenTheCreditsInBreachOrder() {
        PricedInvoice invoice = Month.of("BPS-20").period("2026-11")
                .entry(1, 100, "2026-11-05", 60)
                .serviceCredit(7, "5", "10")
                .price();

        assertThat(invoice.lines()).extracting(InvoiceLine::kind)
                .containsExactly(LineKind.FEE, LineKind.TIME, LineKind.SERVICE_CREDIT);
    }

    @Test
    void aPlanWithoutAMonthlyFeeHasNoCreditsAndABreachIsCreditedOnce() {
        assertThatThrownBy(() -> Month.of("STANDARD").serviceCredit(1, "5", "10").request())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Service credits are a share of the monthly fee, and plan STANDARD has none");
        assertThatThrownBy(() -> Month.of("BPS-20").serviceCredit(1, "5", "10").serviceCredit(1, "5", "10").request())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A breach's service credit is listed twice");
        assertThatThrownBy(() -> new ServiceCredit(1, new BigDecimal("5"), new BigDecimal("4"), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the cap must be from the percent (5) to 100");
    }
}

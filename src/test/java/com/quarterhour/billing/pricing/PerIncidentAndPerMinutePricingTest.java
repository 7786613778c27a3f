package com.quarterhour.billing.pricing;

import static com.quarterhour.billing.pricing.Month.lineOf;
import static com.quarterhour.billing.pricing.Month.money;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PER-INCIDENT (£150 per started 2-hour block of an engagement) and PER-MINUTE (£1.50 per minute per agent). */
class PerIncidentAndPerMinutePricingTest {

    @Test
    void eachStartedTwoHourBlockOfAnEngagementIsAnIncident() {
        PricedInvoice invoice = Month.of("PER-INCIDENT").vat("0.20")
                .entry(1, 1, "2026-10-01", 90)
                .entry(3, 2, "2026-10-01", 120) // exactly 2 h: one incident
                .entry(2, 1, "2026-10-02", 45) // engagement 1 reaches 2 h 15 min: a second incident
                .entry(4, 3, "2026-10-03", 50) // billed 1 h
                .entry(5, 3, "2026-10-04", 50) // billed 1 h: engagement 3 is at 2 h, still its first incident
                .entry(6, 4, "2026-10-05", 241) // billed 4 h 15 min: three incidents at once
                .entry(7, 5, "2026-10-06", 60) // waived: the cause was ours
                .waive(5)
                .price();

        assertThat(lineOf(invoice, 1).amount()).isEqualTo(money("150.00"));
        assertThat(lineOf(invoice, 1).description()).isEqualTo(
                "Starts incident 1 of this engagement (1 h 30 min so far; one incident per started 2 h) at £150.00 each");
        assertThat(lineOf(invoice, 2).description()).startsWith("Starts incident 2 of this engagement (2 h 15 min so far");
        assertThat(lineOf(invoice, 2).amount()).isEqualTo(money("150.00"));
        assertThat(lineOf(invoice, 3).amount()).isEqualTo(money("150.00"));
        assertThat(lineOf(invoice, 5).amount()).isEqualTo(money("0.00"));
        assertThat(lineOf(invoice, 5).description())
                .isEqualTo("Within incident 1 of this engagement (2 h so far; one incident per started 2 h)");
        assertThat(lineOf(invoice, 6).quantity()).isEqualByComparingTo("3");
        assertThat(lineOf(invoice, 6).amount()).isEqualTo(money("450.00"));
        assertThat(lineOf(invoice, 6).description()).startsWith("Starts incidents 1 to 3 of this engagement");
        assertThat(lineOf(invoice, 7).description())
                .isEqualTo("Waiver approved: 1 h credited back, no charge, not counted as an incident");
        assertThat(invoice.subtotal()).isEqualTo(money("1050.00"));
        assertThat(invoice.tax()).isEqualTo(money("210.00"));
        assertThat(invoice.total()).isEqualTo(money("1260.00"));
    }

    @Test
    void perMinuteIsBilledToTheMinuteForEveryAgentOnTheCall() {
        PricedInvoice invoice = Month.of("PER-MINUTE")
                .agents(1, 1, "2026-10-01", 12, 1)
                .agents(2, 2, "2026-10-02", 7, 3)
                .agents(3, 3, "2026-10-03", 30, 2)
                .waive(3)
                .price();

        assertThat(lineOf(invoice, 1).billedMinutes()).isEqualTo(12);
        assertThat(lineOf(invoice, 1).amount()).isEqualTo(money("18.00"));
        assertThat(lineOf(invoice, 1).description()).isEqualTo("12 min at £1.50 per minute");
        InvoiceLine team = lineOf(invoice, 2);
        assertThat(team.billedMinutes()).isEqualTo(7);
        assertThat(team.quantity()).isEqualByComparingTo("21");
        assertThat(team.amount()).isEqualTo(money("31.50"));
        assertThat(team.description()).isEqualTo("7 min × 3 agents = 21 agent-minutes at £1.50 per minute per agent");
        assertThat(lineOf(invoice, 3).amount()).isEqualTo(money("0.00"));
        assertThat(invoice.subtotal()).isEqualTo(money("49.50"));
    }

    @Test
    void agentsCountOnlyOnPerMinutePlans() {
        PricedInvoice invoice = Month.of("STANDARD").agents(1, 1, "2026-10-01", 60, 3).price();

        assertThat(invoice.subtotal()).isEqualTo(money("75.00"));
    }

    @Test
    void taxIsRoundedHalfUpOnceOnTheSubtotalNotPerLine() {
        PricedInvoice one = Month.of("PER-MINUTE").vat("0.15").agents(1, 1, "2026-10-01", 1, 1).price();
        PricedInvoice three = Month.of("PER-MINUTE").vat("0.15")
                .agents(1, 1, "2026-10-01", 1, 1).agents(2, 2, "2026-10-01", 1, 1).agents(3, 3, "2026-10-01", 1, 1)
                .price();

        assertThat(one.tax()).isEqualTo(money("0.23")); // 0.225 half-up (half-even would give 0.22)
        assertThat(one.total()).isEqualTo(money("1.73"));
        assertThat(three.subtotal()).isEqualTo(money("4.50"));
        assertThat(three.tax()).isEqualTo(money("0.68")); // 0.675; per line it would be 3 × 0.23 = 0.69
        assertThat(three.total()).isEqualTo(money("5.18"));
    }
}

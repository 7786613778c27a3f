package com.quarterhour.billing.pricing;

import static com.quarterhour.billing.pricing.Catalogue.plan;
import static com.quarterhour.billing.pricing.Month.lineOf;
import static com.quarterhour.billing.pricing.Month.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the pricing core accepts and what it refuses, with a message that says why. */
class PricingInputTest {

    @Test
    void billedMinutesRoundUpToTheIncrement() {
        assertThat(Pricing.billedMinutes(0, 15)).isZero();
        assertThat(Pricing.billedMinutes(1, 15)).isEqualTo(15);
        assertThat(Pricing.billedMinutes(15, 15)).isEqualTo(15);
        assertThat(Pricing.billedMinutes(16, 15)).isEqualTo(30);
        assertThat(Pricing.billedMinutes(7, 1)).isEqualTo(7);
        assertThatThrownBy(() -> Pricing.billedMinutes(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backDatedEntriesArePricedButEntriesAfterThePeriodAreRefused() {
        PricedInvoice invoice = Month.of("STANDARD").entry(1, 1, "2026-09-28", 60).price();
        assertThat(lineOf(invoice, 1).date()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(invoice.subtotal()).isEqualTo(money("75.00"));

        assertThatThrownBy(() -> Month.of("STANDARD").entry(1, 1, "2026-11-01", 60).price())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the period 2026-10");
    }

    @Test
    void theCustomersCurrencyMustBeThePlans() {
        assertThatThrownBy(() -> new PricingRequest(plan("BPS-20"), SubscriptionTerms.startingOn(LocalDate.of(2026, 1, 1)),
                Catalogue.USD, BigDecimal.ZERO, Balances.NONE, YearMonth.of(2026, 10), List.of(), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not convert currencies");
        assertThatThrownBy(() -> Pricing.purchaseCreditBundle(plan("CREDIT-12"), Catalogue.GBP, BigDecimal.ZERO,
                Balances.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vatIsAFractionNotAPercentage() {
        assertThatThrownBy(() -> Month.of("STANDARD").vat("20").price())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.20 for 20 %");
        assertThatThrownBy(() -> Month.of("STANDARD").vat("-0.01").price())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedEntriesAndSubscriptionsAreRefused() {
        assertThatThrownBy(() -> Month.of("STANDARD").entry(1, 1, "2026-10-01", 15).entry(1, 2, "2026-10-02", 15)
                .price()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new WorkEntry(1, 1, "t", "tech", LocalDate.of(2026, 10, 1), 0, 1, Priority.P4, "n",
                true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new WorkEntry(1, 1, "t", "tech", LocalDate.of(2026, 10, 1), 10, 0, Priority.P4, "n",
                true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agents");
        assertThatThrownBy(() -> SubscriptionTerms.startingOn(LocalDate.of(2026, 10, 5))
                .cancelledOn(LocalDate.of(2026, 10, 4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Month.of("BPS-20").subscription(null).price())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subscription is needed");
        assertThatThrownBy(() -> Month.of("BPS-20")
                .subscription(SubscriptionTerms.startingOn(LocalDate.of(2026, 1, 1)).withSeats(2)).price())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only a dedicated-seat plan");
        assertThatThrownBy(() -> Month.of("PAYG").opening("0", 50).price())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of the billing increment");
        assertThatThrownBy(() -> new Balances(new BigDecimal("-1"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubscriptionThatStartsAfterThePeriodIsNotActiveInIt() {
        assertThatThrownBy(() -> Month.of("SHARED-247")
                .subscription(SubscriptionTerms.startingOn(LocalDate.of(2026, 11, 1))).price())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not active in 2026-10");
    }

    @Test
    void prepaidTimeReadsInHoursAndBalancesCompareByAmount() {
        assertThat(new Balances(BigDecimal.ZERO, 45).prepaidHours()).isEqualTo(new BigDecimal("0.75"));
        assertThat(new Balances(BigDecimal.ZERO, 660).prepaidHours()).isEqualTo(new BigDecimal("11.00"));
        assertThat(new Balances(BigDecimal.ZERO, 50).prepaidHours()).isEqualTo(new BigDecimal("0.8333"));
        assertThat(new Balances(new BigDecimal("720"), 0)).isEqualTo(new Balances(new BigDecimal("720.00"), 0))
                .hasSameHashCodeAs(new Balances(new BigDecimal("720.00"), 0));
    }

    @Test
    void theInvoiceCannotBeChangedAfterwards() {
        PricedInvoice invoice = Month.of("STANDARD").entry(1, 1, "2026-10-01", 15).price();

        assertThatThrownBy(() -> invoice.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}

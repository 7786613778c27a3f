package com.quarterhour.billing.pricing;

import static com.quarterhour.billing.pricing.Month.lineOf;
import static com.quarterhour.billing.pricing.Month.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.shared.Priority;
import org.junit.jupiter.api.Test;

/** MANAGED-WORKPLACE: 3 included hours a month that expire, per-use priority rates beyond. */
class ManagedWorkplacePricingTest {

    @Test
    void threeIncludedHoursThenThePerUseRateOfEachEntrysPriority() {
        PricedInvoice invoice = Month.of("MANAGED-WORKPLACE")
                .entry(1, 100, "2026-10-01", 120, Priority.P4)
                .entry(2, 101, "2026-10-02", 90, Priority.P1) // 1 h included, 30 min at $200/h
                .entry(3, 102, "2026-10-03", 40, Priority.P3) // billed 45 min at $120/h
                .price();

        assertThat(invoice.lines()).noneMatch(l -> l.kind() == LineKind.FEE); // the catalogue has no fee for it
        assertThat(lineOf(invoice, 1).description()).isEqualTo("2 h from the included hours (1 h of 3 h left)");
        assertThat(lineOf(invoice, 2).description())
                .isEqualTo("1 h from the included hours (0 min of 3 h left) + 30 min at the P1 per-use rate $200.00/h");
        assertThat(lineOf(invoice, 2).amount()).isEqualTo(money("100.00"));
        assertThat(lineOf(invoice, 3).description())
                .isEqualTo("45 min at the P3 per-use rate $120.00/h (included 3 h used up)");
        assertThat(lineOf(invoice, 3).amount()).isEqualTo(money("90.00"));
        assertThat(invoice.subtotal()).isEqualTo(money("190.00"));
    }

    @Test
    void includedHoursExpireAtTheMonthsEnd() {
        PricedInvoice october = Month.of("MANAGED-WORKPLACE").entry(1, 100, "2026-10-01", 60).price();
        PricedInvoice november = Month.of("MANAGED-WORKPLACE").period("2026-11")
                .entry(2, 100, "2026-11-02", 195, Priority.P2).price();

        assertThat(october.subtotal()).isEqualTo(money("0.00"));
        assertThat(october.closing()).isEqualTo(Balances.NONE); // the 2 unused hours are not carried
        assertThat(november.subtotal()).isEqualTo(money("40.00")); // 3 h included, 15 min at $160/h
    }
}

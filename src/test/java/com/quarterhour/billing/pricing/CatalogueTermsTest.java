package com.quarterhour.billing.pricing;

import static com.quarterhour.billing.pricing.Catalogue.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.catalog.PlanKind;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue migration, read as plan terms, carries the numbers of DESIGN.md's tables. */
class CatalogueTermsTest {

    @Test
    void businessPrioritySupportPackages() {
        assertThat(plan("BPS-20")).extracting(PlanTerms::monthlyFee, PlanTerms::includedMinutes,
                PlanTerms::overageHourlyRate).containsExactly(new BigDecimal("1100.00"), 1200, new BigDecimal("65.00"));
        assertThat(plan("BPS-40")).extracting(PlanTerms::monthlyFee, PlanTerms::includedMinutes,
                PlanTerms::overageHourlyRate).containsExactly(new BigDecimal("2000.00"), 2400, new BigDecimal("65.00"));
        assertThat(plan("BPS-60")).extracting(PlanTerms::monthlyFee, PlanTerms::includedMinutes,
                PlanTerms::overageHourlyRate).containsExactly(new BigDecimal("2700.00"), 3600, new BigDecimal("60.00"));
        assertThat(plan("BPS-100")).extracting(PlanTerms::monthlyFee, PlanTerms::includedMinutes,
                PlanTerms::overageHourlyRate).containsExactly(new BigDecimal("4000.00"), 6000, new BigDecimal("60.00"));
    }

    @Test
    void hourlyAndClientSuccessPlans() {
        assertThat(plan("STANDARD").hourlyRate()).isEqualByComparingTo("75");
        assertThat(plan("PAYG").hourlyRate()).isEqualByComparingTo("70");
        assertThat(plan("PER-USE").perUseRates()).isEqualTo(rates("200.00", "160.00", "120.00", "80.00"));
        assertThat(plan("MANAGED-WORKPLACE").perUseRates()).isEqualTo(rates("200.00", "160.00", "120.00", "80.00"));
        assertThat(plan("MANAGED-WORKPLACE").includedMinutes()).isEqualTo(180);
        assertThat(plan("CREDIT-12").creditRates()).isEqualTo(rates("150.00", "120.00", "90.00", "60.00"));
        assertThat(plan("CREDIT-40").creditRates()).isEqualTo(rates("125.00", "100.00", "75.00", "50.00"));
        assertThat(plan("CREDIT-12").perUseRates()).isEqualTo(plan("PER-USE").perUseRates());
    }

    @Test
    void aCreditBundleCostsItsHoursAtItsP4Rate() {
        for (String code : new String[] {"CREDIT-12", "CREDIT-40"}) {
            PlanTerms bundle = plan(code);
            assertThat(bundle.creditRate(Priority.P4).multiply(BigDecimal.valueOf(bundle.bundleHours())))
                    .isEqualByComparingTo(bundle.bundlePrice());
        }
        assertThat(plan("CREDIT-12").bundlePrice()).isEqualByComparingTo("720");
        assertThat(plan("CREDIT-40").bundlePrice()).isEqualByComparingTo("2000");
    }

    @Test
    void incidentMinuteSharedAndSeatPlans() {
        assertThat(plan("PER-INCIDENT")).extracting(PlanTerms::incidentPrice, PlanTerms::incidentBlockMinutes)
                .containsExactly(new BigDecimal("150.00"), 120);
        assertThat(plan("PER-MINUTE")).extracting(PlanTerms::perMinuteRate, PlanTerms::billingIncrementMinutes)
                .containsExactly(new BigDecimal("1.50"), 1);
        assertThat(plan("SHARED-247")).extracting(PlanTerms::monthlyFee, PlanTerms::includedMinutes,
                PlanTerms::overageHourlyRate).containsExactly(new BigDecimal("900.00"), 900, new BigDecimal("65.00"));
        assertThat(plan("DEDICATED-SEAT").monthlyFee()).isEqualByComparingTo("3200");
        assertThat(Catalogue.all()).filteredOn(p -> p.kind() != PlanKind.PER_MINUTE)
                .allSatisfy(p -> assertThat(p.billingIncrementMinutes()).isEqualTo(15));
    }

    @Test
    void termsThatLackWhatTheirKindNeedsAreRejected() {
        assertThatThrownBy(() -> new PlanTerms("X", PlanKind.MONTHLY_PACKAGE, Catalogue.GBP, 15, new BigDecimal("10"),
                600, null, null, null, null, 0, null, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overageHourlyRate");
        assertThatThrownBy(() -> new PlanTerms("X", PlanKind.PER_USE, Catalogue.USD, 15, null, 0, null, null,
                Map.of(Priority.P1, BigDecimal.TEN), null, 0, null, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P2 is missing");
        assertThatThrownBy(() -> new PlanTerms("X", PlanKind.STANDARD, Catalogue.GBP, 1, null, 0, null,
                new BigDecimal("75"), null, null, 0, null, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 3 minutes");
        assertThatThrownBy(() -> new PlanTerms("X", PlanKind.SHARED, Catalogue.GBP, 15, new BigDecimal("900"), 910,
                new BigDecimal("65"), null, null, null, 0, null, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a multiple");
    }

    private static Map<Priority, BigDecimal> rates(String p1, String p2, String p3, String p4) {
        return Map.of(Priority.P1, new BigDecimal(p1), Priority.P2, new BigDecimal(p2), Priority.P3,
                new BigDecimal(p3), Priority.P4, new BigDecimal(p4));
    }
}

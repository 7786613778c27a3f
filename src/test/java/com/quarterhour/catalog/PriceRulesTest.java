package com.quarterhour.catalog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which terms each kind of plan needs, without Spring. */
class PriceRulesTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void aMonthlyPackageNeedsFeeIncludedHoursAndOverage() {
        assertThatCode(() -> PriceRules.check(PlanKind.MONTHLY_PACKAGE, 15, EUR, monthly("1200.00", "20", "70.00")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PriceRules.check(PlanKind.MONTHLY_PACKAGE, 15, EUR, monthly("1200.00", null, null)))
                .isInstanceOf(DomainException.class)
                .hasMessage("EUR prices of a MONTHLY_PACKAGE plan need includedHours, overageHourlyRate");
    }

    @Test
    void includedHoursAreWholeIncrements() {
        assertThatCode(() -> PriceRules.check(PlanKind.SHARED, 15, EUR, monthly("900", "15.25", "65")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PriceRules.check(PlanKind.SHARED, 15, EUR, monthly("900", "15.1", "65")))
                .hasMessageContaining("multiples of the plan's 15-minute increment");
    }

    @Test
    void aTermTheKindDoesNotUseIsRefused() {
        PriceTerms hourlyWithFee = new PriceTerms(new BigDecimal("10"), null, null, new BigDecimal("75"), null, null,
                null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> PriceRules.check(PlanKind.PAY_AS_YOU_GO, 15, EUR, hourlyWithFee))
                .hasMessage("EUR prices of a PAY_AS_YOU_GO plan have no monthlyFee; it takes hourlyRate and optionally "
                        + "prepaidDiscountMinHours, prepaidDiscountPercent");
    }

    @Test
    void aCreditBundleNeedsBothRateTablesForEveryPriority() {
        Map<Priority, BigDecimal> rates = Map.of(Priority.P1, BigDecimal.TEN, Priority.P2, BigDecimal.TEN,
                Priority.P3, BigDecimal.TEN, Priority.P4, BigDecimal.TEN);
        PriceTerms bundle = new PriceTerms(null, null, null, null, 12, new BigDecimal("120"), null, null, null, null,
                rates, rates, null, null);
        assertThatCode(() -> PriceRules.check(PlanKind.CREDIT_BUNDLE, 15, EUR, bundle)).doesNotThrowAnyException();
        PriceTerms noPerUse = new PriceTerms(null, null, null, null, 12, new BigDecimal("120"), null, null, null, null,
                null, rates, null, null);
        assertThatThrownBy(() -> PriceRules.check(PlanKind.CREDIT_BUNDLE, 15, EUR, noPerUse))
                .hasMessage("EUR prices of a CREDIT_BUNDLE plan need perUseRates");
    }

    @Test
    void aPrepaidDiscountNeedsItsBlockSizeAndIsAPercentage() {
        assertThatCode(() -> PriceRules.check(PlanKind.PAY_AS_YOU_GO, 15, JPY, payg(10, "2.5"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PriceRules.check(PlanKind.PAY_AS_YOU_GO, 15, EUR, payg(null, "5")))
                .hasMessage("EUR prices of a PAY_AS_YOU_GO plan: prepaidDiscountMinHours and prepaidDiscountPercent go "
                        + "together");
        assertThatThrownBy(() -> PriceRules.check(PlanKind.PAY_AS_YOU_GO, 15, EUR, payg(10, "100")))
                .hasMessageContaining("prepaidDiscountPercent must be above 0 and below 100");
    }

    @Test
    void pricesFitTheCurrencysMinorUnit() {
        PriceTerms yen = new PriceTerms(null, null, null, new BigDecimal("9000.5"), null, null, null, null, null, null,
                null, null, null, null);
        assertThatThrownBy(() -> PriceRules.check(PlanKind.STANDARD, 15, JPY, yen))
                .hasMessageContaining("more decimals than JPY's minor unit (0)");
    }

    @Test
    void anHourlyPlanBillsInMultiplesOfThreeMinutes() {
        assertThatCode(() -> PriceRules.checkIncrement(PlanKind.PER_MINUTE, 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PriceRules.checkIncrement(PlanKind.PAY_AS_YOU_GO, 10))
                .hasMessageContaining("must be a multiple of 3");
        assertThatThrownBy(() -> PriceRules.checkIncrement(PlanKind.PAY_AS_YOU_GO, 90))
                .hasMessage("incrementMinutes must be from 1 to 60, was 90");
    }

    private static PriceTerms payg(Integer minHours, String percent) {
        return new PriceTerms(null, null, null, new BigDecimal("8000"), null, null, null, null, null, null, null, null,
                minHours, new BigDecimal(percent));
    }

    private static PriceTerms monthly(String fee, String hours, String overage) {
        return new PriceTerms(new BigDecimal(fee), hours == null ? null : new BigDecimal(hours),
                overage == null ? null : new BigDecimal(overage), null, null, null, null, null, null, null, null, null, null, null);
    }
}

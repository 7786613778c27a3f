package com.quarterhour.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.estimate.Estimate.Requested;
import com.quarterhour.shared.DomainException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstimateTest {

    private static final Currency GBP = Currency.getInstance("GBP");

    private static final Map<String, EstimateComponent> CATALOGUE = Map.of(
            "Standard Pages", new EstimateComponent("WEB_SITE", "Standard Pages", new BigDecimal("1.88")),
            "Secure Login", new EstimateComponent("WEB_SITE", "Secure Login", new BigDecimal("2.00")),
            "Create Email Accounts", new EstimateComponent("HELP_DESK", "Create Email Accounts", new BigDecimal("0.15")),
            "Meetings", new EstimateComponent("WEB_SITE", "Meetings", new BigDecimal("0.00")));

    @Test
    void hoursAreQuantityTimesHoursPerUnitSummed() {
        Estimate estimate = Estimate.of(List.of(new Requested("Standard Pages", 5), new Requested("Secure Login", 1)),
                CATALOGUE);

        assertThat(estimate.lines()).extracting(Estimate.Line::hours)
                .containsExactly(new BigDecimal("9.40"), new BigDecimal("2.00"));
        assertThat(estimate.totalHours()).isEqualByComparingTo("11.40");
        assertThat(estimate.totalMinutes()).isEqualTo(684);
    }

    @Test
    void thePriceIsTheTotalHoursAtTheRateRoundedOnceToTheCent() {
        Estimate estimate = Estimate.of(List.of(new Requested("Create Email Accounts", 3)), CATALOGUE);

        assertThat(estimate.totalHours()).isEqualByComparingTo("0.45");
        assertThat(estimate.totalMinutes()).isEqualTo(27);
        assertThat(estimate.priceAt(new BigDecimal("75.00"), GBP)).contains(new BigDecimal("33.75"));
        assertThat(Estimate.of(List.of(new Requested("Standard Pages", 1)), CATALOGUE).priceAt(new BigDecimal("70.00"), GBP))
                .contains(new BigDecimal("131.60"));
    }

    @Test
    void thePriceIsRoundedToTheCurrencysMinorUnit() {
        // 0.45 h at ¥9,999 is ¥4,499.55: the yen has no minor unit
        assertThat(Estimate.of(List.of(new Requested("Create Email Accounts", 3)), CATALOGUE)
                .priceAt(new BigDecimal("9999"), Currency.getInstance("JPY"))).contains(new BigDecimal("4500"));
    }

    @Test
    void withoutAnHourlyRateThereIsNoPrice() {
        assertThat(Estimate.of(List.of(new Requested("Secure Login", 2)), CATALOGUE).priceAt(null, GBP)).isEmpty();
    }

    @Test
    void aComponentQuotedSeparatelyAddsNoHours() {
        assertThat(Estimate.of(List.of(new Requested("Meetings", 4)), CATALOGUE).totalHours()).isZero();
    }

    @Test
    void anUnknownComponentIsRefusedByName() {
        assertThatThrownBy(() -> Estimate.of(List.of(new Requested("Teleportation", 1)), CATALOGUE))
                .isInstanceOf(DomainException.class).hasMessageContaining("\"Teleportation\"");
    }

    @Test
    void aQuantityOutsideOneToAThousandIsRefused() {
        for (Integer quantity : new Integer[] {0, -1, 1001, null}) {
            assertThatThrownBy(() -> Estimate.of(List.of(new Requested("Secure Login", quantity)), CATALOGUE))
                    .isInstanceOf(DomainException.class).hasMessageContaining("between 1 and 1000");
        }
        assertThat(Estimate.of(List.of(new Requested("Secure Login", 1000)), CATALOGUE).totalHours())
                .isEqualByComparingTo("2000");
    }

    @Test
    void aComponentNamedTwiceOrNoComponentIsRefused() {
        assertThatThrownBy(() -> Estimate.of(List.of(new Requested("Secure Login", 1), new Requested("Secure Login", 2)),
                CATALOGUE)).isInstanceOf(DomainException.class).hasMessageContaining("named twice");
        assertThatThrownBy(() -> Estimate.of(List.of(), CATALOGUE)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Estimate.of(null, CATALOGUE)).isInstanceOf(DomainException.class);
    }
}

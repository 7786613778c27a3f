package com.quarterhour.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VatCategoryTest {

    @Test
    void aRateAboveZeroIsStandardRated() {
        assertThat(VatCategory.of(new BigDecimal("0.19"), "DE", "AT", "ATU12345678")).isEqualTo(VatCategory.STANDARD);
    }

    @Test
    void zeroForABusinessInAnotherMemberStateIsReverseCharge() {
        VatCategory category = VatCategory.of(BigDecimal.ZERO, "DE", "AT", "ATU12345678");

        assertThat(category).isEqualTo(VatCategory.REVERSE_CHARGE);
        assertThat(category.code()).isEqualTo("AE");
        assertThat(category.exemptionReasonCode()).isEqualTo("VATEX-EU-AE");
    }

    @Test
    void anyOtherZeroIsZeroRated() {
        assertThat(VatCategory.of(BigDecimal.ZERO, "DE", "AT", null)).as("no VAT id").isEqualTo(VatCategory.ZERO_RATED);
        assertThat(VatCategory.of(BigDecimal.ZERO, "DE", "DE", "DE987654321")).as("same country")
                .isEqualTo(VatCategory.ZERO_RATED);
        assertThat(VatCategory.of(BigDecimal.ZERO, "GB", "DE", "DE987654321")).as("seller outside the EU")
                .isEqualTo(VatCategory.ZERO_RATED);
        assertThat(VatCategory.of(BigDecimal.ZERO, "DE", "US", "US123")).as("buyer outside the EU")
                .isEqualTo(VatCategory.ZERO_RATED);
    }
}

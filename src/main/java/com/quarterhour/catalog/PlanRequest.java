package com.quarterhour.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * A new plan: its rules and its first prices, one set of terms per currency, in force from the first day of the
 * current month.
 */
public record PlanRequest(
        @Schema(description = "Upper-case letters, digits and dashes, at most 40", example = "GOLD-EU") String code,
        @Schema(example = "Gold support (EU)") String name,
        @Schema(example = "MONTHLY_PACKAGE") PlanKind kind,
        @Schema(description = "Each time entry is billed rounded up to a multiple of this; 1 to 60 minutes, a multiple "
                + "of 3 for plans that charge by the hour", example = "15") Integer incrementMinutes,
        @Schema(description = "Support only with a deposit or payment method on file; false when absent")
        Boolean requiresPaymentMethod,
        @Schema(description = "Supported around the clock; false when absent") Boolean aroundTheClock,
        @Schema(description = "The SLA policy the plan's requests run on; absent: measured only") Long slaPolicyId,
        @Schema(description = "Terms per currency code (ISO 4217), at least one") Map<String, PriceTerms> prices) {
}

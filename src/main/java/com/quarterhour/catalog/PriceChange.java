package com.quarterhour.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;

/** New prices of a plan from the first day of a coming month, for one or more currencies (all or none are saved). */
public record PriceChange(
        @Schema(description = "The first day of a month after the current one", example = "2027-01-01")
        LocalDate effectiveFrom,
        @Schema(description = "Terms per currency code (ISO 4217), at least one") Map<String, PriceTerms> prices) {
}

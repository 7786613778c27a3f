package com.quarterhour.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A plan's price list: its terms in one currency from the first day of a month on, until a later list takes over.
 *
 * @param status IN_FORCE for the list that prices today's month, SCHEDULED for one from a later month, SUPERSEDED
 *               for one that a later list has replaced (it still prices the months it was in force for)
 */
public record PlanPriceList(
        @Schema(example = "EUR") Currency currency,
        @Schema(example = "2027-01-01") LocalDate effectiveFrom,
        @Schema(example = "IN_FORCE") Status status,
        @JsonUnwrapped PriceTerms terms) {

    public enum Status {
        SUPERSEDED, IN_FORCE, SCHEDULED
    }
}

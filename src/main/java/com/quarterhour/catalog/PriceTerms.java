package com.quarterhour.catalog;

import com.quarterhour.shared.Priority;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The money terms of a plan in one currency, as an administrator writes them; which ones a plan needs depends on its
 * kind ({@link PriceRules}). Absent terms are null (or empty for the rate tables).
 */
public record PriceTerms(
        @Schema(description = "Fee per month (per seat for DEDICATED_SEAT)", example = "1300.00") BigDecimal monthlyFee,
        @Schema(description = "Hours included per month; they expire at the month's end", example = "20")
        BigDecimal includedHours,
        @Schema(description = "Price per hour beyond the included hours", example = "75.00") BigDecimal overageHourlyRate,
        @Schema(description = "Price per hour (STANDARD, PAY_AS_YOU_GO)") BigDecimal hourlyRate,
        @Schema(description = "Hours of a credit bundle") Integer bundleHours,
        @Schema(description = "Price of a credit bundle") BigDecimal bundlePrice,
        @Schema(description = "Price of one incident (PER_INCIDENT)") BigDecimal incidentPrice,
        @Schema(description = "Length of one incident in minutes; each further started block is another incident")
        Integer incidentBlockMinutes,
        @Schema(description = "Price of one minute per agent (PER_MINUTE)") BigDecimal perMinuteRate,
        @Schema(description = "Days from the start within which cancelling a DEDICATED_SEAT refunds the unused fee")
        Integer refundWindowDays,
        @Schema(description = "Per-use price per hour by priority (PER_USE, MANAGED_WORKPLACE, and for CREDIT_BUNDLE "
                + "the work its balance cannot cover)") Map<Priority, BigDecimal> perUseRates,
        @Schema(description = "Price per hour drawn from a credit bundle's balance, by priority")
        Map<Priority, BigDecimal> creditRates,
        @Schema(description = "PAY_AS_YOU_GO: prepaid blocks of this many hours or more are discounted")
        Integer prepaidDiscountMinHours,
        @Schema(description = "PAY_AS_YOU_GO: the discount of such a block in percent, above 0 and below 100",
                example = "5") BigDecimal prepaidDiscountPercent) {

    public PriceTerms {
        perUseRates = copy(perUseRates);
        creditRates = copy(creditRates);
    }

    /** A rate left null stays null here, so that {@link PriceRules} can name the priority that lacks one. */
    private static Map<Priority, BigDecimal> copy(Map<Priority, BigDecimal> rates) {
        return rates == null || rates.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(rates));
    }

    /** The included hours in minutes, 0 if none; {@link PriceRules} has checked they are whole minutes. */
    public int includedMinutes() {
        return includedHours == null ? 0 : includedHours.multiply(BigDecimal.valueOf(60)).intValueExact();
    }
}

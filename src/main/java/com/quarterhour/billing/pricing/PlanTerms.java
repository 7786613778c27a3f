package com.quarterhour.billing.pricing;

import com.quarterhour.catalog.PlanKind;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The terms of a support plan as pricing needs them: a plain, immutable copy of the plan's rules and of its price
 * list in force, in one currency.
 *
 * <p>The billing service maps {@code com.quarterhour.catalog.Plan} and its price list (JPA and catalogue types, which
 * the pricing core must not depend on) to this record, field by field, with null / 0 for absent values. A
 * {@link PlanKind#CREDIT_BUNDLE}'s price list carries both its draw-down rates ({@code creditRates}) and the per-use
 * rates of the work its balance cannot cover ({@code perUseRates}); for {@code PER_USE} and {@code MANAGED_WORKPLACE}
 * the per-use rates are what they charge.
 *
 * <p>Which fields a kind needs (the constructor rejects terms that lack them):
 * <ul>
 * <li>{@code MONTHLY_PACKAGE}, {@code SHARED}: monthlyFee, includedMinutes, overageHourlyRate</li>
 * <li>{@code STANDARD}, {@code PAY_AS_YOU_GO}: hourlyRate</li>
 * <li>{@code PER_USE}: perUseRates</li>
 * <li>{@code CREDIT_BUNDLE}: bundleHours, bundlePrice, creditRates, perUseRates</li>
 * <li>{@code MANAGED_WORKPLACE}: includedMinutes, perUseRates (a monthlyFee is charged only if present)</li>
 * <li>{@code PER_INCIDENT}: incidentPrice, incidentBlockMinutes</li>
 * <li>{@code PER_MINUTE}: perMinuteRate (the price of one minute of one agent)</li>
 * <li>{@code DEDICATED_SEAT}: monthlyFee (per seat), refundWindowDays</li>
 * </ul>
 *
 * @param code                    catalogue code, e.g. {@code BPS-20}; shown on fee lines
 * @param kind                    how the plan charges
 * @param currency                currency of every price below
 * @param billingIncrementMinutes each time entry is billed rounded up to a multiple of this (15; 1 per minute)
 * @param monthlyFee              fee per month (per seat for a dedicated seat), or null
 * @param includedMinutes         minutes included per month (they expire at the month's end), 0 if none
 * @param overageHourlyRate       price per hour beyond the included minutes, or null
 * @param hourlyRate              price per hour for STANDARD and PAY_AS_YOU_GO, or null
 * @param perUseRates             per-use price per hour by priority, or empty
 * @param creditRates             credit-bundle draw-down price per hour by priority, or empty
 * @param bundleHours             hours of a credit bundle, 0 if none
 * @param bundlePrice             price of a credit bundle, or null
 * @param incidentPrice           price of one incident, or null
 * @param incidentBlockMinutes    length of one incident (each further started block is another), 0 if none
 * @param perMinuteRate           price of one minute per agent, or null
 * @param refundWindowDays        a dedicated seat cancelled within this many days of its start refunds the unused
 *                                part of the month's fee; 0 for other kinds
 * @param prepaidDiscountMinHours pay as you go: prepaid blocks of this many hours or more are discounted; 0 if none
 * @param prepaidDiscountPercent  pay as you go: the discount of such a block in percent (5 for 5 %), or null
 */
public record PlanTerms(
        String code,
        PlanKind kind,
        Currency currency,
        int billingIncrementMinutes,
        BigDecimal monthlyFee,
        int includedMinutes,
        BigDecimal overageHourlyRate,
        BigDecimal hourlyRate,
        Map<Priority, BigDecimal> perUseRates,
        Map<Priority, BigDecimal> creditRates,
        int bundleHours,
        BigDecimal bundlePrice,
        BigDecimal incidentPrice,
        int incidentBlockMinutes,
        BigDecimal perMinuteRate,
        int refundWindowDays,
        int prepaidDiscountMinHours,
        BigDecimal prepaidDiscountPercent) {

    /**
     * Terms with the default catalogue's refund window and prepaid discount: a dedicated seat gets
     * {@link Pricing#REFUND_WINDOW_DAYS}, pay as you go {@link Pricing#PREPAID_DISCOUNT} off blocks of
     * {@link Pricing#PREPAID_DISCOUNT_MIN_HOURS} hours or more.
     */
    public PlanTerms(String code, PlanKind kind, Currency currency, int billingIncrementMinutes, BigDecimal monthlyFee,
            int includedMinutes, BigDecimal overageHourlyRate, BigDecimal hourlyRate,
            Map<Priority, BigDecimal> perUseRates, Map<Priority, BigDecimal> creditRates, int bundleHours,
            BigDecimal bundlePrice, BigDecimal incidentPrice, int incidentBlockMinutes, BigDecimal perMinuteRate) {
        this(code, kind, currency, billingIncrementMinutes, monthlyFee, includedMinutes, overageHourlyRate, hourlyRate,
                perUseRates, creditRates, bundleHours, bundlePrice, incidentPrice, incidentBlockMinutes, perMinuteRate,
                kind == PlanKind.DEDICATED_SEAT ? Pricing.REFUND_WINDOW_DAYS : 0,
                kind == PlanKind.PAY_AS_YOU_GO ? Pricing.PREPAID_DISCOUNT_MIN_HOURS : 0,
                kind == PlanKind.PAY_AS_YOU_GO ? Pricing.PREPAID_DISCOUNT.movePointRight(2) : null);
    }

    public PlanTerms {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
        perUseRates = copy(perUseRates, "perUseRates");
        creditRates = copy(creditRates, "creditRates");
        if (billingIncrementMinutes < 1) {
            throw invalid(code, "billing increment must be at least 1 minute, was " + billingIncrementMinutes);
        }
        if (prepaidDiscountPercent != null && (prepaidDiscountPercent.signum() <= 0
                || prepaidDiscountPercent.compareTo(BigDecimal.valueOf(100)) >= 0 || prepaidDiscountMinHours < 1)) {
            throw invalid(code, "a prepaid discount is above 0 and below 100 percent, for blocks of at least 1 hour");
        }
        if (includedMinutes < 0 || bundleHours < 0 || incidentBlockMinutes < 0 || refundWindowDays < 0) {
            throw invalid(code, "included minutes, bundle hours, incident block and refund window must not be negative");
        }
        for (BigDecimal price : new BigDecimal[] {monthlyFee, overageHourlyRate, hourlyRate, bundlePrice,
                incidentPrice, perMinuteRate}) {
            if (price != null && price.signum() < 0) {
                throw invalid(code, "prices must not be negative, found " + price);
            }
        }
        switch (kind) {
            case MONTHLY_PACKAGE, SHARED -> {
                require(code, monthlyFee, "monthlyFee");
                require(code, overageHourlyRate, "overageHourlyRate");
                requirePositive(code, includedMinutes, "includedMinutes");
            }
            case STANDARD, PAY_AS_YOU_GO -> require(code, hourlyRate, "hourlyRate");
            case PER_USE -> requireAllPriorities(code, perUseRates, "perUseRates");
            case CREDIT_BUNDLE -> {
                requirePositive(code, bundleHours, "bundleHours");
                require(code, bundlePrice, "bundlePrice");
                requireAllPriorities(code, creditRates, "creditRates");
                requireAllPriorities(code, perUseRates, "perUseRates");
            }
            case MANAGED_WORKPLACE -> {
                requirePositive(code, includedMinutes, "includedMinutes");
                requireAllPriorities(code, perUseRates, "perUseRates");
            }
            case PER_INCIDENT -> {
                require(code, incidentPrice, "incidentPrice");
                requirePositive(code, incidentBlockMinutes, "incidentBlockMinutes");
            }
            case PER_MINUTE -> require(code, perMinuteRate, "perMinuteRate");
            case DEDICATED_SEAT -> require(code, monthlyFee, "monthlyFee");
        }
        if (chargesByTheHour(kind) && billingIncrementMinutes % 3 != 0) {
            // A multiple of 3 minutes is an exact decimal number of hours (15 min = 0.25 h), so that an invoice line's
            // quantity (hours) times its unit price is exactly its amount; 1 minute (0.01666.. h) is not.
            throw invalid(code, "an hourly plan needs a billing increment that is a multiple of 3 minutes, was "
                    + billingIncrementMinutes);
        }
        if (includedMinutes % billingIncrementMinutes != 0) {
            throw invalid(code, "included minutes " + includedMinutes + " are not a multiple of the billing increment "
                    + billingIncrementMinutes);
        }
    }

    /** Per-use price per hour at this priority. */
    public BigDecimal perUseRate(Priority priority) {
        return rate(perUseRates, priority, "per-use");
    }

    /** Credit-bundle draw-down price per hour at this priority. */
    public BigDecimal creditRate(Priority priority) {
        return rate(creditRates, priority, "credit");
    }

    static boolean chargesByTheHour(PlanKind kind) {
        return switch (kind) {
            case MONTHLY_PACKAGE, SHARED, STANDARD, PAY_AS_YOU_GO, PER_USE, CREDIT_BUNDLE, MANAGED_WORKPLACE -> true;
            case PER_INCIDENT, PER_MINUTE, DEDICATED_SEAT -> false;
        };
    }

    private BigDecimal rate(Map<Priority, BigDecimal> rates, Priority priority, String what) {
        BigDecimal rate = rates.get(Objects.requireNonNull(priority, "priority"));
        if (rate == null) {
            throw invalid(code, "has no " + what + " rate for " + priority);
        }
        return rate;
    }

    private static Map<Priority, BigDecimal> copy(Map<Priority, BigDecimal> rates, String name) {
        if (rates == null || rates.isEmpty()) {
            return Map.of();
        }
        EnumMap<Priority, BigDecimal> copy = new EnumMap<>(Priority.class);
        rates.forEach((priority, rate) -> {
            if (rate == null || rate.signum() < 0) {
                throw new IllegalArgumentException(name + " for " + priority + " must be a price >= 0, was " + rate);
            }
            copy.put(priority, rate);
        });
        return Collections.unmodifiableMap(copy);
    }

    private static void require(String code, Object value, String name) {
        if (value == null) {
            throw invalid(code, "needs " + name);
        }
    }

    private static void requirePositive(String code, int value, String name) {
        if (value <= 0) {
            throw invalid(code, "needs " + name + " > 0");
        }
    }

    private static void requireAllPriorities(String code, Map<Priority, BigDecimal> rates, String name) {
        for (Priority priority : Priority.values()) {
            if (!rates.containsKey(priority)) {
                throw invalid(code, "needs " + name + " for every priority; " + priority + " is missing");
            }
        }
    }

    private static IllegalArgumentException invalid(String code, String message) {
        return new IllegalArgumentException("Plan " + code + ": " + message);
    }
}

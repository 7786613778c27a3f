package com.quarterhour.catalog;

import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which money terms each kind of plan needs, and which it may have (shared/DESIGN.md, "A plan's terms by kind"). A
 * term a kind does not use is refused rather than ignored, so that what an administrator writes is what is billed.
 * Plain Java: every rule answers a 400 naming the term.
 */
public final class PriceRules {

    /** Largest increment a plan may bill in: an hour. */
    public static final int MAX_INCREMENT_MINUTES = 60;
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
    private static final int MAX_HOURS = 10_000;

    private PriceRules() {
    }

    /** Needed and allowed terms of each kind. */
    private record Shape(Set<String> needed, Set<String> optional) {
    }

    private static Shape shapeOf(PlanKind kind) {
        return switch (kind) {
            case MONTHLY_PACKAGE, SHARED -> new Shape(Set.of("monthlyFee", "includedHours", "overageHourlyRate"), Set.of());
            case STANDARD -> new Shape(Set.of("hourlyRate"), Set.of());
            case PAY_AS_YOU_GO -> new Shape(Set.of("hourlyRate"),
                    Set.of("prepaidDiscountMinHours", "prepaidDiscountPercent"));
            case PER_USE -> new Shape(Set.of("perUseRates"), Set.of());
            case CREDIT_BUNDLE -> new Shape(Set.of("bundleHours", "bundlePrice", "creditRates", "perUseRates"), Set.of());
            case MANAGED_WORKPLACE -> new Shape(Set.of("includedHours", "perUseRates"), Set.of("monthlyFee"));
            case PER_INCIDENT -> new Shape(Set.of("incidentPrice", "incidentBlockMinutes"), Set.of());
            case PER_MINUTE -> new Shape(Set.of("perMinuteRate"), Set.of());
            case DEDICATED_SEAT -> new Shape(Set.of("monthlyFee", "refundWindowDays"), Set.of());
        };
    }

    /** Whether work on a plan of this kind is charged by the hour (its increment must then be whole hundredths). */
    public static boolean chargesByTheHour(PlanKind kind) {
        return switch (kind) {
            case MONTHLY_PACKAGE, SHARED, STANDARD, PAY_AS_YOU_GO, PER_USE, CREDIT_BUNDLE, MANAGED_WORKPLACE -> true;
            case PER_INCIDENT, PER_MINUTE, DEDICATED_SEAT -> false;
        };
    }

    /** The increment of a plan: 1 to 60 minutes, and a multiple of 3 where work is charged by the hour. */
    public static void checkIncrement(PlanKind kind, Integer incrementMinutes) {
        if (incrementMinutes == null || incrementMinutes < 1 || incrementMinutes > MAX_INCREMENT_MINUTES) {
            throw DomainException.invalid("incrementMinutes must be from 1 to " + MAX_INCREMENT_MINUTES + ", was "
                    + incrementMinutes);
        }
        if (chargesByTheHour(kind) && incrementMinutes % 3 != 0) {
            // 3 minutes are 0.05 h: a multiple of them is an exact number of hours on an invoice line
            throw DomainException.invalid("a " + kind + " plan charges by the hour: incrementMinutes must be a multiple "
                    + "of 3 (15 is a quarter hour), was " + incrementMinutes);
        }
    }

    /** The terms of one currency's price list for a plan of this kind and increment, or a 400 naming what is wrong. */
    public static void check(PlanKind kind, int incrementMinutes, Currency currency, PriceTerms terms) {
        String where = currency.getCurrencyCode() + " prices of a " + kind + " plan";
        if (terms == null) {
            throw DomainException.invalid(where + " are missing");
        }
        Map<String, Object> given = given(terms);
        Shape shape = shapeOf(kind);
        List<String> missing = new ArrayList<>(shape.needed().stream().filter(t -> !given.containsKey(t)).sorted().toList());
        if (!missing.isEmpty()) {
            throw DomainException.invalid(where + " need " + String.join(", ", missing));
        }
        List<String> foreign = given.keySet().stream()
                .filter(t -> !shape.needed().contains(t) && !shape.optional().contains(t)).toList();
        if (!foreign.isEmpty()) {
            throw DomainException.invalid(where + " have no " + String.join(", ", foreign) + "; it takes "
                    + String.join(", ", shape.needed().stream().sorted().toList())
                    + (shape.optional().isEmpty() ? "" : " and optionally "
                            + String.join(", ", shape.optional().stream().sorted().toList())));
        }
        checkPrepaidDiscount(where, terms);
        for (Map.Entry<String, Object> term : given.entrySet()) {
            if (term.getKey().equals("prepaidDiscountPercent")) {
                continue; // a percentage, not money: checked above
            }
            if (term.getValue() instanceof BigDecimal price) {
                checkPrice(where, term.getKey(), price, currency);
            } else if (term.getValue() instanceof Map<?, ?> rates) {
                checkRates(where, term.getKey(), rates, currency);
            } else if (term.getValue() instanceof Integer whole && (whole < 1 || whole > MAX_HOURS)) {
                throw DomainException.invalid(where + ": " + term.getKey() + " must be from 1 to " + MAX_HOURS
                        + ", was " + whole);
            }
        }
        checkIncludedHours(where, terms.includedHours(), incrementMinutes);
    }

    private static Map<String, Object> given(PriceTerms terms) {
        Map<String, Object> given = new LinkedHashMap<>();
        put(given, "monthlyFee", terms.monthlyFee());
        put(given, "overageHourlyRate", terms.overageHourlyRate());
        put(given, "hourlyRate", terms.hourlyRate());
        put(given, "bundleHours", terms.bundleHours());
        put(given, "bundlePrice", terms.bundlePrice());
        put(given, "incidentPrice", terms.incidentPrice());
        put(given, "incidentBlockMinutes", terms.incidentBlockMinutes());
        put(given, "perMinuteRate", terms.perMinuteRate());
        put(given, "refundWindowDays", terms.refundWindowDays());
        put(given, "prepaidDiscountMinHours", terms.prepaidDiscountMinHours());
        if (terms.includedHours() != null) {
            given.put("includedHours", terms.includedHours());
        }
        if (terms.prepaidDiscountPercent() != null) {
            given.put("prepaidDiscountPercent", terms.prepaidDiscountPercent());
        }
        if (!terms.perUseRates().isEmpty()) {
            given.put("perUseRates", terms.perUseRates());
        }
        if (!terms.creditRates().isEmpty()) {
            given.put("creditRates", terms.creditRates());
        }
        return given;
    }

    private static void put(Map<String, Object> given, String name, Object value) {
        if (value != null) {
            given.put(name, value);
        }
    }

    private static void checkPrice(String where, String name, BigDecimal price, Currency currency) {
        if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0) {
            throw DomainException.invalid(where + ": " + name + " must be from 0 to " + MAX_PRICE.toPlainString()
                    + ", was " + price.toPlainString());
        }
        int minorUnit = Math.max(0, currency.getDefaultFractionDigits());
        if (price.stripTrailingZeros().scale() > minorUnit) {
            throw DomainException.invalid(where + ": " + name + " " + price.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + "'s minor unit (" + minorUnit + ")");
        }
    }

    private static void checkRates(String where, String name, Map<?, ?> rates, Currency currency) {
        for (Priority priority : Priority.values()) {
            Object rate = rates.get(priority);
            if (rate == null) {
                throw DomainException.invalid(where + ": " + name + " need a rate for every priority; " + priority
                        + " is missing");
            }
            checkPrice(where, name + "." + priority, (BigDecimal) rate, currency);
        }
    }

    /** Both or neither: a block size and its discount, above 0 and below 100 percent, in hundredths at most. */
    private static void checkPrepaidDiscount(String where, PriceTerms terms) {
        BigDecimal percent = terms.prepaidDiscountPercent();
        if ((terms.prepaidDiscountMinHours() == null) != (percent == null)) {
            throw DomainException.invalid(where + ": prepaidDiscountMinHours and prepaidDiscountPercent go together");
        }
        if (percent != null && (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0
                || percent.stripTrailingZeros().scale() > 2)) {
            throw DomainException.invalid(where + ": prepaidDiscountPercent must be above 0 and below 100 with at most "
                    + "2 decimals, was " + percent.toPlainString());
        }
    }

    private static void checkIncludedHours(String where, BigDecimal hours, int incrementMinutes) {
        if (hours == null) {
            return;
        }
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(MAX_HOURS)) > 0) {
            throw DomainException.invalid(where + ": includedHours must be more than 0 and at most " + MAX_HOURS
                    + ", was " + hours.toPlainString());
        }
        BigDecimal minutes = hours.multiply(BigDecimal.valueOf(60));
        if (minutes.stripTrailingZeros().scale() > 0 || minutes.intValue() % incrementMinutes != 0) {
            throw DomainException.invalid(where + ": includedHours " + hours.toPlainString() + " must be whole "
                    + "multiples of the plan's " + incrementMinutes + "-minute increment");
        }
    }
}

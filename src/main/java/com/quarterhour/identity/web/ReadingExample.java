package com.quarterhour.identity.web;

import com.quarterhour.shared.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;

/**
 * How a date, a time and an amount read in a locale, for the settings page to show before anyone saves, written as
 * the pages write them: "Mon, 30 Nov 2026, 14:00 · £1,234.50" in en-GB, "Mo., 30.11.2026, 14:00 · 1.234,50 £" in de-DE. The amount is in the currency of
 * the installation's default locale (its country's), as a locale changes how money is written, never its currency.
 */
final class ReadingExample {

    private static final Instant MOMENT = Instant.parse("2026-11-30T14:00:00Z");
    private static final BigDecimal AMOUNT = new BigDecimal("1234.50");

    private ReadingExample() {
    }

    static String of(Locale locale, Locale home) {
        Formats formats = Formats.of(locale);
        return formats.dateTimeWithoutZone(MOMENT, ZoneOffset.UTC) + " · " + formats.money(AMOUNT, currencyOf(home));
    }

    /** The locale's name in its own language: "English (United Kingdom)", "Deutsch (Deutschland)". */
    static String nameOf(Locale locale) {
        String name = locale.getDisplayName(locale);
        return name.isEmpty() ? locale.toLanguageTag() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static Currency currencyOf(Locale home) {
        try {
            return Currency.getInstance(home);
        } catch (IllegalArgumentException noCountry) {
            return Currency.getInstance("EUR");
        }
    }
}

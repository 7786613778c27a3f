package com.quarterhour.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How dates, times and money are written for one reader's locale, on every page and mail people read (invoices and
 * their files keep the seller's locale: a legal document is not per reader).
 *
 * <p>The patterns are java.time's localized ones, not written per locale: the medium date and short time of the locale,
 * with the abbreviated weekday put in front the way the locale's full date does it, and the zone's short name after
 * the time, as the reader may be elsewhere:
 * <ul>
 * <li>en-GB: "Mon, 30 Nov 2026, 14:00 GMT"</li>
 * <li>en-US: "Mon, Nov 30, 2026, 9:00 AM EST"</li>
 * <li>de-DE: "Mo., 30.11.2026, 15:00 MEZ"</li>
 * </ul>
 *
 * <p>Money is written as the locale writes an amount of that currency, with the currency's minor digits ("£1,320.00"
 * in en-GB, "1.320,00 £" in de-DE, "¥1,320" in en-US). The locale's symbol for a foreign currency is a bare sign only
 * where its readers cannot mistake it ("CA$" in en-US, "US$" in en-GB, "GBP" in es-ES), so no separate rule adds the
 * code.
 */
public final class Formats {

    /** One per locale: the patterns are worked out once, and people choose among a few locales. */
    private static final Map<Locale, Formats> BY_LOCALE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dateTimeWithoutZone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter month;
    private final DateTimeFormatter shortMonth;

    private Formats(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        String weekday = weekdayPrefix(locale);
        String dateAndTime = pattern(FormatStyle.MEDIUM, FormatStyle.SHORT, locale);
        this.dateTimeWithoutZone = DateTimeFormatter.ofPattern(weekday + dateAndTime, locale);
        this.dateTime = DateTimeFormatter.ofPattern(weekday + dateAndTime + " zzz", locale);
        this.date = DateTimeFormatter.ofPattern(weekday + pattern(FormatStyle.MEDIUM, null, locale), locale);
        // java.time (before 19) has no localized year-month pattern; month and year are written in this order in
        // every offered locale
        this.month = DateTimeFormatter.ofPattern("MMMM y", locale);
        this.shortMonth = DateTimeFormatter.ofPattern("MMM y", locale);
    }

    public static Formats of(Locale locale) {
        return BY_LOCALE.computeIfAbsent(Objects.requireNonNull(locale, "locale"), Formats::new);
    }

    public static Formats of(Viewer viewer) {
        return of(viewer.locale());
    }

    public Locale locale() {
        return locale;
    }

    /** A moment in {@code zone}, with the zone's short name: "Mon, 30 Nov 2026, 14:00 GMT"; null for none. */
    public String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? null : dateTime.format(instant.atZone(zone));
    }

    /** A moment in {@code zone}, for a page that names its zone once: "Mon, 30 Nov 2026, 14:00"; null for none. */
    public String dateTimeWithoutZone(Instant instant, ZoneId zone) {
        return instant == null ? null : dateTimeWithoutZone.format(instant.atZone(zone));
    }

    /** "Mon, 30 Nov 2026"; null for none. */
    public String date(LocalDate day) {
        return day == null ? null : date.format(day);
    }

    /** "November 2026"; null for none. */
    public String month(YearMonth yearMonth) {
        return yearMonth == null ? null : month.format(yearMonth);
    }

    /** "Nov 2026", for a chart's labels; null for none. */
    public String shortMonth(YearMonth yearMonth) {
        return yearMonth == null ? null : shortMonth.format(yearMonth);
    }

    /** The amount with the locale's separators and the currency's minor digits: "£1,320.00"; null for none. */
    public String money(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return null;
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        // setCurrency keeps the locale's own currency's digits: "¥1,320.00" otherwise
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount.setScale(digits, RoundingMode.HALF_UP));
    }

    /** Hours with up to two decimals, as the locale writes a number: "15.25 h", "1,200 h"; de-DE "15,25 h". */
    public String hours(BigDecimal hours) {
        if (hours == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(hours) + " h";
    }

    private static String pattern(FormatStyle date, FormatStyle time, Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time, IsoChronology.INSTANCE, locale);
    }

    /**
     * "EEE, " in en-GB, en-US and de-DE, "EEE " in fr-FR: the abbreviated weekday and what the locale's full date puts
     * between the weekday and the rest. A locale whose full date does not start with the weekday gets a space.
     */
    private static String weekdayPrefix(Locale locale) {
        String full = pattern(FormatStyle.FULL, null, locale);
        if (!full.startsWith("EEEE")) {
            return "EEE ";
        }
        int end = 4;
        while (end < full.length() && !Character.isLetter(full.charAt(end)) && full.charAt(end) != '\'') {
            end++;
        }
        return "EEE" + full.substring(4, end);
    }
}

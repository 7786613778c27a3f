package com.quarterhour.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Rounding and wording of money, hours and durations; package-private helpers of the pricing core. */
public final class Money {

    static final BigDecimal ZERO_QUANTITY = new BigDecimal("0.00");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Money() {
    }

    public static int minorUnit(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency + " has no minor unit; invoices need a real currency");
        }
        return digits;
    }

    /** Half-up to the currency's minor unit: the one rounding each line gets. */
    static BigDecimal round(BigDecimal value, Currency currency) {
        return value.setScale(minorUnit(currency), RoundingMode.HALF_UP);
    }

    static BigDecimal zero(Currency currency) {
        return BigDecimal.ZERO.setScale(minorUnit(currency));
    }

    /** quantity × unitPrice rounded once; zero when there is no unit price. */
    static BigDecimal amount(BigDecimal quantity, BigDecimal unitPrice, Currency currency) {
        if (unitPrice == null) {
            if (quantity.signum() != 0) {
                throw new IllegalStateException("A charged quantity needs a unit price");
            }
            return zero(currency);
        }
        return round(quantity.multiply(unitPrice), currency);
    }

    /** Minutes as an exact number of hours, with at least two decimals (15 min = 0.25). */
    static BigDecimal hours(int minutes) {
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(SIXTY); // exact: increments are multiples of 3 minutes
        return hours.scale() < 2 ? hours.setScale(2) : hours;
    }

    /** "£1,100.00", "$37.50". */
    public static String format(BigDecimal amount, Currency currency) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        int digits = minorUnit(currency);
        format.setMinimumFractionDigits(Math.max(digits, Math.min(amount.stripTrailingZeros().scale(), 4)));
        format.setMaximumFractionDigits(Math.max(digits, 4));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String symbol = currency.getSymbol(Locale.ENGLISH);
        String number = format.format(amount.abs());
        String sign = amount.signum() < 0 ? "-" : "";
        return sign + (symbol.length() == 1 ? symbol + number : symbol + " " + number);
    }
}

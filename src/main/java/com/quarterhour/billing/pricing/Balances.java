package com.quarterhour.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a customer has paid for in advance and not used yet; both carry over from month to month.
 *
 * @param credit         money left of bought credit bundles (drawn down at the bundle's rates), in the invoice currency
 * @param prepaidMinutes pay-as-you-go prepaid time left, in minutes
 */
public record Balances(BigDecimal credit, int prepaidMinutes) {

    public static final Balances NONE = new Balances(BigDecimal.ZERO, 0);

    public Balances {
        Objects.requireNonNull(credit, "credit");
        if (credit.signum() < 0 || prepaidMinutes < 0) {
            throw new IllegalArgumentException("Balances cannot be negative: credit " + credit + ", prepaid minutes "
                    + prepaidMinutes);
        }
    }

    /** Equal when the credit is the same amount, whatever its scale (720 equals 720.00). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Balances that && credit.compareTo(that.credit) == 0
                && prepaidMinutes == that.prepaidMinutes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(credit.stripTrailingZeros(), prepaidMinutes);
    }

    /** Prepaid time left in hours: 660 minutes are 11.00, 45 are 0.75 (4 decimals at most, rounded half-up). */
    public BigDecimal prepaidHours() {
        BigDecimal hours = BigDecimal.valueOf(prepaidMinutes).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return hours.scale() < 2 ? hours.setScale(2) : hours;
    }
}

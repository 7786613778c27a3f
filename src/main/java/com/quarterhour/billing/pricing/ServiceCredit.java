package com.quarterhour.billing.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An approved SLA service credit to put on the invoice: a percentage of the monthly fee for one breach, limited by the
 * month's cap of the policy that promised it.
 *
 * @param breachId    the breach it is for; credits are applied in breach order
 * @param percent     percent of the monthly fee, above 0 and at most 100
 * @param capPercent  the most the month's service credits add up to, percent of the monthly fee; at least
 *                    {@code percent}, at most 100
 * @param description which breach, as the customer reads it (e.g. "ENG-12 Mail server down: P1 response target
 *                    missed on 3 Nov 2026")
 */
public record ServiceCredit(long breachId, BigDecimal percent, BigDecimal capPercent, String description) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ServiceCredit {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(capPercent, "capPercent");
        Objects.requireNonNull(description, "description");
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Service credit for breach " + breachId + ": percent must be above 0 and "
                    + "at most 100, was " + percent);
        }
        if (capPercent.compareTo(percent) < 0 || capPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Service credit for breach " + breachId + ": the cap must be from the "
                    + "percent (" + percent + ") to 100, was " + capPercent);
        }
    }
}

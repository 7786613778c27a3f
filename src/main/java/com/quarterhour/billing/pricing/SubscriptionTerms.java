package com.quarterhour.billing.pricing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The customer's subscription to the plan being priced.
 *
 * @param start       first day of the subscription
 * @param cancelledOn last day of service when cancelled (that day counts as used), or null while active
 * @param seats       number of seats; only a {@code DEDICATED_SEAT} plan may have more than one
 */
public record SubscriptionTerms(LocalDate start, LocalDate cancelledOn, int seats) {

    public SubscriptionTerms {
        Objects.requireNonNull(start, "start");
        if (cancelledOn != null && cancelledOn.isBefore(start)) {
            throw new IllegalArgumentException("A subscription cannot be cancelled (" + cancelledOn
                    + ") before it starts (" + start + ")");
        }
        if (seats < 1) {
            throw new IllegalArgumentException("A subscription has at least one seat, was " + seats);
        }
    }

    /** An active single-seat subscription. */
    public static SubscriptionTerms startingOn(LocalDate start) {
        return new SubscriptionTerms(start, null, 1);
    }

    public SubscriptionTerms cancelledOn(LocalDate lastDay) {
        return new SubscriptionTerms(start, lastDay, seats);
    }

    public SubscriptionTerms withSeats(int count) {
        return new SubscriptionTerms(start, cancelledOn, count);
    }

    /** Whether the subscription runs on at least one day from {@code from} to {@code to}, both included. */
    boolean activeBetween(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (cancelledOn == null || !cancelledOn.isBefore(from));
    }
}

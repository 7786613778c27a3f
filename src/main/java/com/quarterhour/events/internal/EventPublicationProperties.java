package com.quarterhour.events.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quarterhour.events}: the upkeep of the event publication log.
 *
 * @param scheduled whether this node runs the upkeep on its own schedule (the tests run it themselves)
 * @param resubmitEvery how often incomplete publications are resubmitted; one node in the cluster does it per period
 * @param resubmitOlderThan only publications at least this old are resubmitted: younger ones may still be on their way
 *        through their listener, and would be sent twice
 * @param purgeEvery how often completed publications past their retention are deleted
 * @param keepCompletedFor how long a completed publication is kept (to see what was sent) before it is deleted
 */
@ConfigurationProperties("quarterhour.events")
public record EventPublicationProperties(
        @DefaultValue("true") boolean scheduled,
        @DefaultValue("1m") Duration resubmitEvery,
        @DefaultValue("5m") Duration resubmitOlderThan,
        @DefaultValue("1h") Duration purgeEvery,
        @DefaultValue("30d") Duration keepCompletedFor) {

    public EventPublicationProperties {
        requirePositive("resubmit-every", resubmitEvery);
        requirePositive("purge-every", purgeEvery);
        if (resubmitOlderThan.isNegative() || keepCompletedFor.isNegative()) {
            throw new IllegalArgumentException("quarterhour.events.resubmit-older-than and keep-completed-for must not be"
                    + " negative");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("quarterhour.events." + name + " must be positive, was " + value);
        }
    }
}

package com.quarterhour.engagement;

/** A technician set the request to wait for the customer; {@code question} is the public message asking, if any. */
public record CustomerAwaited(long engagementId, long customerId, Long questionMessageId) {
}

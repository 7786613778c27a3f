package com.quarterhour.inbox;

import java.time.Instant;

/**
 * A mail waiting for a coordinator (or sorted by one): who sent it, what it says, why it was held, and what became of
 * it. {@code status} HELD, ASSIGNED (reported for {@code customerId} as {@code engagementId}) or DISCARDED.
 */
public record HeldMailView(long id, String sender, String subject, String text, String reason, Instant receivedAt,
        String status, String decidedBy, Instant decidedAt, Long customerId, Long engagementId) {
}

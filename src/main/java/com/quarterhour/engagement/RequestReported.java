package com.quarterhour.engagement;

/** A request was registered (portal, API, e-mail, Tasklist or an appointment booked); {@code reporterContactId} may be null. */
public record RequestReported(long engagementId, long customerId, Long reporterContactId) {
}

package com.quarterhour.engagement;

/** The request was resolved; the customer may still reply within the reopen window. */
public record RequestResolved(long engagementId, long customerId) {
}

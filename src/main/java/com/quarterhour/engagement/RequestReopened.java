package com.quarterhour.engagement;

/** A customer reply within the reopen window reopened a resolved request: it is back in the technician's work. */
public record RequestReopened(long engagementId, long customerId, long replyMessageId) {
}

package com.quarterhour.engagement;

import java.time.LocalDate;

/**
 * Published when a time entry is recorded or corrected, in the transaction that does it (Tasklist and the API alike); listeners
 * that act once it is committed use {@code @TransactionalEventListener}.
 */
public record TimeCaptured(long engagementId, long customerId, long timeEntryId, LocalDate workDate, int minutes) {
}

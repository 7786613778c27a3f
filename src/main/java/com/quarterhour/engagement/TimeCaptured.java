package com.quarterhour.engagement;

import java.time.LocalDate;

/**
 * Published when a time entry is recorded or corrected, in the transaction that does it (Tasklist and the API alike);
 * listeners that act once it is committed are {@code @ApplicationModuleListener}s: the event publication log keeps it
 * until they have run, on threads of their own.
 */
public record TimeCaptured(long engagementId, long customerId, long timeEntryId, LocalDate workDate, int minutes) {
}

package com.quarterhour.engagement;

import java.time.Duration;

/**
 * The request was resolved; the customer may still reply within {@code reopenWindow} of its completion (once any
 * approvals are decided) to reopen it.
 */
public record RequestResolved(long engagementId, long customerId, Duration reopenWindow) {
}

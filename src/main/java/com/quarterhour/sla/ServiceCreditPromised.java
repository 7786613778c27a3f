package com.quarterhour.sla;

import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A breach was recorded whose policy version promises a service credit for it. Published in the transaction that
 * records the breach, so the proposal is made only once that commits, and again (harmlessly) if it is re-delivered.
 *
 * @param percent    percent of the monthly fee credited for this breach
 * @param capPercent the most the month's credits add up to, percent of the monthly fee
 */
public record ServiceCreditPromised(long breachId, long engagementId, long customerId, String title, ClockKind clock,
        Priority priority, Instant dueAt, Instant breachedAt, BigDecimal percent, BigDecimal capPercent) {
}

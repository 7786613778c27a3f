package com.quarterhour.sla;

import com.quarterhour.shared.Priority;
import java.time.Instant;

/**
 * A booked appointment that has not begun, as {@link SlaService#planned(java.util.Collection)} plans its clocks: the
 * customer, the plan and priority it will start on, and its start.
 */
public record BookedStart(long engagementId, long customerId, String planCode, Priority priority, Instant startsAt) {
}

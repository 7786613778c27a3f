package com.quarterhour.engagement;

import com.quarterhour.shared.Priority;
import java.time.Instant;

/**
 * An engagement that is not completed yet, as the staff board lists it. {@code priority} is the one in force
 * (the coordinator's, or the suggestion until triage); {@code minutesCaptured} adds up its time entries. A booked
 * appointment that has not begun (SCHEDULED) has the plan and suggested priority it will start on, and its start.
 */
public record OpenEngagement(long id, long customerId, String title, Priority priority, EngagementStatus status,
        String planCode, String technician, Instant reportedAt, int minutesCaptured, Instant appointmentStart) {
}

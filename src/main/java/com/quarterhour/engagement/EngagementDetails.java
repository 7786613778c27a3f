package com.quarterhour.engagement;

import com.quarterhour.shared.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** GET /api/engagements/{id}. SLA due times and breaches are filled in by the SLA feature. */
public record EngagementDetails(long id, long customerId, String title, String description, Channel channel,
        Impact impact, boolean travel, boolean offHours, Priority suggestedPriority, Priority priority, boolean billable,
        EngagementStatus status, String planCode, String technician, Instant reportedAt, Instant appointmentStart,
        Instant responseDueAt, Instant resolutionDueAt, Instant firstRespondedAt, Instant resolvedAt,
        Instant completedAt, RootCause rootCause, String resolutionNote, String processInstanceId,
        List<Object> breaches, List<TimeEntryView> timeEntries, int minutesCaptured, List<AdjustmentView> adjustments) {

    public record TimeEntryView(long id, String technician, LocalDate workDate, int minutes, int agents, String note,
            boolean billable, Instant createdAt) {
    }

    public record AdjustmentView(long id, AdjustmentType type, AdjustmentStatus status, String reason,
            String requestedBy, String decidedBy, Instant decidedAt, String decisionComment) {
    }
}

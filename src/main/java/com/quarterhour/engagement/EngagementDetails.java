package com.quarterhour.engagement;

import com.quarterhour.shared.Priority;
import com.quarterhour.sla.BreachView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/engagements/{id}. Due times are null where the plan promises no target, and the resolution due time
 * is null while the resolution clock is paused for the customer. The estimate is null until one is made. The
 * reporter (the customer's contact who reported it, and their name) is null when not known.
 */
public record EngagementDetails(long id, long customerId, String title, String description, Channel channel,
        Impact impact, boolean travel, boolean offHours, Priority suggestedPriority, Priority priority, boolean billable,
        EngagementStatus status, String planCode, String technician, Instant reportedAt, Instant appointmentStart,
        Instant responseDueAt, Instant resolutionDueAt, boolean resolutionClockPaused, Instant firstRespondedAt, Instant resolvedAt,
        Instant completedAt, RootCause rootCause, String resolutionNote, String processInstanceId,
        List<BreachView> breaches, List<TimeEntryView> timeEntries, int minutesCaptured, List<AdjustmentView> adjustments,
        EstimateView estimate, Long reporterContactId, String reporterName) {

    public record TimeEntryView(long id, String technician, LocalDate workDate, int minutes, int agents, String note,
            boolean billable, Instant createdAt) {
    }

    public record AdjustmentView(long id, AdjustmentType type, AdjustmentStatus status, String reason,
            String requestedBy, String decidedBy, Instant decidedAt, String decisionComment) {
    }
}

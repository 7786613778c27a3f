package com.quarterhour.board;

import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.shared.Priority;
import java.time.Instant;

/**
 * One open engagement on the board. Due times are null without a target and while the resolution clock is
 * paused; once a clock has stopped its due time stays, to show what it was measured against.
 */
public record BoardRow(long id, long customerId, String customerName, String planCode, String title, Priority priority,
        EngagementStatus status, String technician, int minutesCaptured, Instant reportedAt,
        Instant responseDueAt, SlaState responseState, Instant resolutionDueAt, SlaState resolutionState,
        SlaState state) {
}

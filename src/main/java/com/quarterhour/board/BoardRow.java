package com.quarterhour.board;

import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.shared.Priority;
import java.time.Instant;

/**
 * One open engagement on the board. Due times are null without a target and while the resolution clock is
 * paused; once a clock has stopped its due time stays, to show what it was measured against.
 *
 * @param timeZone  the customer's time zone, in which the page shows the due times
 * @param slaPolicy the SLA policy and version the request runs on ("Shared support v2"); null when it has none
 * @param calendar  the working time its targets count in: a stored calendar's name, "Office hours" (the customer's
 *                  own, with its country's holidays) or "24/7"; null without a target
 * @param reference the request's reference, its process's business key ("ENG-12"), as Tasklist names its tasks
 * @param taskId    the request's one open task in Tasklist; null when it has none or several (an SLA investigation
 *                  besides its step), where the page links Tasklist's search for the reference instead
 */
public record BoardRow(long id, long customerId, String customerName, String planCode, String title, Priority priority,
        EngagementStatus status, String technician, int minutesCaptured, Instant reportedAt,
        Instant responseDueAt, SlaState responseState, Instant resolutionDueAt, SlaState resolutionState,
        SlaState state, String timeZone, String slaPolicy, String calendar, String reference, String taskId) {
}

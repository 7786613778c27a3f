package com.quarterhour.engagement;

import com.quarterhour.engagement.EngagementDetails.TimeEntryView;
import com.quarterhour.shared.Priority;
import java.time.Instant;
import java.util.List;

/**
 * A completed engagement as month-end billing needs it: its time entries (frozen once the engagement is completed)
 * and whether a manager approved a bug credit or a waiver for it.
 */
public record CompletedWork(long engagementId, long customerId, String title, Priority priority, boolean billable,
        Instant completedAt, List<TimeEntryView> timeEntries, boolean bugCreditApproved, boolean waiverApproved) {

    public CompletedWork {
        timeEntries = List.copyOf(timeEntries);
    }
}

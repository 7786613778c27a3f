package com.quarterhour.billing.pricing;

import com.quarterhour.shared.Priority;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One captured time entry with what pricing needs of its engagement.
 *
 * @param id              the time entry's id; with the work date it fixes the order in which entries use up
 *                        included hours, prepaid hours and the credit balance
 * @param engagementId    the engagement (ticket) the time was spent on
 * @param title           the engagement's title, shown on the line
 * @param technician      who did the work
 * @param workDate        the day the work was done
 * @param minutes         captured minutes, at least 1
 * @param agents          agents on the call, at least 1; multiplies the charge only on per-minute plans
 * @param priority        the priority the work is charged at (priority-rated plans); usually the engagement's
 * @param note            the technician's note on what was done
 * @param billable        false when a coordinator exempted the work from billing
 */
public record WorkEntry(
        long id,
        long engagementId,
        String title,
        String technician,
        LocalDate workDate,
        int minutes,
        int agents,
        Priority priority,
        String note,
        boolean billable) {

    public WorkEntry {
        Objects.requireNonNull(workDate, "workDate");
        Objects.requireNonNull(priority, "priority");
        if (minutes < 1) {
            throw new IllegalArgumentException("Time entry " + id + " has " + minutes + " minutes; at least 1 needed");
        }
        if (agents < 1) {
            throw new IllegalArgumentException("Time entry " + id + " has " + agents + " agents; at least 1 needed");
        }
    }
}

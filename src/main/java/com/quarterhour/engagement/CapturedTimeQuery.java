package com.quarterhour.engagement;

import com.quarterhour.engagement.internal.Adjustment;
import com.quarterhour.engagement.internal.AdjustmentRepository;
import com.quarterhour.engagement.internal.TimeEntry;
import com.quarterhour.engagement.internal.TimeEntryRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only: one customer's captured time between two days, open requests included, for usage meters that run on
 * every time capture. Two queries, however many requests the customer has.
 */
@Service
@Transactional(readOnly = true)
public class CapturedTimeQuery {

    private final TimeEntryRepository timeEntries;
    private final AdjustmentRepository adjustments;

    CapturedTimeQuery(TimeEntryRepository timeEntries, AdjustmentRepository adjustments) {
        this.timeEntries = timeEntries;
        this.adjustments = adjustments;
    }

    /** A time entry as a meter counts it; {@code givenBack} when its request has an approved bug credit or waiver. */
    public record CapturedEntry(LocalDate workDate, int minutes, boolean billable, boolean givenBack) {
    }

    public List<CapturedEntry> ofCustomer(long customerId, LocalDate from, LocalDate to) {
        List<TimeEntry> entries = timeEntries.capturedByCustomerBetween(customerId, from, to);
        if (entries.isEmpty()) {
            return List.of();
        }
        Set<Long> givenBack = adjustments.findByEngagementIdIn(
                        entries.stream().map(TimeEntry::getEngagementId).collect(Collectors.toSet())).stream()
                .filter(a -> a.getStatus() == AdjustmentStatus.APPROVED)
                .map(Adjustment::getEngagementId)
                .collect(Collectors.toSet());
        return entries.stream()
                .map(t -> new CapturedEntry(t.getWorkDate(), t.getMinutes(), t.isBillable(),
                        givenBack.contains(t.getEngagementId())))
                .toList();
    }
}

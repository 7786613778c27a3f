package com.quarterhour.engagement;

import com.quarterhour.engagement.EngagementDetails.TimeEntryView;
import com.quarterhour.engagement.internal.Adjustment;
import com.quarterhour.engagement.internal.AdjustmentRepository;
import com.quarterhour.engagement.internal.CompletedWorkBulkReads;
import com.quarterhour.engagement.internal.Engagement;
import com.quarterhour.engagement.internal.EngagementRepository;
import com.quarterhour.engagement.internal.TimeEntry;
import com.quarterhour.engagement.internal.TimeEntryRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only: completed engagements with their time and approved adjustments, for month-end billing and usage. The
 * invoice shows the customer each entry's note, so a note kept for staff is left out here.
 */
@Service
@Transactional(readOnly = true)
public class CompletedWorkQuery {

    private final EngagementRepository engagements;
    private final TimeEntryRepository timeEntries;
    private final AdjustmentRepository adjustments;
    private final CompletedWorkBulkReads bulk;

    CompletedWorkQuery(EngagementRepository engagements, TimeEntryRepository timeEntries,
            AdjustmentRepository adjustments, CompletedWorkBulkReads bulk) {
        this.engagements = engagements;
        this.timeEntries = timeEntries;
        this.adjustments = adjustments;
        this.bulk = bulk;
    }

    /** Engagements of all customers completed in [from, to). */
    public List<CompletedWork> completedBetween(Instant from, Instant to) {
        return withDetails(engagements.findByStatusAndCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByIdAsc(
                EngagementStatus.COMPLETED, from, to));
    }

    /** One customer's engagements completed in [from, to). */
    public List<CompletedWork> completedBetween(long customerId, Instant from, Instant to) {
        return withDetails(engagements
                .findByCustomerIdAndStatusAndCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByIdAsc(customerId,
                        EngagementStatus.COMPLETED, from, to));
    }

    /**
     * The customers' engagements completed in [from, to) that have time entries, by customer, each list as
     * {@link #completedBetween(long, Instant, Instant)} gives it without the engagements that have none; in two
     * queries however many customers there are. Customers without such work are left out.
     */
    public Map<Long, List<CompletedWork>> withTimeCompletedBetween(Collection<Long> customerIds, Instant from,
            Instant to) {
        return bulk.withTimeCompletedBetween(customerIds, from, to);
    }

    /**
     * Of the work read, the engagements still completed as they were read, with their rows locked until the caller's
     * transaction ends (one statement, in id order). Billing asks so in the transaction that writes the invoice: a
     * customer's reply reopens a request under the same row lock, so whichever comes second sees the other's commit.
     * The reply is refused once the invoice bills the request; the invoice leaves out a request reopened (or reopened
     * and completed again) since its work was read, for a later run to bill once it is completed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Long> lockStillCompleted(Collection<CompletedWork> work) {
        Map<Long, Instant> completed = bulk.lockCompleted(work.stream().map(CompletedWork::engagementId)
                .collect(Collectors.toCollection(TreeSet::new)));
        return work.stream().filter(w -> w.completedAt().equals(completed.get(w.engagementId())))
                .map(CompletedWork::engagementId).collect(Collectors.toSet());
    }

    /** Bug credits and waivers approved at or after {@code since}, in the order they were requested. */
    public List<ApprovedAdjustment> approvedSince(Instant since) {
        return adjustments.findByStatusAndDecidedAtGreaterThanEqualOrderByIdAsc(AdjustmentStatus.APPROVED, since)
                .stream().map(a -> new ApprovedAdjustment(a.getId(), a.getEngagementId(), a.getType(), a.getReason(),
                        a.getDecidedAt())).toList();
    }

    private List<CompletedWork> withDetails(List<Engagement> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Engagement::getId).toList();
        Map<Long, List<TimeEntryView>> entries = new HashMap<>();
        for (TimeEntry t : timeEntries.findByEngagementIdInOrderByWorkDateAscIdAsc(ids)) {
            entries.computeIfAbsent(t.getEngagementId(), id -> new ArrayList<>()).add(new TimeEntryView(t.getId(),
                    t.getTechnician(), t.getWorkDate(), t.getMinutes(), t.getAgents(), t.getNote(), t.isBillable(),
                    t.getCreatedAt(), t.isNotePublic()).asCustomerSees());
        }
        Map<Long, List<Adjustment>> approved = new HashMap<>();
        for (Adjustment a : adjustments.findByEngagementIdIn(ids)) {
            if (a.getStatus() == AdjustmentStatus.APPROVED) {
                approved.computeIfAbsent(a.getEngagementId(), id -> new ArrayList<>()).add(a);
            }
        }
        return found.stream().map(e -> {
            List<Adjustment> decided = approved.getOrDefault(e.getId(), List.of());
            return new CompletedWork(e.getId(), e.getCustomerId(), e.getTitle(), e.getEffectivePriority(),
                    e.isBillable(), e.getCompletedAt(), entries.getOrDefault(e.getId(), List.of()),
                    decided.stream().anyMatch(a -> a.getType() == AdjustmentType.BUG_CREDIT),
                    decided.stream().anyMatch(a -> a.getType() == AdjustmentType.WAIVER));
        }).toList();
    }
}

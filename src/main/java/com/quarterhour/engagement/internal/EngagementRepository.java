package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.shared.Priority;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.Query;

public interface EngagementRepository extends JpaRepository<Engagement, Long>, JpaSpecificationExecutor<Engagement> {

    /**
     * GET /api/engagements: each filter that is given (null: any). The priority is the one in force, as the API shows
     * it: the coordinator's, or the suggestion until triage.
     */
    static Specification<Engagement> matching(Long customerId, EngagementStatus status, Priority priority) {
        return (root, query, cb) -> cb.and(Stream.of(
                        customerId == null ? null : cb.equal(root.get("customerId"), customerId),
                        status == null ? null : cb.equal(root.get("status"), status),
                        priority == null ? null : cb.equal(cb.coalesce(root.<Priority>get("priority"),
                                root.<Priority>get("suggestedPriority")), priority))
                .filter(Objects::nonNull).toArray(Predicate[]::new));
    }

    /** Billing: engagements completed in [from, to). */
    List<Engagement> findByStatusAndCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByIdAsc(EngagementStatus status,
            Instant from, Instant to);

    /** Billing: one customer's engagements completed in [from, to). */
    List<Engagement> findByCustomerIdAndStatusAndCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByIdAsc(
            Long customerId, EngagementStatus status, Instant from, Instant to);

    /** Staff board: who is assigned to engagements in one of these statuses (the open ones), by name. */
    @Query("select distinct e.technician from Engagement e where e.status in :statuses and e.technician is not null"
            + " order by e.technician")
    List<String> findTechniciansAssignedWhileIn(Collection<EngagementStatus> statuses);
}

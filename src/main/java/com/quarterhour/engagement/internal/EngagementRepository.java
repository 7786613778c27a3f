package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.EngagementStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EngagementRepository extends JpaRepository<Engagement, Long>, JpaSpecificationExecutor<Engagement> {

    List<Engagement> findByCustomerIdOrderByReportedAtDesc(Long customerId);

    /** Locks the engagement's row, so a correction of its time and its completion never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Engagement e where e.id = :id")
    Optional<Engagement> findLockedById(@Param("id") Long id);

    /** Billing: engagements completed in [from, to). */
    List<Engagement> findByStatusAndCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByIdAsc(EngagementStatus status,
            Instant from, Instant to);

    /** Billing: one customer's engagements completed in [from, to). */
    List<Engagement> findByCustomerIdAndStatusAndCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByIdAsc(
            Long customerId, EngagementStatus status, Instant from, Instant to);

    /** Staff board: who is assigned to engagements not in the given status (COMPLETED), by name. */
    @Query("select distinct e.technician from Engagement e where e.status <> :status and e.technician is not null"
            + " order by e.technician")
    List<String> findTechniciansAssignedWhileNot(EngagementStatus status);
}

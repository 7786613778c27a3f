package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.EngagementStatus;
import java.time.Instant;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EngagementRepository extends JpaRepository<Engagement, Long> {

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
}

package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.EngagementStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface EngagementRepository extends JpaRepository<Engagement, Long>, JpaSpecificationExecutor<Engagement> {

    List<Engagement> findByCustomerIdOrderByReportedAtDesc(Long customerId);

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

package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.EngagementStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EngagementRepository extends JpaRepository<Engagement, Long> {

    List<Engagement> findByCustomerIdOrderByReportedAtDesc(Long customerId);

    /** Billing: engagements completed in [from, to). */
    List<Engagement> findByStatusAndCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByIdAsc(EngagementStatus status,
            Instant from, Instant to);

    /** Billing: one customer's engagements completed in [from, to). */
    List<Engagement> findByCustomerIdAndStatusAndCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByIdAsc(
            Long customerId, EngagementStatus status, Instant from, Instant to);
}

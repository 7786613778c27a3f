package com.quarterhour.sla.internal;

import com.quarterhour.sla.ClockKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    Optional<SlaClock> findByEngagementIdAndKind(long engagementId, ClockKind kind);

    List<SlaClock> findByEngagementIdOrderByKind(long engagementId);

    List<SlaClock> findByKindAndStartedAtGreaterThanEqualAndStartedAtLessThan(ClockKind kind, Instant from, Instant to);

    /** Re-apply: the clocks not yet stopped that run on any version of this policy. */
    @Query("select c from SlaClock c where c.stoppedAt is null and c.policyVersionId in"
            + " (select v.id from PolicyVersion v where v.policyId = :policyId) order by c.engagementId, c.kind")
    List<SlaClock> findOpenOnPolicy(long policyId);

    List<SlaClock> findByCustomerIdAndStoppedAtIsNull(long customerId);

    /** Read models: the clocks of many engagements in one query. */
    List<SlaClock> findByEngagementIdInOrderByEngagementIdAscKindAsc(Collection<Long> engagementIds);
}

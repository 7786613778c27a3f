package com.quarterhour.sla.internal;

import com.quarterhour.sla.ClockKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    Optional<SlaClock> findByEngagementIdAndKind(long engagementId, ClockKind kind);

    List<SlaClock> findByEngagementIdOrderByKind(long engagementId);

    Optional<SlaClock> findByWatchProcessInstanceId(String processInstanceId);

    List<SlaClock> findByKindAndStartedAtGreaterThanEqualAndStartedAtLessThan(ClockKind kind, Instant from, Instant to);

    /** Read models: the clocks of many engagements in one query. */
    List<SlaClock> findByEngagementIdInOrderByEngagementIdAscKindAsc(Collection<Long> engagementIds);
}

package com.quarterhour.sla.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SlaBreachRepository extends JpaRepository<SlaBreach, Long> {

    List<SlaBreach> findByEngagementIdOrderByBreachedAtAsc(long engagementId);

    List<SlaBreach> findByEngagementIdInOrderByBreachedAtAsc(Collection<Long> engagementIds);

    Optional<SlaBreach> findFirstByClockIdOrderByBreachedAtDesc(long clockId);

    /** Read models: how many breaches each clock of these engagements has (clocks without any are left out). */
    @Query("select b.clockId as clockId, count(b) as breaches from SlaBreach b"
            + " where b.engagementId in :engagementIds group by b.clockId")
    List<BreachesPerClock> countPerClock(Collection<Long> engagementIds);

    interface BreachesPerClock {

        Long getClockId();

        Long getBreaches();
    }
}

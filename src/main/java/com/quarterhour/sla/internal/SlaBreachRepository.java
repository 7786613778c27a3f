package com.quarterhour.sla.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaBreachRepository extends JpaRepository<SlaBreach, Long> {

    List<SlaBreach> findByEngagementIdOrderByBreachedAtAsc(long engagementId);
}

package com.quarterhour.engagement.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

    List<TimeEntry> findByEngagementIdOrderByWorkDateAscIdAsc(Long engagementId);

    List<TimeEntry> findByEngagementIdInOrderByWorkDateAscIdAsc(Collection<Long> engagementIds);
}

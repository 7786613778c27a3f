package com.quarterhour.engagement.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

    List<TimeEntry> findByEngagementIdOrderByWorkDateAscIdAsc(Long engagementId);

    List<TimeEntry> findByEngagementIdInOrderByWorkDateAscIdAsc(Collection<Long> engagementIds);

    /** Staff board: the minutes captured on each of these engagements that has any, in one query. */
    @Query("select t.engagementId as engagementId, sum(t.minutes) as minutes from TimeEntry t"
            + " where t.engagementId in :engagementIds group by t.engagementId")
    List<MinutesPerEngagement> minutesPerEngagement(Collection<Long> engagementIds);

    interface MinutesPerEngagement {

        Long getEngagementId();

        Long getMinutes();
    }
}

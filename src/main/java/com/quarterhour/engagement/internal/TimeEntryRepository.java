package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.AdjustmentStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

    List<TimeEntry> findByEngagementIdOrderByWorkDateAscIdAsc(Long engagementId);

    List<TimeEntry> findByEngagementIdInOrderByWorkDateAscIdAsc(Collection<Long> engagementIds);

    /**
     * Usage meters: a customer's billable time worked on days from {@code from} to {@code to}, whatever its request's
     * status, except on requests whose bug credit or waiver was approved (given back); counted per entry length, so
     * that the meter rounds each entry as billing does without reading every entry.
     */
    @Query("select t.minutes as minutes, count(t) as entries from TimeEntry t"
            + " where t.workDate between :from and :to and t.billable = true"
            + " and t.engagementId in (select e.id from Engagement e where e.customerId = :customerId)"
            + " and not exists (select a.id from Adjustment a where a.engagementId = t.engagementId and a.status = :givenBack)"
            + " group by t.minutes")
    List<EntriesOfLength> billableByLength(@Param("customerId") long customerId, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("givenBack") AdjustmentStatus givenBack);

    interface EntriesOfLength {

        Integer getMinutes();

        Long getEntries();
    }

    /** Staff board: the minutes captured on each of these engagements that has any, in one query. */
    @Query("select t.engagementId as engagementId, sum(t.minutes) as minutes from TimeEntry t"
            + " where t.engagementId in :engagementIds group by t.engagementId")
    List<MinutesPerEngagement> minutesPerEngagement(Collection<Long> engagementIds);

    interface MinutesPerEngagement {

        Long getEngagementId();

        Long getMinutes();
    }
}

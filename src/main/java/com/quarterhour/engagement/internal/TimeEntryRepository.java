package com.quarterhour.engagement.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;

public interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

    List<TimeEntry> findByEngagementIdOrderByWorkDateAscIdAsc(Long engagementId);

    List<TimeEntry> findByEngagementIdInOrderByWorkDateAscIdAsc(Collection<Long> engagementIds);

    /** Usage meters: a customer's time worked on days from {@code from} to {@code to}, whatever its request's status. */
    @Query("select t from TimeEntry t where t.workDate between :from and :to"
            + " and t.engagementId in (select e.id from Engagement e where e.customerId = :customerId)")
    List<TimeEntry> capturedByCustomerBetween(@Param("customerId") long customerId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** Staff board: the minutes captured on each of these engagements that has any, in one query. */
    @Query("select t.engagementId as engagementId, sum(t.minutes) as minutes from TimeEntry t"
            + " where t.engagementId in :engagementIds group by t.engagementId")
    List<MinutesPerEngagement> minutesPerEngagement(Collection<Long> engagementIds);

    interface MinutesPerEngagement {

        Long getEngagementId();

        Long getMinutes();
    }
}

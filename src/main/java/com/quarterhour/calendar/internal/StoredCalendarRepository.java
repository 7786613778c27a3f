package com.quarterhour.calendar.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StoredCalendarRepository extends JpaRepository<StoredCalendar, Long> {

    /** Names are unique ignoring case: "Scotland office" and "scotland office" would be one calendar to a reader. */
    Optional<StoredCalendar> findByNameIgnoreCase(String name);

    List<StoredCalendar> findAllByOrderByNameAsc();

    /** The calendar's version alone: whether a calendar built earlier is still the stored one. */
    @Query("select c.version from StoredCalendar c where c.id = :id")
    Optional<Long> findVersionById(@Param("id") long id);

    /** {@link #findVersionById} for many calendars, in one query; ids that do not exist are left out. */
    @Query("select c.id as id, c.version as version from StoredCalendar c where c.id in :ids")
    List<IdVersion> findVersionsByIdIn(@Param("ids") Collection<Long> ids);

    interface IdVersion {

        Long getId();

        Long getVersion();
    }
}

package com.quarterhour.calendar.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredCalendarRepository extends JpaRepository<StoredCalendar, Long> {

    /** Names are unique ignoring case: "Scotland office" and "scotland office" would be one calendar to a reader. */
    Optional<StoredCalendar> findByNameIgnoreCase(String name);

    List<StoredCalendar> findAllByOrderByNameAsc();
}

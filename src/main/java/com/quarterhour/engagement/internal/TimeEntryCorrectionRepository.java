package com.quarterhour.engagement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimeEntryCorrectionRepository extends JpaRepository<TimeEntryCorrection, Long> {

    List<TimeEntryCorrection> findByTimeEntryIdOrderByIdAsc(Long timeEntryId);
}

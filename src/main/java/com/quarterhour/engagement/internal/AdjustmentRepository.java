package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.AdjustmentStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdjustmentRepository extends JpaRepository<Adjustment, Long> {

    List<Adjustment> findByEngagementIdOrderByIdAsc(Long engagementId);

    List<Adjustment> findByEngagementIdIn(Collection<Long> engagementIds);

    List<Adjustment> findByEngagementIdInOrderByIdAsc(Collection<Long> engagementIds);

    List<Adjustment> findByStatusAndDecidedAtGreaterThanEqualOrderByIdAsc(AdjustmentStatus status, Instant since);
}

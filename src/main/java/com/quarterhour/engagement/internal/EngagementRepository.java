package com.quarterhour.engagement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EngagementRepository extends JpaRepository<Engagement, Long> {

    List<Engagement> findByCustomerIdOrderByReportedAtDesc(Long customerId);
}

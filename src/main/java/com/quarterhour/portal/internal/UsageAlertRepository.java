package com.quarterhour.portal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UsageAlertRepository extends JpaRepository<UsageAlert, Long> {

    boolean existsByCustomerIdAndPeriodAndThresholdPercent(long customerId, String period, int thresholdPercent);

    List<UsageAlert> findByCustomerIdAndPeriodOrderByThresholdPercentAsc(long customerId, String period);
}

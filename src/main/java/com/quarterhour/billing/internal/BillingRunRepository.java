package com.quarterhour.billing.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BillingRunRepository extends JpaRepository<BillingRun, Long> {

    Optional<BillingRun> findByRunningPeriod(String period);
}

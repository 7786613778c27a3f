package com.quarterhour.billing.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BillingRunRepository extends JpaRepository<BillingRun, Long> {
}

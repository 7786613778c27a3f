package com.quarterhour.catalog.internal;

import com.quarterhour.catalog.Plan;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, String> {
}

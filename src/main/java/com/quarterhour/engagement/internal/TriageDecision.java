package com.quarterhour.engagement.internal;

import com.quarterhour.shared.Priority;

/** The coordinator's decision; addPlanCode puts a customer without a plan on one. */
public record TriageDecision(Priority priority, Boolean billable, String technician, String addPlanCode,
        boolean paymentMethodOnFile) {
}

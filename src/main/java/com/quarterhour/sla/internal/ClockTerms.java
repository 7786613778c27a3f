package com.quarterhour.sla.internal;

import com.quarterhour.shared.Priority;
import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.SlaTarget;
import java.util.Optional;

/**
 * The terms a clock runs on: the policy version (none: measured, no target) and the stored business calendar (none:
 * the customer's office hours).
 */
public record ClockTerms(Optional<PolicyVersion> policy, Optional<Long> calendarId) {

    public static final ClockTerms NONE = new ClockTerms(Optional.empty(), Optional.empty());

    public Optional<SlaTarget> target(ClockKind kind, Priority priority) {
        return policy.flatMap(version -> version.target(kind, priority));
    }

    public Long policyVersionId() {
        return policy.map(PolicyVersion::getId).orElse(null);
    }
}

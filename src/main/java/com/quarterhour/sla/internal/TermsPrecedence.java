package com.quarterhour.sla.internal;

import java.util.Optional;

/**
 * Which terms a request runs on, the one place that decides it. Policy: the customer's contract, else its plan's
 * policy, else none (the clocks are measured, with no target). Business calendar: the customer's contract, else none,
 * which means the customer's office hours (Mon-Fri 09:00-17:00 in its zone, its country's holidays).
 */
public final class TermsPrecedence {

    /** The policy (not yet its version) and the stored calendar a request runs on; empty means the fallback above. */
    public record Chosen(Optional<Long> policyId, Optional<Long> calendarId) {
    }

    private TermsPrecedence() {
    }

    public static Chosen choose(Optional<Long> contractPolicyId, Optional<Long> contractCalendarId,
            Optional<Long> planPolicyId) {
        return new Chosen(contractPolicyId.or(() -> planPolicyId), contractCalendarId);
    }
}

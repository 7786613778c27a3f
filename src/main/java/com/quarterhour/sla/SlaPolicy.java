package com.quarterhour.sla;

import com.quarterhour.catalog.PlanKind;
import com.quarterhour.shared.Priority;
import java.time.Duration;
import java.util.Optional;

/**
 * The SLA table of shared/DESIGN.md: which response and resolution targets a plan promises at a priority.
 * Plans without a target (pay-as-you-go, standard rate, per incident, per minute, dedicated seat) answer
 * as soon as possible: their clocks still run and are measured, but never warn or breach.
 */
public final class SlaPolicy {

    static final SlaTarget FOUR_BUSINESS_HOURS = new SlaTarget(Duration.ofHours(4), CalendarKind.BUSINESS_HOURS);
    static final SlaTarget ONE_HOUR_24_7 = new SlaTarget(Duration.ofHours(1), CalendarKind.AROUND_THE_CLOCK);
    static final SlaTarget HALF_HOUR_24_7 = new SlaTarget(Duration.ofMinutes(30), CalendarKind.AROUND_THE_CLOCK);
    static final SlaTarget FOUR_HOURS_24_7 = new SlaTarget(Duration.ofHours(4), CalendarKind.AROUND_THE_CLOCK);

    private SlaPolicy() {
    }

    public static Optional<SlaTarget> target(ClockKind clock, PlanKind plan, Priority priority) {
        return clock == ClockKind.RESPONSE ? responseTarget(plan, priority) : resolutionTarget(plan);
    }

    private static Optional<SlaTarget> responseTarget(PlanKind plan, Priority priority) {
        return switch (plan) {
            case MONTHLY_PACKAGE -> Optional.of(FOUR_BUSINESS_HOURS);
            case PER_USE, CREDIT_BUNDLE, MANAGED_WORKPLACE ->
                    Optional.of(priority == Priority.P1 ? ONE_HOUR_24_7 : FOUR_BUSINESS_HOURS);
            case SHARED -> Optional.of(HALF_HOUR_24_7);
            case PAY_AS_YOU_GO, STANDARD, PER_INCIDENT, PER_MINUTE, DEDICATED_SEAT -> Optional.empty();
        };
    }

    private static Optional<SlaTarget> resolutionTarget(PlanKind plan) {
        return plan == PlanKind.SHARED ? Optional.of(FOUR_HOURS_24_7) : Optional.empty();
    }

    /** Seed 002: shared support answers 90% of valid queries within its response target. */
    public static Optional<Double> complianceGoal(PlanKind plan) {
        return plan == PlanKind.SHARED ? Optional.of(0.90) : Optional.empty();
    }
}

package com.quarterhour.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.catalog.PlanKind;
import com.quarterhour.shared.Priority;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The SLA table of shared/DESIGN.md, row by row. */
class SlaPolicyTest {

    @ParameterizedTest(name = "{0} {1}: response {2} min in {3}")
    @CsvSource({
            "MONTHLY_PACKAGE, P1, 240, BUSINESS_HOURS",
            "MONTHLY_PACKAGE, P4, 240, BUSINESS_HOURS",
            "PER_USE, P1, 60, AROUND_THE_CLOCK",
            "PER_USE, P2, 240, BUSINESS_HOURS",
            "CREDIT_BUNDLE, P1, 60, AROUND_THE_CLOCK",
            "CREDIT_BUNDLE, P3, 240, BUSINESS_HOURS",
            "MANAGED_WORKPLACE, P1, 60, AROUND_THE_CLOCK",
            "MANAGED_WORKPLACE, P4, 240, BUSINESS_HOURS",
            "SHARED, P1, 30, AROUND_THE_CLOCK",
            "SHARED, P4, 30, AROUND_THE_CLOCK"})
    void responseTargets(PlanKind plan, Priority priority, int minutes, CalendarKind calendar) {
        assertThat(SlaPolicy.target(ClockKind.RESPONSE, plan, priority))
                .contains(new SlaTarget(Duration.ofMinutes(minutes), calendar));
    }

    @ParameterizedTest
    @EnumSource(value = PlanKind.class, names = {"PAY_AS_YOU_GO", "STANDARD", "PER_INCIDENT", "PER_MINUTE", "DEDICATED_SEAT"})
    void asSoonAsPossiblePlansAreMeasuredWithoutATarget(PlanKind plan) {
        for (Priority priority : Priority.values()) {
            assertThat(SlaPolicy.target(ClockKind.RESPONSE, plan, priority)).isEmpty();
            assertThat(SlaPolicy.target(ClockKind.RESOLUTION, plan, priority)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(PlanKind.class)
    void onlySharedSupportPromisesAResolutionTimeAndAComplianceGoal(PlanKind plan) {
        boolean shared = plan == PlanKind.SHARED;
        assertThat(SlaPolicy.target(ClockKind.RESOLUTION, plan, Priority.P2).isPresent()).isEqualTo(shared);
        assertThat(SlaPolicy.complianceGoal(plan).isPresent()).isEqualTo(shared);
        if (shared) {
            assertThat(SlaPolicy.target(ClockKind.RESOLUTION, plan, Priority.P2))
                    .contains(new SlaTarget(Duration.ofHours(4), CalendarKind.AROUND_THE_CLOCK));
            assertThat(SlaPolicy.complianceGoal(plan)).contains(0.90);
        }
    }

    @ParameterizedTest
    @CsvSource({"240, 180", "60, 45", "30, 22"})
    void theWarningComesAtThreeQuarters(int targetMinutes, int warningMinutes) {
        SlaTarget target = new SlaTarget(Duration.ofMinutes(targetMinutes), CalendarKind.AROUND_THE_CLOCK);
        assertThat(target.warningAfter()).isBetween(Duration.ofMinutes(warningMinutes), Duration.ofMinutes(warningMinutes + 1));
    }
}

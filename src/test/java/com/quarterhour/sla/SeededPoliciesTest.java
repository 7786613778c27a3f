package com.quarterhour.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.shared.Priority;
import com.quarterhour.sla.internal.ClockTerms;
import com.quarterhour.sla.internal.SlaTerms;
import com.quarterhour.support.QuarterhourTest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The policies the catalogue is seeded with give, row by row, the targets of shared/DESIGN.md's table, which were a
 * Java table before policies became data: the demo's promises are unchanged.
 */
@QuarterhourTest
class SeededPoliciesTest {

    /** A customer id without contract terms: the plan's policy applies. */
    private static final long NO_CONTRACT = -1;

    @Autowired SlaTerms terms;
    @Autowired SlaPolicies policies;

    @ParameterizedTest(name = "{0} {1}: response {2} min in {3}")
    @CsvSource({
            "BPS-20, P1, 240, BUSINESS_HOURS",
            "BPS-100, P4, 240, BUSINESS_HOURS",
            "PER-USE, P1, 60, AROUND_THE_CLOCK",
            "PER-USE, P2, 240, BUSINESS_HOURS",
            "CREDIT-12, P1, 60, AROUND_THE_CLOCK",
            "CREDIT-40, P3, 240, BUSINESS_HOURS",
            "MANAGED-WORKPLACE, P1, 60, AROUND_THE_CLOCK",
            "MANAGED-WORKPLACE, P4, 240, BUSINESS_HOURS",
            "SHARED-247, P1, 30, AROUND_THE_CLOCK",
            "SHARED-247, P4, 30, AROUND_THE_CLOCK"})
    void responseTargets(String plan, Priority priority, int minutes, CalendarKind calendar) {
        Optional<SlaTarget> target = of(plan).target(ClockKind.RESPONSE, priority);
        assertThat(target.map(SlaTarget::duration)).contains(Duration.ofMinutes(minutes));
        assertThat(target.map(SlaTarget::calendar)).contains(calendar);
        assertThat(target.map(SlaTarget::warnAtPercent)).contains(75);
        assertThat(target.flatMap(SlaTarget::escalationLevel)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAYG", "STANDARD", "PER-INCIDENT", "PER-MINUTE", "DEDICATED-SEAT"})
    void asSoonAsPossiblePlansHaveNoPolicyAndAreMeasuredWithoutATarget(String plan) {
        ClockTerms none = of(plan);
        assertThat(none.policy()).isEmpty();
        for (Priority priority : Priority.values()) {
            assertThat(none.target(ClockKind.RESPONSE, priority)).isEmpty();
            assertThat(none.target(ClockKind.RESOLUTION, priority)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"BPS-40", "PER-USE", "CREDIT-12", "MANAGED-WORKPLACE", "SHARED-247"})
    void onlySharedSupportPromisesAResolutionTimeAndAComplianceGoal(String plan) {
        boolean shared = plan.equals("SHARED-247");
        ClockTerms seeded = of(plan);
        assertThat(seeded.target(ClockKind.RESOLUTION, Priority.P2).isPresent()).isEqualTo(shared);
        assertThat(seeded.policy().orElseThrow().getGoalPercent().isPresent()).isEqualTo(shared);
        if (shared) {
            assertThat(seeded.target(ClockKind.RESOLUTION, Priority.P2))
                    .contains(new SlaTarget(Duration.ofHours(4), CalendarKind.AROUND_THE_CLOCK));
            assertThat(seeded.policy().orElseThrow().getGoalPercent()).contains(90);
        }
    }

    @Test
    void theSeededPoliciesAreListedByName() {
        assertThat(policies.list()).extracting(PolicyDetails::name)
                .contains("Business Priority Support", "Client Success", "Shared support");
        PolicyDetails shared = policies.list().stream().filter(p -> p.name().equals("Shared support")).findFirst().orElseThrow();
        assertThat(shared.targets()).containsExactly(
                new TargetRequest(Priority.P1, 30, 240, "24/7"), new TargetRequest(Priority.P2, 30, 240, "24/7"),
                new TargetRequest(Priority.P3, 30, 240, "24/7"), new TargetRequest(Priority.P4, 30, 240, "24/7"));
        assertThat(shared.goalPercent()).isEqualTo(90);
        assertThat(shared.warnAtPercent()).isEqualTo(75);
    }

    private ClockTerms of(String plan) {
        return terms.current(NO_CONTRACT, plan);
    }
}

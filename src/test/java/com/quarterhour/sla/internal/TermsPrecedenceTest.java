package com.quarterhour.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.sla.internal.TermsPrecedence.Chosen;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract over plan over none, for the policy; contract over office hours, for the calendar. */
class TermsPrecedenceTest {

    private static final Optional<Long> NONE = Optional.empty();

    @Test
    void theContractsPolicyOverridesThePlans() {
        assertThat(TermsPrecedence.choose(Optional.of(7L), NONE, Optional.of(1L)).policyId()).contains(7L);
    }

    @Test
    void withoutAContractPolicyThePlansApplies() {
        assertThat(TermsPrecedence.choose(NONE, Optional.of(3L), Optional.of(1L)))
                .isEqualTo(new Chosen(Optional.of(1L), Optional.of(3L)));
    }

    @Test
    void withNeitherThereIsNoPolicyAndTheOfficeHoursApply() {
        assertThat(TermsPrecedence.choose(NONE, NONE, NONE)).isEqualTo(new Chosen(NONE, NONE));
    }

    @Test
    void aContractPolicyAppliesEvenWhenThePlanHasNone() {
        assertThat(TermsPrecedence.choose(Optional.of(7L), NONE, NONE)).isEqualTo(new Chosen(Optional.of(7L), NONE));
    }

    @Test
    void theContractsCalendarIsKeptWhicheverPolicyApplies() {
        assertThat(TermsPrecedence.choose(Optional.of(7L), Optional.of(3L), Optional.of(1L)))
                .isEqualTo(new Chosen(Optional.of(7L), Optional.of(3L)));
    }
}

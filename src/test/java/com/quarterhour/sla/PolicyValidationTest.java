package com.quarterhour.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** What an administrator may write as an SLA policy, and the words of each refusal. */
class PolicyValidationTest {

    private static final TargetRequest P1 = new TargetRequest(Priority.P1, 60, 480, "24/7");
    private static final TargetRequest P2 = new TargetRequest(Priority.P2, 240, null, "BUSINESS");

    @Test
    void aValidPolicyIsStoredTrimmedInPriorityOrderWithTheDefaultWarning() {
        PolicyRequest valid = PolicyValidation.validated(
                new PolicyRequest("  Gold  ", List.of(P2, new TargetRequest(Priority.P1, 60, 480, "24/7")), null, 90, 150,
                        " head@example.com "));
        assertThat(valid.name()).isEqualTo("Gold");
        assertThat(valid.targets()).extracting(TargetRequest::priority).containsExactly(Priority.P1, Priority.P2);
        assertThat(valid.warnAtPercent()).isEqualTo(75);
        assertThat(valid.escalateTo()).isEqualTo("head@example.com");
    }

    @Test
    void theCalendarIsBusinessOr247InAnyCase() {
        PolicyRequest valid = policy(List.of(new TargetRequest(Priority.P3, 30, null, "business")), null, null, null, null);
        assertThat(valid.targets().get(0).calendar()).isEqualTo("BUSINESS");
        refused(List.of(new TargetRequest(Priority.P3, 30, null, "weekdays")), null, null, null, null,
                "calendar must be \"BUSINESS\"");
        refused(List.of(new TargetRequest(Priority.P3, 30, null, null)), null, null, null, null, "calendar must be");
    }

    @Test
    void eachPriorityOnceWithAtLeastOneTargetOfAtLeastAMinute() {
        refused(List.of(P1, new TargetRequest(Priority.P1, 30, null, "24/7")), null, null, null, null,
                "Priority P1 has more than one target row");
        refused(Arrays.asList(new TargetRequest(null, 30, null, "24/7")), null, null, null, null, "needs a priority");
        refused(List.of(new TargetRequest(Priority.P2, 0, null, "24/7")), null, null, null, null,
                "P2 responseMinutes must be from 1");
        refused(List.of(new TargetRequest(Priority.P2, null, -5, "24/7")), null, null, null, null,
                "P2 resolutionMinutes must be from 1");
        refused(List.of(new TargetRequest(Priority.P2, null, null, "24/7")), null, null, null, null,
                "needs responseMinutes, resolutionMinutes or both");
        refused(List.of(), null, null, null, null, "targets are required");
        refused(null, null, null, null, null, "targets are required");
    }

    @Test
    void percentsStayInTheirRanges() {
        refused(List.of(P1), 0, null, null, null, "warnAtPercent must be from 1 to 99");
        refused(List.of(P1), 100, null, null, null, "warnAtPercent must be from 1 to 99");
        refused(List.of(P1), null, 0, null, null, "goalPercent must be from 1 to 100");
        refused(List.of(P1), null, 101, null, null, "goalPercent must be from 1 to 100");
        assertThat(policy(List.of(P1), 1, 100, null, null).goalPercent()).isEqualTo(100);
        assertThat(policy(List.of(P1), 99, 1, null, null).warnAtPercent()).isEqualTo(99);
    }

    @Test
    void anEscalationIsPastTheBreachAndHasAnAddress() {
        refused(List.of(P1), null, null, 100, "head@example.com", "escalateAtPercent must be above 100");
        refused(List.of(P1), null, null, 150, null, "escalateTo is required with escalateAtPercent");
        refused(List.of(P1), null, null, 150, "  ", "escalateTo is required with escalateAtPercent");
        refused(List.of(P1), null, null, null, "head@example.com", "escalateTo needs escalateAtPercent");
        refused(List.of(P1), null, null, 150, "not an address", "escalateTo must be an e-mail address");
        assertThat(policy(List.of(P1), null, null, 101, "head@example.com").escalateAtPercent()).isEqualTo(101);
    }

    @Test
    void aNameIsRequired() {
        assertThatThrownBy(() -> PolicyValidation.validated(new PolicyRequest(" ", List.of(P1), null, null, null, null)))
                .hasMessageContaining("name is required");
        assertThatThrownBy(() -> PolicyValidation.validated(new PolicyRequest("x".repeat(201), List.of(P1), null, null,
                null, null))).hasMessageContaining("at most 200 characters");
    }

    @Test
    void aServiceCreditIsAShareOfTheFeeUpTo100PercentWithACapAtLeastAsLarge() {
        PolicyRequest valid = credit("5.00", "25.0");
        assertThat(valid.targets().get(0).serviceCreditPercent()).isEqualTo(new BigDecimal("5"));
        assertThat(valid.serviceCreditCapPercent()).isEqualTo(new BigDecimal("25"));
        assertThat(credit("2.5", "100").serviceCreditCapPercent()).isEqualTo(new BigDecimal("100"));
        assertThat(credit("5", "5").targets().get(0).serviceCreditPercent()).isEqualTo(new BigDecimal("5"));

        creditRefused("0", "10", "The P1 serviceCreditPercent must be above 0 and at most 100");
        creditRefused("-5", "10", "The P1 serviceCreditPercent must be above 0 and at most 100");
        creditRefused("100.01", "100", "The P1 serviceCreditPercent must be above 0 and at most 100");
        creditRefused("2.125", "10", "The P1 serviceCreditPercent has at most two decimals");
        creditRefused("5", "101", "serviceCreditCapPercent must be above 0 and at most 100");
        creditRefused("10", "5", "serviceCreditCapPercent (5) must be at least every target's serviceCreditPercent "
                + "(up to 10)");
        creditRefused("5", null, "serviceCreditCapPercent is required with a serviceCreditPercent");
        creditRefused(null, "25", "serviceCreditCapPercent needs a target with serviceCreditPercent");
    }

    private static PolicyRequest credit(String percent, String cap) {
        return PolicyValidation.validated(new PolicyRequest("Gold", List.of(new TargetRequest(Priority.P1, 60, null,
                "24/7", percent == null ? null : new BigDecimal(percent)), P2), null, null, null, null,
                cap == null ? null : new BigDecimal(cap)));
    }

    private static void creditRefused(String percent, String cap, String message) {
        assertThatThrownBy(() -> credit(percent, cap))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST))
                .hasMessageContaining(message);
    }

    private static PolicyRequest policy(List<TargetRequest> targets, Integer warn, Integer goal, Integer escalateAt,
            String escalateTo) {
        return PolicyValidation.validated(new PolicyRequest("Gold", targets, warn, goal, escalateAt, escalateTo));
    }

    private static void refused(List<TargetRequest> targets, Integer warn, Integer goal, Integer escalateAt,
            String escalateTo, String message) {
        assertThatThrownBy(() -> policy(targets, warn, goal, escalateAt, escalateTo))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST))
                .hasMessageContaining(message);
    }
}

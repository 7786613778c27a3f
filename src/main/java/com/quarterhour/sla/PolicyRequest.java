package com.quarterhour.sla;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * An SLA policy as an administrator writes it: per priority its targets, when it warns (percent of the target, 75 by
 * default), the share of requests it promises within target (goal), an optional second escalation level, and an
 * optional service credit per breach (percent of the monthly fee per priority, capped per month).
 */
public record PolicyRequest(
        @Schema(example = "Gold support") String name,
        List<TargetRequest> targets,
        @Schema(description = "Percent of the target at which the assignee is warned, 1 to 99; 75 when absent",
                example = "75") Integer warnAtPercent,
        @Schema(description = "Percent of requests promised within target, 1 to 100, for the compliance report",
                example = "90") Integer goalPercent,
        @Schema(description = "Percent of the target (above 100) at which an unanswered breach is escalated",
                example = "150") Integer escalateAtPercent,
        @Schema(description = "Who is mailed at the escalation; required with escalateAtPercent",
                example = "head-of-support@example.com") String escalateTo,
        @Schema(description = "The most a month's service credits add up to, percent of the monthly fee: at least "
                + "every target's serviceCreditPercent and at most 100; required when a target promises a credit",
                example = "25") BigDecimal serviceCreditCapPercent) {

    /** A policy that promises no service credit. */
    public PolicyRequest(String name, List<TargetRequest> targets, Integer warnAtPercent, Integer goalPercent,
            Integer escalateAtPercent, String escalateTo) {
        this(name, targets, warnAtPercent, goalPercent, escalateAtPercent, escalateTo, null);
    }
}

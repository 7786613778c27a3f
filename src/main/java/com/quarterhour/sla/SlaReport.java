package com.quarterhour.sla;

import java.util.List;

/**
 * GET /api/reports/sla: response compliance per plan and per SLA policy for requests whose response clock started in
 * the period. Times are working minutes in the target's calendar (around the clock for clocks without a target).
 */
public record SlaReport(String period, String timeZone, List<PlanCompliance> plans, List<PolicyCompliance> policies) {

    /**
     * The requests that ran on a version of this policy (by its current name); the fields mean what they mean per
     * plan. Requests without a policy are in the plans' rows only.
     */
    public record PolicyCompliance(long policyId, String policyName, Integer targetMinutes, int requests, int responded,
            int evaluated, int respondedWithinTarget, Double complianceRatio, Long medianResponseMinutes,
            Long p90ResponseMinutes, Double goal, Boolean meetsGoal) {
    }

    /**
     * @param requests               response clocks started in the period
     * @param responded              of those, answered so far
     * @param evaluated              with a target, and answered or already past due
     * @param respondedWithinTarget  answered within the target
     * @param complianceRatio        respondedWithinTarget / evaluated; null without a target or nothing to judge
     * @param goal                   the promised share of the policy the requests ran on (shared support: 0.90), or
     *                               null when they ran on none or on policies with different goals
     * @param meetsGoal              whether the ratio reaches the goal; null without a goal or ratio
     */
    public record PlanCompliance(String planCode, Integer targetMinutes, int requests, int responded, int evaluated,
            int respondedWithinTarget, Double complianceRatio, Long medianResponseMinutes, Long p90ResponseMinutes,
            Double goal, Boolean meetsGoal) {
    }
}

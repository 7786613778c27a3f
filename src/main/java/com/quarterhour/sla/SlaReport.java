package com.quarterhour.sla;

import java.util.List;

/**
 * GET /api/reports/sla: response compliance per plan for requests whose response clock started in the period.
 * Times are working minutes in the target's calendar (around the clock for plans without a target).
 */
public record SlaReport(String period, String timeZone, List<PlanCompliance> plans) {

    /**
     * @param requests               response clocks started in the period
     * @param responded              of those, answered so far
     * @param evaluated              with a target, and answered or already past due
     * @param respondedWithinTarget  answered within the target
     * @param complianceRatio        respondedWithinTarget / evaluated; null without a target or nothing to judge
     * @param goal                   the plan's promised share (shared support: 0.90), or null
     * @param meetsGoal              whether the ratio reaches the goal; null without a goal or ratio
     */
    public record PlanCompliance(String planCode, Integer targetMinutes, int requests, int responded, int evaluated,
            int respondedWithinTarget, Double complianceRatio, Long medianResponseMinutes, Long p90ResponseMinutes,
            Double goal, Boolean meetsGoal) {
    }
}

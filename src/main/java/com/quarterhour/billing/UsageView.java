package com.quarterhour.billing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * GET /api/customers/{id}/usage?period=: the hours of the period's completed work against the plan's allowance, the
 * balances, and a cheaper Business Priority Support plan when one would have cost less over the last whole months the
 * customer was subscribed (see {@code billing.pricing.PlanRecommendation}).
 */
public record UsageView(long customerId, String period, String planCode, Currency currency, BigDecimal includedHours,
        BigDecimal usedHours, BigDecimal remainingHours, BigDecimal overageHours, BigDecimal creditBalance,
        BigDecimal prepaidHours, Recommendation recommendation) {

    /**
     * @param planCode         the cheaper plan
     * @param months           the months compared (at most three, whole months on a subscription), oldest first
     * @param currentCost      what the months cost (before VAT) under the plans the customer had
     * @param recommendedCost  what the same work would have cost under {@code planCode} (fee included)
     * @param saving           currentCost − recommendedCost
     * @param reason           the comparison in words: "BPS-20 would have cost £3,300.00 over Aug–Oct 2026 against
     *                         the £8,100.00 you paid (before VAT): £4,800.00 less"
     */
    public record Recommendation(String planCode, String planName, List<String> months, BigDecimal currentCost,
            BigDecimal recommendedCost, BigDecimal saving, String reason) {
    }
}

package com.quarterhour.billing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * GET /api/customers/{id}/usage?period=: the hours of the period's completed work against the plan's allowance, the
 * balances, and a cheaper Business Priority Support plan when one would have covered the last three months for less.
 */
public record UsageView(long customerId, String period, String planCode, Currency currency, BigDecimal includedHours,
        BigDecimal usedHours, BigDecimal remainingHours, BigDecimal overageHours, BigDecimal creditBalance,
        BigDecimal prepaidHours, Recommendation recommendation) {

    /**
     * @param planCode         the cheaper plan
     * @param months           the three months compared, oldest first
     * @param currentCost      what the months cost (before VAT) under the plans the customer had
     * @param recommendedCost  what the same work would have cost under {@code planCode} (fee included)
     * @param saving           currentCost − recommendedCost
     */
    public record Recommendation(String planCode, String planName, List<String> months, BigDecimal currentCost,
            BigDecimal recommendedCost, BigDecimal saving, String reason) {
    }
}

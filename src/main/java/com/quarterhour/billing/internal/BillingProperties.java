package com.quarterhour.billing.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code quarterhour.billing.review-threshold.<currency>}: a monthly invoice whose total exceeds the amount of its
 * currency goes to a manager's "Review invoice" task before it is issued. A currency without a threshold is always
 * reviewed (nobody set a limit for it, so nothing is issued unseen).
 *
 * <p>{@code quarterhour.billing.batch-size}: how many customers one job of month-end billing prices, drafts and
 * issues together (default {@value #DEFAULT_BATCH_SIZE}); it bounds the memory a job needs.
 */
@ConfigurationProperties("quarterhour.billing")
public record BillingProperties(Map<String, BigDecimal> reviewThreshold, Integer batchSize) {

    /** Customers priced, drafted and issued together in one job of month-end billing. */
    public static final int DEFAULT_BATCH_SIZE = 100;

    public BillingProperties {
        if (batchSize == null) {
            batchSize = DEFAULT_BATCH_SIZE;
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("quarterhour.billing.batch-size must be at least 1, was " + batchSize);
        }
        Map<String, BigDecimal> normalized = new TreeMap<>();
        if (reviewThreshold != null) {
            reviewThreshold.forEach((currency, amount) -> normalized.put(currency.toUpperCase(Locale.ROOT), amount));
        }
        reviewThreshold = Map.copyOf(normalized);
    }

    public boolean needsReview(Currency currency, BigDecimal total) {
        BigDecimal threshold = reviewThreshold.get(currency.getCurrencyCode());
        return threshold == null || total.compareTo(threshold) > 0;
    }
}

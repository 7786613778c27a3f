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
 */
@ConfigurationProperties("quarterhour.billing")
public record BillingProperties(Map<String, BigDecimal> reviewThreshold) {

    public BillingProperties {
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

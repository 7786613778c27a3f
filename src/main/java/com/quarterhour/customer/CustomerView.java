package com.quarterhour.customer;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

/** What other features may know of a customer; {@code billingDetails} is never null (its fields may be). */
public record CustomerView(long id, String name, Currency currency, ZoneId timeZone, String country,
        BigDecimal vatRate, String managerUsername, boolean paymentMethodOnFile, Optional<SubscriptionView> subscription,
        BillingDetails billingDetails) {

    public Optional<String> activePlanCode() {
        return subscription.map(SubscriptionView::planCode);
    }
}

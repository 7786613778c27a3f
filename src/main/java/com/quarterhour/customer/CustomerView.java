package com.quarterhour.customer;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

/** What other features may know of a customer. */
public record CustomerView(long id, String name, Currency currency, ZoneId timeZone, String country,
        BigDecimal vatRate, String managerUsername, boolean paymentMethodOnFile, Optional<SubscriptionView> subscription) {

    public Optional<String> activePlanCode() {
        return subscription.map(SubscriptionView::planCode);
    }
}

package com.quarterhour.customer;

import java.util.List;

/** A customer as {@link CustomerService#get} gives it, with all its subscriptions (latest start first). */
public record CustomerWithSubscriptions(CustomerView customer, List<SubscriptionView> subscriptions) {

    public CustomerWithSubscriptions {
        subscriptions = List.copyOf(subscriptions);
    }
}

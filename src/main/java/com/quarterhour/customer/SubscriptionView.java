package com.quarterhour.customer;

import java.time.LocalDate;

public record SubscriptionView(long id, long customerId, String planCode, LocalDate startDate, String status,
        LocalDate cancelledOn) {
}

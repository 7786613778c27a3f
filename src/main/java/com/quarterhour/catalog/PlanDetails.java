package com.quarterhour.catalog;

import java.time.Instant;
import java.util.List;

/** A plan as the API shows it: its rules and its price lists, superseded, in force and scheduled. */
public record PlanDetails(String code, String name, PlanKind kind, int incrementMinutes, boolean requiresPaymentMethod,
        boolean aroundTheClock, Long slaPolicyId, Instant retiredAt, List<PlanPriceList> prices) {
}

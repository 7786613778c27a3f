package com.quarterhour.sla;

/** A customer's contract terms as they stand; null where the customer has none of its own. */
public record TermsDetails(long customerId, Long slaPolicyId, Long calendarId) {
}

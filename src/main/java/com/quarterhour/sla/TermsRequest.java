package com.quarterhour.sla;

import io.swagger.v3.oas.annotations.media.Schema;

/** A customer's contract terms: its own SLA policy and/or business calendar; null falls back to the plan's. */
public record TermsRequest(
        @Schema(description = "The policy the customer's requests run on; absent: its plan's policy", example = "4")
        Long slaPolicyId,
        @Schema(description = "The business calendar its targets count in; absent: its office hours (Mon-Fri "
                + "09:00-17:00 in its time zone, its country's holidays)", example = "2") Long calendarId) {
}

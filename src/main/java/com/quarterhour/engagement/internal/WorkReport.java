package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.RootCause;
import java.time.LocalDate;

/**
 * One pass of work: time spent and, when resolving, the root cause and an optional waiver request. A pass may
 * instead leave the request waiting for the customer.
 */
public record WorkReport(LocalDate workDate, Integer minutes, Integer agents, String note, boolean resolve, boolean waitForCustomer,
        RootCause rootCause, String resolutionNote, boolean waiverRequested, String waiverReason) {
}

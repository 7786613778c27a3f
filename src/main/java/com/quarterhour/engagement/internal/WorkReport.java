package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.RootCause;
import java.time.LocalDate;

/**
 * One pass of work: time spent (its note shown to the customer or kept for staff) and, when resolving, the root cause
 * and an optional waiver request. A pass may instead leave the request waiting for the customer. The public reply, if
 * any, is posted to the customer (when waiting, it is the question).
 */
public record WorkReport(LocalDate workDate, Integer minutes, Integer agents, String note, boolean notePublic,
        boolean resolve, boolean waitForCustomer, RootCause rootCause, String resolutionNote, boolean waiverRequested,
        String waiverReason, String publicReply) {
}

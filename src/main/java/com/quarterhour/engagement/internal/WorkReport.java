package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.RootCause;
import java.time.LocalDate;

/** One pass of work: time spent and, when resolving, the root cause and an optional waiver request. */
public record WorkReport(LocalDate workDate, Integer minutes, Integer agents, String note, boolean resolve,
        RootCause rootCause, String resolutionNote, boolean waiverRequested, String waiverReason) {
}

package com.quarterhour.sla;

import java.time.Instant;
import java.util.List;

/** The SLA side of an engagement: due times (null without a target, or while paused) and breaches. */
public record SlaStatus(Instant responseDueAt, Instant resolutionDueAt, boolean resolutionPaused, List<BreachView> breaches) {

    public static final SlaStatus NOT_STARTED = new SlaStatus(null, null, false, List.of());
}

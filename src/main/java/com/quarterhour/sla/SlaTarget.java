package com.quarterhour.sla;

import java.time.Duration;

/** A promised time and the working time it counts in. The warning comes at three quarters of it. */
public record SlaTarget(Duration duration, CalendarKind calendar) {

    public Duration warningAfter() {
        return duration.multipliedBy(3).dividedBy(4);
    }
}

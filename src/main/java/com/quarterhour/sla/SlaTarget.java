package com.quarterhour.sla;

import java.time.Duration;
import java.util.Optional;

/**
 * A promised time, the working time it counts in, when it warns (a share of the target, 75% by default) and,
 * optionally, when an unanswered breach escalates a second time.
 */
public record SlaTarget(Duration duration, CalendarKind calendar, int warnAtPercent, Escalation escalation) {

    public static final int DEFAULT_WARN_AT_PERCENT = 75;

    /** The second escalation level: at this share of the target (above 100), mail this address. */
    public record Escalation(int atPercent, String mailTo) {
    }

    public SlaTarget(Duration duration, CalendarKind calendar) {
        this(duration, calendar, DEFAULT_WARN_AT_PERCENT, null);
    }

    public Duration warningAfter() {
        return share(warnAtPercent);
    }

    public Optional<Escalation> escalationLevel() {
        return Optional.ofNullable(escalation);
    }

    public Optional<Duration> escalationAfter() {
        return escalationLevel().map(level -> share(level.atPercent()));
    }

    private Duration share(int percent) {
        return Duration.ofSeconds(duration.toSeconds() * percent / 100);
    }
}

package com.quarterhour.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Waits for the asynchronous listeners of the event publication log (alert mails): once a test's events have no
 * incomplete publication left, every listener of theirs has run and every event those published is recorded.
 * Built by a test from the application's registry.
 */
public class EventPublications {

    private final EventPublicationRegistry registry;

    public EventPublications(EventPublicationRegistry registry) {
        this.registry = registry;
    }

    /** Polls until no incomplete publication has an event that matches. */
    public void awaitCompleted(Predicate<Object> events) {
        await().atMost(Duration.ofMinutes(1)).until(() -> incomplete(events) == 0);
    }

    /** How many publications of matching events are incomplete. */
    public long incomplete(Predicate<Object> events) {
        return registry.findIncompletePublications().stream().map(TargetEventPublication::getEvent).filter(events).count();
    }
}

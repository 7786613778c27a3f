package com.quarterhour.events.internal;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Resubmits incomplete event publications (a mail server was down, a node died before its listener ran) and deletes
 * completed ones past their retention.
 * <p>
 * With several nodes on one database, resubmission runs under a lock row that is held for a whole period: a second
 * node resubmitting within it would send again the mails the first is still sending. Resubmitting is at-least-once:
 * a mail sent by a node that died before marking it complete is sent again.
 */
@Component
public class EventPublicationUpkeep {

    static final String RESUBMISSION_LOCK = "resubmit-incomplete-event-publications";

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final LockingTaskExecutor locks;
    private final EventPublicationProperties properties;

    EventPublicationUpkeep(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            LockingTaskExecutor locks, EventPublicationProperties properties) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.locks = locks;
        this.properties = properties;
    }

    /** Resubmits the incomplete publications older than the configured age, unless another node did in this period. */
    public void resubmitIncomplete() {
        locks.executeWithLock((Runnable) () -> incomplete.resubmitIncompletePublicationsOlderThan(
                properties.resubmitOlderThan()), new LockConfiguration(ClockProvider.now(), RESUBMISSION_LOCK,
                properties.resubmitEvery(), properties.resubmitEvery()));
    }

    /** Deletes completed publications past their retention; two nodes doing it at once delete the same rows, harmlessly. */
    public void purgeCompleted() {
        completed.deletePublicationsOlderThan(properties.keepCompletedFor());
    }
}

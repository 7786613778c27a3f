package com.quarterhour.inbox.internal;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the new (unseen) mails of the support mailbox and hands each to the {@link Inbox}; a mail it took in is then
 * marked seen, or moved to the processed folder. One node of a cluster polls at a time (a lock row in the shedlock
 * table). A mail that fails (the database is down) stays unseen and is read again at the next poll; the inbox
 * recognises by its Message-ID one it had taken in before the failure.
 */
@Component
public class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    static final String LOCK = "inbox-poll";
    /** A node that dies while polling holds the lock at most this long. */
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);
    /** Connecting and reading give up after this long, rather than hold the poll (and its lock) for ever. */
    private static final String TIMEOUT_MILLIS = "30000";

    private final InboxProperties properties;
    private final Inbox inbox;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    MailboxPoller(InboxProperties properties, Inbox inbox, LockingTaskExecutor locks, Clock clock) {
        this.properties = properties;
        this.inbox = inbox;
        this.locks = locks;
        this.clock = clock;
    }

    /** Reads the mailbox once, unless another node is reading it now. */
    public void poll() {
        locks.executeWithLock((Runnable) this::readMailbox,
                new LockConfiguration(ClockProvider.now(), LOCK, LOCK_AT_MOST, Duration.ZERO));
    }

    private void readMailbox() {
        try (Store store = session().getStore(properties.protocol())) {
            store.connect(properties.host(), properties.port(), properties.username(), properties.password());
            Folder folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    take(folder, (MimeMessage) message);
                }
            } finally {
                folder.close(true);
            }
        } catch (MessagingException unreachable) {
            log.warn("The mailbox {}@{} could not be read: {}", properties.username(), properties.host(),
                    unreachable.getMessage());
        }
    }

    private void take(Folder folder, MimeMessage message) throws MessagingException {
        try {
            inbox.receive(MailReader.read(message, clock.instant()));
        } catch (IOException | RuntimeException failed) {
            // left unseen: read again at the next poll
            log.error("A mail of the mailbox could not be taken in; it is read again at the next poll", failed);
            return;
        }
        if (properties.movesProcessed()) {
            Folder processed = folder.getStore().getFolder(properties.processedFolder());
            if (!processed.exists()) {
                processed.create(Folder.HOLDS_MESSAGES);
            }
            folder.copyMessages(new Message[] {message}, processed);
            message.setFlag(Flags.Flag.DELETED, true);
        } else {
            message.setFlag(Flags.Flag.SEEN, true);
        }
    }

    private Session session() {
        Properties mail = new Properties();
        String prefix = "mail." + properties.protocol() + ".";
        mail.put(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        mail.put(prefix + "timeout", TIMEOUT_MILLIS);
        return Session.getInstance(mail);
    }
}

package com.quarterhour.inbox.internal;

import com.quarterhour.engagement.Impact;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quarterhour.inbox}: the support mailbox that customers write to.
 *
 * @param enabled whether this installation polls the mailbox at all (off by default)
 * @param host the IMAP server
 * @param port its port (143 for imap, 993 for imaps by convention)
 * @param protocol {@code imap} or {@code imaps}
 * @param username the mailbox login
 * @param password its password
 * @param folder the folder read for new (unseen) mails
 * @param pollInterval how often the mailbox is read; one node of a cluster reads it per interval
 * @param processedFolder where a mail is moved once acted on; when blank it is only marked seen and stays in
 *        {@code folder}
 * @param impact the impact a request reported by e-mail starts with (a mail does not say; the coordinator's triage
 *        sets the priority)
 */
@ConfigurationProperties("quarterhour.inbox")
public record InboxProperties(
        @DefaultValue("false") boolean enabled,
        String host,
        @DefaultValue("993") int port,
        @DefaultValue("imaps") String protocol,
        String username,
        String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("1m") Duration pollInterval,
        String processedFolder,
        @DefaultValue("PARTIALLY_IMPAIRED") Impact impact) {

    public InboxProperties {
        if (!"imap".equals(protocol) && !"imaps".equals(protocol)) {
            throw new IllegalArgumentException("quarterhour.inbox.protocol must be imap or imaps, was " + protocol);
        }
        if (pollInterval.isZero() || pollInterval.isNegative()) {
            throw new IllegalArgumentException("quarterhour.inbox.poll-interval must be positive, was " + pollInterval);
        }
        if (enabled && (isBlank(host) || isBlank(username))) {
            throw new IllegalArgumentException("quarterhour.inbox.host and username are required when the inbox is enabled");
        }
    }

    public boolean movesProcessed() {
        return !isBlank(processedFolder);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

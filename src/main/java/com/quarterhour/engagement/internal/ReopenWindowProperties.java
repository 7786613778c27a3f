package com.quarterhour.engagement.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code quarterhour.conversation.reopen-window}: how long after its completion a customer's reply reopens a request
 * (default {@value #DEFAULT}); after it the request is closed and a reply is refused (report a new request).
 */
@ConfigurationProperties("quarterhour.conversation")
public record ReopenWindowProperties(Duration reopenWindow) {

    static final String DEFAULT = "P7D";

    public ReopenWindowProperties {
        if (reopenWindow == null) {
            reopenWindow = Duration.parse(DEFAULT);
        }
        if (reopenWindow.isNegative()) {
            throw new IllegalArgumentException("quarterhour.conversation.reopen-window must not be negative, was "
                    + reopenWindow);
        }
    }
}

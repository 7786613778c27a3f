package com.quarterhour.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the request mails say beyond the request: {@code quarterhour.portal.url}, the portal that their links open,
 * and {@code quarterhour.conversation.reopen-window}, how long after a resolution the customer's reply reopens it.
 */
@ConfigurationProperties("quarterhour")
record RequestMailProperties(@DefaultValue Portal portal, @DefaultValue Conversation conversation) {

    record Portal(@DefaultValue("http://localhost:8080/portal") String url) {
    }

    record Conversation(@DefaultValue("P7D") Duration reopenWindow) {
    }

    /** The portal's page of the request (never an API path: the customer reads it logged in to the portal). */
    String requestLink(long engagementId) {
        return portal.url().replaceAll("/+$", "") + "/requests/" + engagementId;
    }
}

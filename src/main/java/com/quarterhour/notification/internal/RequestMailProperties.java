package com.quarterhour.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code quarterhour.portal.url}: the portal that the request mails' links open. */
@ConfigurationProperties("quarterhour")
record RequestMailProperties(@DefaultValue Portal portal) {

    record Portal(@DefaultValue("http://localhost:8080/portal") String url) {
    }

    /** The portal's page of the request (never an API path: the customer reads it logged in to the portal). */
    String requestLink(long engagementId) {
        return portal.url().replaceAll("/+$", "") + "/requests/" + engagementId;
    }
}

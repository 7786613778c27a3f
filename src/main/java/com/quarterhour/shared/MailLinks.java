package com.quarterhour.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The addresses that mails link to: {@code quarterhour.base-url}, the application as staff open it (the board, a task
 * in Tasklist), and {@code quarterhour.portal.url}, the customer portal. Never an API path: people open these logged in.
 */
@ConfigurationProperties("quarterhour")
public record MailLinks(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue Portal portal) {

    public record Portal(@DefaultValue("http://localhost:8080/portal") String url) {
    }

    public String board() {
        return trimmed(baseUrl) + "/board";
    }

    /** The task in Tasklist, opened on its form. */
    public String task(String taskId) {
        return trimmed(baseUrl) + "/operaton/app/tasklist/#/?task=" + taskId;
    }

    /** The portal's page of the request. */
    public String portalRequest(long engagementId) {
        return trimmed(portal.url()) + "/requests/" + engagementId;
    }

    /** The portal's hours of this month and the last twelve. */
    public String portalHours() {
        return trimmed(portal.url()) + "/hours";
    }

    private static String trimmed(String url) {
        return url.replaceAll("/+$", "");
    }
}

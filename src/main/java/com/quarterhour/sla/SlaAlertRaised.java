package com.quarterhour.sla;

import java.util.List;

/**
 * An SLA warning, breach or escalation was raised, with its mail as written then (recipients, subject, text and HTML
 * bodies; the HTML is null in alerts recorded before mails had one).
 * Published in the transaction that records it, so it is kept in the event publication log with the alert, and mails
 * nobody if that transaction rolls back.
 */
public record SlaAlertRaised(long engagementId, ClockKind clock, Level level, List<String> to, String subject,
        String text, String html) {

    public enum Level {
        WARNING, BREACH, ESCALATION
    }
}

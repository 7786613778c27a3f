package com.quarterhour.portal.internal;

import java.util.List;

/**
 * A usage alert was recorded, with its mail as written then (recipients, subject, text and
 * HTML bodies; the HTML is null in alerts recorded before mails had one). Published in the transaction
 * that records the alert, so the event publication log keeps the mail until it has been sent.
 */
public record UsageAlertRaised(long customerId, String period, int thresholdPercent, List<String> to, String subject,
        String text, String html) {
}

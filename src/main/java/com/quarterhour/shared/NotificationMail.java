package com.quarterhour.shared;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Plain-text notification mails (SLA alerts, usage alerts) through Spring Mail. With no SMTP server configured
 * (spring.mail.host), as on the embedded default, a mail is written to the log instead. A mail server outage is
 * logged and never undoes what the mail reports: that is recorded, and shown on screen, either way.
 */
@Component
public class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    NotificationMail(ObjectProvider<JavaMailSender> sender,
            @Value("${quarterhour.mail.from:support@quarterhour.example}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Sends once the current transaction commits (at once outside one), so a rolled-back change mails nobody. */
    public void sendAfterCommit(String kind, List<String> to, String subject, String body) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(kind, to, subject, body);
                }
            });
        } else {
            send(kind, to, subject, body);
        }
    }

    /** Sends now; {@code kind} names the mail in the log ("SLA alert", "Usage alert"). */
    public void send(String kind, List<String> to, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("{} (no SMTP server configured) to {}: {}\n{}", kind, to, subject, body);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
        } catch (MailException e) {
            log.error("Could not send {} '{}' to {}", kind, subject, to, e);
        }
    }
}

package com.quarterhour.sla.internal;

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
 * Sends SLA alerts once the transaction that raised them commits (a rolled-back breach mails nobody). With no
 * SMTP server configured (spring.mail.host), as on the embedded default, the mail is written to the log.
 */
@Component
public class AlertMailer {

    private static final Logger log = LoggerFactory.getLogger(AlertMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    AlertMailer(ObjectProvider<JavaMailSender> sender, @Value("${quarterhour.mail.from:sla@quarterhour.example}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public void send(List<String> to, String subject, String body) {
        if (to.isEmpty()) {
            log.warn("SLA alert '{}' has nobody to go to (no e-mail addresses on file)", subject);
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(to, subject, body);
                }
            });
        } else {
            deliver(to, subject, body);
        }
    }

    private void deliver(List<String> to, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("SLA alert (no SMTP server configured) to {}: {}\n{}", to, subject, body);
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
            // the breach is recorded and a manager task is open either way; a mail server outage must not undo them
            log.error("Could not send SLA alert '{}' to {}", subject, to, e);
        }
    }
}

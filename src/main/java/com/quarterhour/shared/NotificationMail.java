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

/**
 * Plain-text notification mails (SLA alerts, usage alerts) through Spring Mail. With no SMTP server configured
 * (spring.mail.host), as on the embedded default, a mail is written to the log instead. Callers are the listeners of
 * events recorded in the event publication log: a mail server failure is thrown, so the publication stays incomplete
 * and the mail is sent again later, while what the mail reports is already recorded and shown on screen.
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
            log.warn("Could not send {} '{}' to {} ({}); it is sent again later", kind, subject, to, e.getMessage());
            throw e;
        }
    }
}

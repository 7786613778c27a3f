package com.quarterhour.shared;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Component;

/**
 * Notification mails through Spring Mail: text and HTML, written from {@link MailTemplates}. With no SMTP server
 * configured (spring.mail.host), as on the embedded default, a mail is written to the log instead. Callers are the listeners of
 * events recorded in the event publication log: a mail server failure is thrown, so the publication stays incomplete
 * and the mail is sent again later, while what the mail reports is already recorded and shown on screen.
 */
@Component
@EnableConfigurationProperties(MailAddresses.class)
public class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MailAddresses addresses;

    NotificationMail(ObjectProvider<JavaMailSender> sender, MailAddresses addresses) {
        this.sender = sender;
        this.addresses = addresses;
    }

    /**
     * Sends now as multipart/alternative (text and HTML), with the support mailbox as Reply-To, so that the
     * recipient's answer reaches inbound mail; without HTML (a mail written before mails had it), the text alone.
     * {@code kind} names the mail in the log ("SLA alert").
     */
    public void send(String kind, List<String> to, String subject, String text, String html) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("{} (no SMTP server configured) to {}: {}\n{}", kind, to, subject, text);
            return;
        }
        MimeMessagePreparator message = mime -> {
            MimeMessageHelper helper = new MimeMessageHelper(mime, html != null, "UTF-8");
            helper.setFrom(addresses.from());
            helper.setReplyTo(addresses.replyTo());
            helper.setTo(to.toArray(String[]::new));
            helper.setSubject(subject);
            if (html == null) {
                helper.setText(text);
            } else {
                helper.setText(text, html);
            }
        };
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("Could not send {} '{}' to {} ({}); it is sent again later", kind, subject, to, e.getMessage());
            throw e;
        }
    }
}

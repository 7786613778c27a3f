package com.quarterhour.sla.internal;

import com.quarterhour.shared.NotificationMail;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends SLA alerts once the transaction that raised them commits (a rolled-back breach mails nobody); the breach is
 * recorded and a manager task is open whether or not the mail goes out.
 */
@Component
public class AlertMailer {

    private static final Logger log = LoggerFactory.getLogger(AlertMailer.class);

    private final NotificationMail mail;

    AlertMailer(NotificationMail mail) {
        this.mail = mail;
    }

    public void send(List<String> to, String subject, String body) {
        if (to.isEmpty()) {
            log.warn("SLA alert '{}' has nobody to go to (no e-mail addresses on file)", subject);
            return;
        }
        mail.sendAfterCommit("SLA alert", to, subject, body);
    }
}

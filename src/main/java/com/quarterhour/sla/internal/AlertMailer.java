package com.quarterhour.sla.internal;

import com.quarterhour.shared.NotificationMail;
import com.quarterhour.sla.SlaAlertRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Mails an SLA alert once the transaction that raised it has committed, from the event publication log: a mail the
 * server refused leaves the publication incomplete, and it is sent again later. The breach is recorded and a manager
 * task is open whether or not the mail has gone out yet.
 */
@Component
class AlertMailer {

    private final NotificationMail mail;

    AlertMailer(NotificationMail mail) {
        this.mail = mail;
    }

    // no transaction: talking to the mail server holds no pooled connection
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SlaAlertRaised alert) {
        mail.send("SLA alert", alert.to(), alert.subject(), alert.text(), alert.html());
    }
}

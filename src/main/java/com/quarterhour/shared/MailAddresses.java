package com.quarterhour.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * quarterhour.mail: the sender of every mail, and where a customer's reply to a request mail goes ({@code reply-to},
 * the support mailbox that inbound mail reads; the sender unless set).
 */
@ConfigurationProperties("quarterhour.mail")
public record MailAddresses(@DefaultValue("support@quarterhour.example") String from, String replyTo) {

    public MailAddresses {
        if (replyTo == null || replyTo.isBlank()) {
            replyTo = from;
        }
    }
}

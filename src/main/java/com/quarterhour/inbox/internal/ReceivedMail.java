package com.quarterhour.inbox.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail taken from the mailbox, by its Message-ID, and what it became: written with that, so it happens once. */
@Entity
@Table(name = "inbound_mail")
class ReceivedMail {

    enum Outcome {
        REPLY, REPORT, HELD, IGNORED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String messageId;
    private String sender;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private Long engagementId;
    private Instant receivedAt;

    protected ReceivedMail() {
    }

    ReceivedMail(InboundMail mail, Outcome outcome, Long engagementId) {
        this.messageId = mail.messageId();
        this.sender = Limits.cut(mail.from(), Limits.ADDRESS);
        this.outcome = outcome;
        this.engagementId = engagementId;
        this.receivedAt = mail.receivedAt();
    }

    Outcome getOutcome() {
        return outcome;
    }

    Long getEngagementId() {
        return engagementId;
    }
}

package com.quarterhour.inbox.internal;

import com.quarterhour.inbox.HeldMailView;
import com.quarterhour.shared.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** A mail kept for a coordinator to sort: from an unknown sender, or one that could not be stored on a request. */
@Entity
@Table(name = "held_mail")
class HeldMail {

    enum Status {
        HELD, ASSIGNED, DISCARDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String messageId;
    private String sender;
    private String subject;
    private String text;
    private String reason;
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    private Status status = Status.HELD;
    private String decidedBy;
    private Instant decidedAt;
    private Long customerId;
    private Long engagementId;
    @Version
    private long version;

    protected HeldMail() {
    }

    HeldMail(InboundMail mail, String reason) {
        this.messageId = mail.messageId();
        this.sender = Limits.cut(mail.from(), Limits.ADDRESS);
        this.subject = Limits.cut(mail.subject(), Limits.SUBJECT);
        this.text = Limits.cut(mail.text(), Limits.TEXT);
        this.reason = Limits.cut(reason, Limits.REASON);
        this.receivedAt = mail.receivedAt();
    }

    Long getId() {
        return id;
    }

    String getSender() {
        return sender;
    }

    String getSubject() {
        return subject;
    }

    String getText() {
        return text;
    }

    /** The mail as the inbox routes it once a coordinator named its customer (its attachments were not kept). */
    InboundMail asMail() {
        return new InboundMail(messageId, sender, subject, text, List.of(), false, List.of(),
                receivedAt);
    }

    void assigned(long customer, long engagement, String actor, Instant at) {
        decide(Status.ASSIGNED, actor, at);
        this.customerId = customer;
        this.engagementId = engagement;
    }

    void discarded(String actor, Instant at) {
        decide(Status.DISCARDED, actor, at);
    }

    private void decide(Status decision, String actor, Instant at) {
        if (status != Status.HELD) {
            throw DomainException.conflict("Held mail " + id + " was already " + status.name().toLowerCase() + " by "
                    + decidedBy);
        }
        this.status = decision;
        this.decidedBy = actor;
        this.decidedAt = at;
    }

    HeldMailView view() {
        return new HeldMailView(id, sender, subject, text, reason, receivedAt, status.name(), decidedBy, decidedAt,
                customerId, engagementId);
    }
}

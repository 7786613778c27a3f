package com.quarterhour.conversation.internal;

import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.MessageChannel;
import com.quarterhour.conversation.Visibility;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message on a request; never changed once posted. */
@Entity
@Table(name = "conversation_message")
class ConversationMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long engagementId;
    private Long customerId;
    @Enumerated(EnumType.STRING)
    private AuthorKind authorKind;
    private String author;
    private Long contactId;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    @Enumerated(EnumType.STRING)
    private MessageChannel channel;
    private String body;
    private Instant postedAt;

    protected ConversationMessage() {
    }

    ConversationMessage(long engagementId, long customerId, AuthorKind authorKind, String author, Long contactId,
            Visibility visibility, MessageChannel channel, String body, Instant postedAt) {
        this.engagementId = engagementId;
        this.customerId = customerId;
        this.authorKind = authorKind;
        this.author = author;
        this.contactId = contactId;
        this.visibility = visibility;
        this.channel = channel;
        this.body = body;
        this.postedAt = postedAt;
    }

    Long getId() {
        return id;
    }

    Long getEngagementId() {
        return engagementId;
    }

    Long getCustomerId() {
        return customerId;
    }

    AuthorKind getAuthorKind() {
        return authorKind;
    }

    String getAuthor() {
        return author;
    }

    Long getContactId() {
        return contactId;
    }

    Visibility getVisibility() {
        return visibility;
    }

    MessageChannel getChannel() {
        return channel;
    }

    String getBody() {
        return body;
    }

    Instant getPostedAt() {
        return postedAt;
    }
}

package com.quarterhour.engagement.internal;

import com.quarterhour.conversation.AttachmentContent;
import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.Conversation;
import com.quarterhour.conversation.MessageView;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.customer.ContactView;
import com.quarterhour.customer.CustomerContacts;
import com.quarterhour.identity.CustomerScope;
import com.quarterhour.shared.DomainException;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may read and write a request's conversation: staff every message, as STAFF with the visibility they choose; a
 * customer user the public messages of its own requests, always as CUSTOMER and PUBLIC. Another customer's request
 * and an internal message's file read as ones that do not exist (404), exactly as the request itself does.
 */
@Component
public class RequestConversation {

    private final SupportRequestLifecycle lifecycle;
    private final Conversation conversation;
    private final CustomerScope scope;
    private final ObjectProvider<CustomerContacts> contacts;

    RequestConversation(SupportRequestLifecycle lifecycle, Conversation conversation, CustomerScope scope,
            ObjectProvider<CustomerContacts> contacts) {
        this.lifecycle = lifecycle;
        this.conversation = conversation;
        this.scope = scope;
        this.contacts = contacts;
    }

    public List<MessageView> messages(long engagementId) {
        visible(lifecycle.engagement(engagementId));
        return conversation.messages(engagementId, !scope.isCustomer());
    }

    /** {@code message.author()} is the caller's username; the rest of who wrote it follows from the caller. */
    public MessageView post(long engagementId, NewMessage message) {
        Engagement engagement = visible(lifecycle.forUpdate(engagementId));
        if (scope.isCustomer()) {
            return postAsCustomer(engagement, message, contactOf(message.author()));
        }
        if (message.visibility() == null) {
            throw DomainException.invalid("visibility is required: PUBLIC (the customer reads it) or INTERNAL (staff only)");
        }
        return conversation.post(engagementId, engagement.getCustomerId(), new NewMessage(AuthorKind.STAFF,
                message.author(), null, message.visibility(), message.channel(), message.body(), message.attachments()));
    }

    /** A customer's message from outside a login (e-mail), with the contact it came from, if known. */
    public MessageView postAsCustomer(long engagementId, long customerId, NewMessage message) {
        Engagement engagement = lifecycle.forUpdate(engagementId);
        if (engagement.getCustomerId() != customerId) {
            throw notFound(engagementId);
        }
        return postAsCustomer(engagement, message, message.contactId());
    }

    private MessageView postAsCustomer(Engagement engagement, NewMessage message, Long contactId) {
        if (message.visibility() == Visibility.INTERNAL) {
            throw DomainException.invalid("A customer's message is always PUBLIC; internal notes are for staff");
        }
        return conversation.post(engagement.getId(), engagement.getCustomerId(), new NewMessage(AuthorKind.CUSTOMER,
                message.author(), contactId, Visibility.PUBLIC, message.channel(), message.body(),
                message.attachments()));
    }

    public AttachmentContent attachment(long engagementId, long attachmentId) {
        visible(lifecycle.engagement(engagementId));
        AttachmentContent attachment = conversation.attachment(engagementId, attachmentId);
        if (scope.isCustomer() && attachment.visibility() != Visibility.PUBLIC) {
            throw DomainException.notFound("Attachment " + attachmentId + " does not exist");
        }
        return attachment;
    }

    private Engagement visible(Engagement engagement) {
        scope.requireVisible(engagement.getCustomerId(), () -> notFound(engagement.getId()));
        return engagement;
    }

    /** The contact linked to the portal login, while customer contacts are kept at all. */
    private Long contactOf(String username) {
        return Optional.ofNullable(contacts.getIfAvailable())
                .flatMap(all -> all.byPortalUser(username))
                .map(ContactView::id)
                .orElse(null);
    }

    private static DomainException notFound(long engagementId) {
        return DomainException.notFound("Engagement " + engagementId + " does not exist");
    }
}

package com.quarterhour.conversation;

import java.util.List;

/**
 * Stores and reads the messages of requests. Callers (the engagement feature) check who may post or read; this
 * checks the message itself (text, size and type limits) and refuses with a DomainException (4xx), writing nothing.
 */
public interface Conversation {

    /** Stores the message and its attachments and publishes {@link MessagePosted}. */
    MessageView post(long engagementId, long customerId, NewMessage message);

    /** Every message of the request, oldest first; without INTERNAL ones unless {@code withInternal}. */
    List<MessageView> messages(long engagementId, boolean withInternal);

    /** The newest {@code limit} messages, oldest first (for the Work form and the mails). */
    List<MessageView> latest(long engagementId, boolean withInternal, int limit);

    /** An attachment of a message of that request; a DomainException "not found" for any other. */
    AttachmentContent attachment(long engagementId, long attachmentId);
}

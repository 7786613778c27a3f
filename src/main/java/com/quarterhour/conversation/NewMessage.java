package com.quarterhour.conversation;

import java.util.List;

/**
 * A message to post. {@code author} is the staff username or the customer user's username; {@code contactId} the
 * customer contact who wrote it, when known (portal, e-mail). A customer's message is always PUBLIC.
 */
public record NewMessage(AuthorKind authorKind, String author, Long contactId, Visibility visibility,
        MessageChannel channel, String body, List<NewAttachment> attachments) {
}

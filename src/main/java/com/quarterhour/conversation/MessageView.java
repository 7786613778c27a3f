package com.quarterhour.conversation;

import java.time.Instant;
import java.util.List;

/** A posted message as the API, the portal and the forms show it. */
public record MessageView(long id, long engagementId, AuthorKind authorKind, String author, Long contactId,
        Visibility visibility, MessageChannel channel, String body, Instant postedAt, List<AttachmentView> attachments) {
}

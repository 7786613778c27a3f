package com.quarterhour.conversation;

/**
 * Published in the transaction that stores a message; after-commit effects (mails, Tasklist's recent-messages
 * variable) are {@code @ApplicationModuleListener}s, kept in the event publication log until they have run.
 */
public record MessagePosted(long messageId, long engagementId, long customerId, AuthorKind authorKind,
        Visibility visibility, MessageChannel channel) {
}

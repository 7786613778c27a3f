package com.quarterhour.conversation;

/** An attachment's metadata; its bytes come from {@link Conversation#attachment}. */
public record AttachmentView(long id, String fileName, String contentType, long size) {
}

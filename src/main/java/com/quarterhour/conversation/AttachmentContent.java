package com.quarterhour.conversation;

/** An attachment's bytes, with the message it belongs to (so the caller can check who may read it). */
public record AttachmentContent(AttachmentView attachment, long messageId, Visibility visibility, byte[] content) {
}

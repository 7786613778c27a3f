package com.quarterhour.conversation.internal;

import com.quarterhour.conversation.AttachmentView;

/** An attachment's metadata with its message, as a list of messages reads it (without the bytes). */
record ListedAttachment(long messageId, long id, String fileName, String contentType, long size) {

    AttachmentView view() {
        return new AttachmentView(id, fileName, contentType, size);
    }
}

package com.quarterhour.inbox.internal;

import com.quarterhour.conversation.NewAttachment;
import java.time.Instant;
import java.util.List;

/**
 * A mail as read from the mailbox. {@code from} is the sender's address in lower case; {@code text} the new part
 * of the mail (quoted history stripped); {@code referenced} the Message-IDs of In-Reply-To and References;
 * {@code automatic} an auto-reply, bounce or bulk mail, which no person wrote.
 */
public record InboundMail(String messageId, String from, String subject, String text, List<String> referenced,
        boolean automatic, List<NewAttachment> attachments, Instant receivedAt) {

    public InboundMail {
        messageId = Limits.cut(messageId, Limits.MESSAGE_ID);
        subject = subject == null ? "" : subject.strip();
        text = text == null ? "" : text;
        referenced = List.copyOf(referenced);
        attachments = List.copyOf(attachments);
    }

    InboundMail withText(String newText, List<NewAttachment> newAttachments) {
        return new InboundMail(messageId, from, subject, newText, referenced, automatic, newAttachments, receivedAt);
    }
}

package com.quarterhour.conversation.internal;

import com.quarterhour.conversation.AttachmentContent;
import com.quarterhour.conversation.AttachmentScanner;
import com.quarterhour.conversation.AttachmentScanner.ScanResult;
import com.quarterhour.conversation.AttachmentView;
import com.quarterhour.conversation.Conversation;
import com.quarterhour.conversation.MessagePosted;
import com.quarterhour.conversation.MessageView;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.conversation.internal.MessageRules.CheckedAttachment;
import com.quarterhour.shared.DomainException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored conversation: checks a message, scans its files, stores both and publishes {@link MessagePosted}. */
@Service
@Transactional
class ConversationService implements Conversation {

    private static final Set<Visibility> PUBLIC_ONLY = EnumSet.of(Visibility.PUBLIC);
    private static final Set<Visibility> ALL = EnumSet.allOf(Visibility.class);

    private final ConversationMessageRepository messages;
    private final MessageAttachmentRepository attachments;
    private final AttachmentStorage storage;
    private final List<AttachmentScanner> scanners;
    private final MessageRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationService(ConversationMessageRepository messages, MessageAttachmentRepository attachments,
            AttachmentStorage storage, List<AttachmentScanner> scanners, AttachmentProperties limits,
            ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.attachments = attachments;
        this.storage = storage;
        this.scanners = scanners;
        this.rules = new MessageRules(limits);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public MessageView post(long engagementId, long customerId, NewMessage message) {
        String body = rules.body(message);
        List<CheckedAttachment> files = rules.attachments(message.attachments());
        files.forEach(this::scan);
        ConversationMessage stored = messages.save(new ConversationMessage(engagementId, customerId,
                message.authorKind(), message.author().strip(), message.contactId(), message.visibility(),
                message.channel(), body, clock.instant()));
        List<AttachmentView> views = new ArrayList<>();
        for (CheckedAttachment file : files) {
            MessageAttachment attachment = new MessageAttachment(stored.getId(), file.fileName(), file.contentType(),
                    file.content().length);
            storage.store(attachment, file.content());
            MessageAttachment saved = attachments.save(attachment);
            views.add(new AttachmentView(saved.getId(), saved.getFileName(), saved.getContentType(), saved.getSize()));
        }
        events.publishEvent(new MessagePosted(stored.getId(), engagementId, customerId, stored.getAuthorKind(),
                stored.getVisibility(), stored.getChannel()));
        return view(stored, views);
    }

    private void scan(CheckedAttachment file) {
        for (AttachmentScanner scanner : scanners) {
            ScanResult result = scanner.scan(file.fileName(), file.contentType(), file.content());
            if (!result.accepted()) {
                throw DomainException.unprocessable("The file '" + file.fileName() + "' was refused"
                        + (result.reason() == null ? "" : ": " + result.reason()) + "; the message was not posted");
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<MessageView> messages(long engagementId, boolean withInternal) {
        return withAttachments(messages.oldestFirst(engagementId, withInternal ? ALL : PUBLIC_ONLY));
    }

    @Override
    @Transactional(readOnly = true)
    public List<MessageView> latest(long engagementId, boolean withInternal, int limit) {
        if (limit < 1) {
            return List.of();
        }
        List<ConversationMessage> newest = new ArrayList<>(messages.newestFirst(engagementId,
                withInternal ? ALL : PUBLIC_ONLY, PageRequest.of(0, limit)));
        Collections.reverse(newest);
        return withAttachments(newest);
    }

    @Override
    @Transactional(readOnly = true)
    public AttachmentContent attachment(long engagementId, long attachmentId) {
        MessageAttachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> attachmentNotFound(attachmentId));
        ConversationMessage message = messages.findById(attachment.getMessageId())
                .filter(m -> m.getEngagementId() == engagementId)
                .orElseThrow(() -> attachmentNotFound(attachmentId));
        return new AttachmentContent(new AttachmentView(attachment.getId(), attachment.getFileName(),
                attachment.getContentType(), attachment.getSize()), message.getId(), message.getVisibility(),
                storage.read(attachment));
    }

    private static DomainException attachmentNotFound(long attachmentId) {
        return DomainException.notFound("Attachment " + attachmentId + " does not exist");
    }

    private List<MessageView> withAttachments(List<ConversationMessage> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AttachmentView>> files = attachments.listedFor(list.stream().map(ConversationMessage::getId).toList())
                .stream().collect(Collectors.groupingBy(ListedAttachment::messageId,
                        Collectors.mapping(ListedAttachment::view, Collectors.toList())));
        return list.stream().map(m -> view(m, files.getOrDefault(m.getId(), List.of()))).toList();
    }

    private static MessageView view(ConversationMessage m, List<AttachmentView> files) {
        return new MessageView(m.getId(), m.getEngagementId(), m.getAuthorKind(), m.getAuthor(), m.getContactId(),
                m.getVisibility(), m.getChannel(), m.getBody(), m.getPostedAt(), List.copyOf(files));
    }
}

package com.quarterhour.conversation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageAttachmentRepository extends JpaRepository<MessageAttachment, Long> {

    /** The files of the messages, without their bytes. */
    @Query("select new com.quarterhour.conversation.internal.ListedAttachment(a.messageId, a.id, a.fileName,"
            + " a.contentType, a.size) from MessageAttachment a where a.messageId in :messageIds order by a.id")
    List<ListedAttachment> listedFor(Collection<Long> messageIds);
}

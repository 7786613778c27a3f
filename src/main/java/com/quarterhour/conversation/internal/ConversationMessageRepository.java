package com.quarterhour.conversation.internal;

import com.quarterhour.conversation.Visibility;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConversationMessageRepository extends JpaRepository<ConversationMessage, Long> {

    /** Oldest first; id breaks ties of messages posted in the same instant. */
    @Query("select m from ConversationMessage m where m.engagementId = :engagementId and m.visibility in :visibilities"
            + " order by m.postedAt, m.id")
    List<ConversationMessage> oldestFirst(long engagementId, Collection<Visibility> visibilities);

    @Query("select m from ConversationMessage m where m.engagementId = :engagementId and m.visibility in :visibilities"
            + " order by m.postedAt desc, m.id desc")
    List<ConversationMessage> newestFirst(long engagementId, Collection<Visibility> visibilities, Pageable page);
}

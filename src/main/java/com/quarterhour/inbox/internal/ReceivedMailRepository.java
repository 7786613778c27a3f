package com.quarterhour.inbox.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReceivedMailRepository extends JpaRepository<ReceivedMail, Long> {

    boolean existsByMessageId(String messageId);

    Optional<ReceivedMail> findByMessageId(String messageId);
}

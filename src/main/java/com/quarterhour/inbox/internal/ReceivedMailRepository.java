package com.quarterhour.inbox.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceivedMailRepository extends JpaRepository<ReceivedMail, Long> {

    boolean existsByMessageId(String messageId);
}

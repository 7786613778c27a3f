package com.quarterhour.inbox.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface HeldMailRepository extends JpaRepository<HeldMail, Long> {

    Page<HeldMail> findByStatus(HeldMail.Status status, Pageable pageable);
}

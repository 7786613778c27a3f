package com.quarterhour.sla.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerTermsRepository extends JpaRepository<CustomerTerms, Long> {
}

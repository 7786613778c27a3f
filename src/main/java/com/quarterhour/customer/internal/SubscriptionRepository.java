package com.quarterhour.customer.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    Optional<Subscription> findByActiveCustomerId(Long customerId);

    List<Subscription> findByCustomerIdOrderByStartDateDesc(Long customerId);
}

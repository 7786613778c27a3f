package com.quarterhour.customer.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    Optional<Subscription> findByActiveCustomerId(Long customerId);

    List<Subscription> findByCustomerIdOrderByStartDateDesc(Long customerId);

    /** Subscriptions that run on at least one day from {@code from} to {@code to}, both included. */
    @Query("select s from Subscription s where s.startDate <= :to and (s.cancelledOn is null or s.cancelledOn >= :from)"
            + " order by s.customerId, s.startDate")
    List<Subscription> findRunningBetween(LocalDate from, LocalDate to);
}

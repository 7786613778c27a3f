package com.quarterhour.billing.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BillingRunCustomerRepository extends JpaRepository<BillingRunCustomer, BillingRunCustomer.Key> {

    List<BillingRunCustomer> findByIdBillingRunIdOrderByIdCustomerIdAsc(Long billingRunId);

    /** One batch of the run's customers: a page of them in customer order. */
    List<BillingRunCustomer> findByIdBillingRunId(Long billingRunId, Pageable page);

    long countByIdBillingRunId(Long billingRunId);

    @Query("select c.id.customerId from BillingRunCustomer c where c.id.billingRunId = :runId and c.outcome in :outcomes"
            + " order by c.id.customerId")
    List<Long> customersWith(long runId, Collection<BillingRunCustomer.Outcome> outcomes);

    @Query("select c.outcome, count(c) from BillingRunCustomer c where c.id.billingRunId = :runId group by c.outcome")
    List<Object[]> countOutcomes(long runId);
}

package com.quarterhour.billing.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BillingRunCustomerRepository extends JpaRepository<BillingRunCustomer, BillingRunCustomer.Key> {

    List<BillingRunCustomer> findByIdBillingRunIdOrderByIdCustomerIdAsc(Long billingRunId);
}

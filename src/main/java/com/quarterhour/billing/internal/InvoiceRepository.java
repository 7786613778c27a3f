package com.quarterhour.billing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    Optional<Invoice> findByMonthlyKey(String monthlyKey);

    List<Invoice> findByMonthlyKeyIn(Collection<String> monthlyKeys);

    List<Invoice> findByBillingRunIdOrderByIdAsc(Long billingRunId);

    @Query("select i from Invoice i where (:customerId is null or i.customerId = :customerId)"
            + " and (:period is null or i.period = :period) order by i.id")
    List<Invoice> search(Long customerId, String period);

    /** The time entries among these that a live (not VOID) invoice already bills. */
    @Query("select l.billedTimeEntryId from InvoiceItem l where l.billedTimeEntryId in :timeEntryIds")
    List<Long> billedAmong(Collection<Long> timeEntryIds);

    @Query("select i.numberSeq from Invoice i where i.numberYear = :year and i.numberSeq is not null order by i.numberSeq")
    List<Integer> numbersOf(int year);
}

package com.quarterhour.billing.internal;

import com.quarterhour.billing.InvoiceStatus;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.Predicate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface InvoiceRepository extends JpaRepository<Invoice, Long>, JpaSpecificationExecutor<Invoice> {

    /** The invoice, its row locked until the transaction ends: payments to one invoice are recorded one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invoice i where i.id = :id")
    Optional<Invoice> lockById(long id);

    Optional<Invoice> findByMonthlyKey(String monthlyKey);

    List<Invoice> findByMonthlyKeyIn(Collection<String> monthlyKeys);

    List<Invoice> findByBillingRunIdOrderByIdAsc(Long billingRunId);

    /**
     * GET /api/invoices: each filter that is given (null: any); {@code statuses} always applies, and with
     * {@code numberedOnly} only issued (numbered) invoices.
     */
    static Specification<Invoice> matching(Long customerId, String period, Collection<InvoiceStatus> statuses,
            boolean numberedOnly) {
        return (root, query, cb) -> cb.and(Stream.of(
                        customerId == null ? null : cb.equal(root.get("customerId"), customerId),
                        period == null ? null : cb.equal(root.get("period"), period),
                        root.get("status").in(statuses),
                        numberedOnly ? cb.isNotNull(root.get("number")) : null)
                .filter(Objects::nonNull).toArray(Predicate[]::new));
    }

    /** The time entries among these that a live (not VOID) invoice already bills. */
    @Query("select l.billedTimeEntryId from InvoiceItem l where l.billedTimeEntryId in :timeEntryIds")
    List<Long> billedAmong(Collection<Long> timeEntryIds);

    @Query("select i.numberSeq from Invoice i where i.numberYear = :year and i.numberSeq is not null order by i.numberSeq")
    List<Integer> numbersOf(int year);
}

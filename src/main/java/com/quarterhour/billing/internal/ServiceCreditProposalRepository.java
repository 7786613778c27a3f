package com.quarterhour.billing.internal;

import com.quarterhour.billing.internal.ServiceCreditProposal.Status;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceCreditProposalRepository extends JpaRepository<ServiceCreditProposal, Long> {

    Optional<ServiceCreditProposal> findByBreachId(long breachId);

    /** Approved, on no live invoice yet, for breaches before {@code before} (the end of the period being billed). */
    List<ServiceCreditProposal> findByCustomerIdInAndStatusAndInvoiceIdIsNullAndBreachedAtBeforeOrderByBreachIdAsc(
            Collection<Long> customerIds, Status status, Instant before);

    List<ServiceCreditProposal> findByInvoiceId(long invoiceId);

    default List<ServiceCreditProposal> toInvoice(Collection<Long> customerIds, Instant before) {
        return findByCustomerIdInAndStatusAndInvoiceIdIsNullAndBreachedAtBeforeOrderByBreachIdAsc(customerIds,
                Status.APPROVED, before);
    }
}

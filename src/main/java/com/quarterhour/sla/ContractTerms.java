package com.quarterhour.sla;

import com.quarterhour.calendar.BusinessCalendars;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.shared.DomainException;
import com.quarterhour.sla.internal.CustomerTerms;
import com.quarterhour.sla.internal.CustomerTermsRepository;
import com.quarterhour.sla.internal.PolicyRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' contract terms: an SLA policy and/or a business calendar of their own, over their plan's policy and
 * their office hours. New requests start on them; open ones take them only when the terms are re-applied. Kept in the
 * sla module: the customer module knows nothing of SLAs.
 */
@Service
@Transactional
public class ContractTerms {

    private final CustomerTermsRepository terms;
    private final CustomerService customers;
    private final PolicyRepository policies;
    private final BusinessCalendars calendars;
    private final SlaService sla;

    ContractTerms(CustomerTermsRepository terms, CustomerService customers, PolicyRepository policies,
            BusinessCalendars calendars, SlaService sla) {
        this.terms = terms;
        this.customers = customers;
        this.policies = policies;
        this.calendars = calendars;
        this.sla = sla;
    }

    @Transactional(readOnly = true)
    public TermsDetails get(long customerId) {
        customers.get(customerId);
        return terms.findById(customerId).map(ContractTerms::details)
                .orElseGet(() -> new TermsDetails(customerId, null, null));
    }

    /** Sets both terms at once; a null one falls back to the plan's policy or the office hours. */
    public TermsDetails put(long customerId, TermsRequest request) {
        customers.get(customerId);
        Long policyId = request == null ? null : request.slaPolicyId();
        Long calendarId = request == null ? null : request.calendarId();
        if (policyId != null && !policies.existsById(policyId)) {
            throw DomainException.notFound("SLA policy " + policyId + " does not exist");
        }
        if (calendarId != null && calendars.find(calendarId).isEmpty()) {
            throw DomainException.notFound("Business calendar " + calendarId + " does not exist");
        }
        CustomerTerms contract = terms.findById(customerId).orElseGet(() -> new CustomerTerms(customerId));
        contract.agree(policyId, calendarId);
        return details(terms.saveAndFlush(contract));
    }

    /** The customer's open requests take its terms as they stand now; answers how many requests. */
    public int reapply(long customerId) {
        customers.get(customerId);
        return sla.reapplyCustomer(customerId);
    }

    private static TermsDetails details(CustomerTerms contract) {
        return new TermsDetails(contract.getCustomerId(), contract.getSlaPolicyId().orElse(null),
                contract.getCalendarId().orElse(null));
    }
}

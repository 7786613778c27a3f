package com.quarterhour.sla.internal;

import com.quarterhour.catalog.PlanCatalog;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds a request's terms: as they stand now for a customer and plan, or as a clock keeps them. */
@Component
public class SlaTerms {

    private final CustomerTermsRepository contracts;
    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final PlanCatalog plans;

    SlaTerms(CustomerTermsRepository contracts, PolicyRepository policies, PolicyVersionRepository versions,
            PlanCatalog plans) {
        this.contracts = contracts;
        this.policies = policies;
        this.versions = versions;
        this.plans = plans;
    }

    /** The terms a new request of this customer under this plan starts on (see {@link TermsPrecedence}). */
    public ClockTerms current(long customerId, String planCode) {
        Optional<CustomerTerms> contract = contracts.findById(customerId);
        TermsPrecedence.Chosen chosen = TermsPrecedence.choose(
                contract.flatMap(CustomerTerms::getSlaPolicyId), contract.flatMap(CustomerTerms::getCalendarId),
                plans.require(planCode).slaPolicyId());
        return new ClockTerms(chosen.policyId().flatMap(policies::findById)
                .flatMap(policy -> versions.findByPolicyIdAndVersion(policy.getId(), policy.getCurrentVersion())),
                chosen.calendarId());
    }

    /** The terms this clock started on (or was last re-applied to). */
    public ClockTerms kept(SlaClock clock) {
        return new ClockTerms(Optional.ofNullable(clock.getPolicyVersionId()).flatMap(versions::findById),
                Optional.ofNullable(clock.getCalendarId()));
    }
}

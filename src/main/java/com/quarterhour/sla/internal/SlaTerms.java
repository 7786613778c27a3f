package com.quarterhour.sla.internal;

import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /** A customer and the plan a request of theirs runs under. */
    public record CustomerPlan(long customerId, String planCode) {
    }

    /**
     * {@link #current} for many customers and plans at once, in three queries whatever their number: the contracts,
     * the plans, and the policies' current versions with their targets.
     */
    public Map<CustomerPlan, ClockTerms> currentOf(Collection<CustomerPlan> requests) {
        if (requests.isEmpty()) {
            return Map.of();
        }
        Map<Long, CustomerTerms> contractOf = contracts.findAllById(requests.stream().map(CustomerPlan::customerId)
                .distinct().toList()).stream().collect(Collectors.toMap(CustomerTerms::getCustomerId, Function.identity()));
        Map<String, Plan> catalogue = plans.all().stream().collect(Collectors.toMap(Plan::code, Function.identity()));
        Map<CustomerPlan, TermsPrecedence.Chosen> chosen = requests.stream().distinct().collect(Collectors.toMap(
                Function.identity(), request -> {
                    Optional<CustomerTerms> contract = Optional.ofNullable(contractOf.get(request.customerId()));
                    Plan plan = catalogue.containsKey(request.planCode()) ? catalogue.get(request.planCode())
                            : plans.require(request.planCode()); // the catalogue's 400, as for one request
                    return TermsPrecedence.choose(contract.flatMap(CustomerTerms::getSlaPolicyId),
                            contract.flatMap(CustomerTerms::getCalendarId), plan.slaPolicyId());
                }));
        List<Long> policyIds = chosen.values().stream().flatMap(c -> c.policyId().stream()).distinct().toList();
        Map<Long, PolicyVersion> currentOf = policyIds.isEmpty() ? Map.of() : versions.findCurrentOf(policyIds).stream()
                .collect(Collectors.toMap(PolicyVersion::getPolicyId, Function.identity()));
        return chosen.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new ClockTerms(
                e.getValue().policyId().map(currentOf::get), e.getValue().calendarId())));
    }

    /** The terms this clock started on (or was last re-applied to). */
    public ClockTerms kept(SlaClock clock) {
        return new ClockTerms(Optional.ofNullable(clock.getPolicyVersionId()).flatMap(versions::findById),
                Optional.ofNullable(clock.getCalendarId()));
    }
}

package com.quarterhour.sla;

import com.quarterhour.shared.DomainException;
import com.quarterhour.sla.internal.Policy;
import com.quarterhour.sla.internal.PolicyRepository;
import com.quarterhour.sla.internal.PolicyTarget;
import com.quarterhour.sla.internal.PolicyVersion;
import com.quarterhour.sla.internal.PolicyVersionRepository;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA policies as administrators keep them. Saving a policy writes a new version; the requests that started on an
 * older one keep it until the policy is re-applied to them.
 */
@Service
@Transactional
public class SlaPolicies {

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final SlaService sla;
    private final Clock clock;

    SlaPolicies(PolicyRepository policies, PolicyVersionRepository versions, SlaService sla, Clock clock) {
        this.policies = policies;
        this.versions = versions;
        this.sla = sla;
        this.clock = clock;
    }

    public PolicyDetails create(PolicyRequest request) {
        PolicyRequest valid = PolicyValidation.validated(request);
        if (policies.existsByNameIgnoreCase(valid.name())) {
            throw DomainException.conflict("A policy named '" + valid.name() + "' already exists");
        }
        Policy policy = policies.saveAndFlush(new Policy(valid.name()));
        return details(policy, versions.save(version(policy, policy.getCurrentVersion(), valid)));
    }

    /** A new version with these terms; the requests running on older versions keep theirs. */
    public PolicyDetails update(long id, PolicyRequest request) {
        Policy policy = policy(id);
        PolicyRequest valid = PolicyValidation.validated(request);
        if (policies.existsByNameIgnoreCaseAndIdNot(valid.name(), id)) {
            throw DomainException.conflict("A policy named '" + valid.name() + "' already exists");
        }
        int next = policy.revise(valid.name());
        policies.flush();
        return details(policy, versions.save(version(policy, next, valid)));
    }

    @Transactional(readOnly = true)
    public List<PolicyDetails> list() {
        return policies.findAllByOrderByNameAsc().stream().map(policy -> details(policy, current(policy))).toList();
    }

    @Transactional(readOnly = true)
    public PolicyDetails get(long id) {
        Policy policy = policy(id);
        return details(policy, current(policy));
    }

    /**
     * The open requests that run on any version of this policy take the terms as they stand now (this policy's current
     * version, or whatever the customer's contract or plan names today), and their timers move. Answers how many.
     */
    public int reapply(long id) {
        policy(id);
        return sla.reapplyPolicy(id);
    }

    private Policy policy(long id) {
        return policies.findById(id).orElseThrow(() -> DomainException.notFound("SLA policy " + id + " does not exist"));
    }

    private PolicyVersion current(Policy policy) {
        return versions.findByPolicyIdAndVersion(policy.getId(), policy.getCurrentVersion()).orElseThrow();
    }

    private PolicyVersion version(Policy policy, int number, PolicyRequest valid) {
        List<PolicyTarget> targets = valid.targets().stream().map(t -> new PolicyTarget(t.priority(), t.responseMinutes(),
                t.resolutionMinutes(), CalendarKind.fromApi(t.calendar()), t.serviceCreditPercent())).toList();
        return new PolicyVersion(policy.getId(), number, targets, valid.warnAtPercent(), valid.goalPercent(),
                valid.escalateAtPercent(), valid.escalateTo(), valid.serviceCreditCapPercent(), clock.instant());
    }

    private static PolicyDetails details(Policy policy, PolicyVersion version) {
        List<TargetRequest> targets = version.getTargets().stream()
                .sorted(Comparator.comparing(PolicyTarget::getPriority))
                .map(t -> new TargetRequest(t.getPriority(), t.getResponseMinutes(), t.getResolutionMinutes(),
                        t.getCalendar().apiName(), t.getServiceCreditPercent().orElse(null)))
                .toList();
        return new PolicyDetails(policy.getId(), policy.getName(), version.getVersion(), targets,
                version.getWarnAtPercent(), version.getGoalPercent().orElse(null), version.getEscalateAtPercent(),
                version.getEscalateTo(), version.getServiceCreditCapPercent());
    }
}

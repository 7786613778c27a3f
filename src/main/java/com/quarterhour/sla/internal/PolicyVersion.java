package com.quarterhour.sla.internal;

import com.quarterhour.shared.Priority;
import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.SlaTarget;
import com.quarterhour.sla.SlaTarget.Escalation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One version of an SLA policy, never changed once written: the clocks that started on it keep its terms until an
 * administrator re-applies the policy.
 */
@Entity
@Immutable
@Table(name = "sla_policy_version")
public class PolicyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long policyId;
    private int version;
    private int warnAtPercent;
    private Integer goalPercent;
    private Integer escalateAtPercent;
    private String escalateTo;
    /** The most the month's service credits add up to, percent of the monthly fee; null when none is promised. */
    private BigDecimal serviceCreditCapPercent;
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_policy_target", joinColumns = @JoinColumn(name = "policy_version_id"))
    private List<PolicyTarget> targets = new ArrayList<>();

    protected PolicyVersion() {
    }

    public PolicyVersion(long policyId, int version, List<PolicyTarget> targets, int warnAtPercent, Integer goalPercent,
            Integer escalateAtPercent, String escalateTo, BigDecimal serviceCreditCapPercent, Instant createdAt) {
        this.policyId = policyId;
        this.version = version;
        this.targets = new ArrayList<>(targets);
        this.warnAtPercent = warnAtPercent;
        this.goalPercent = goalPercent;
        this.escalateAtPercent = escalateAtPercent;
        this.escalateTo = escalateTo;
        this.serviceCreditCapPercent = serviceCreditCapPercent;
        this.createdAt = createdAt;
    }

    /** The target of this clock at this priority; empty when the policy promises none (measured only). */
    public Optional<SlaTarget> target(ClockKind kind, Priority priority) {
        return targets.stream().filter(t -> t.getPriority() == priority).findFirst().flatMap(row -> {
            Integer minutes = kind == ClockKind.RESPONSE ? row.getResponseMinutes() : row.getResolutionMinutes();
            return Optional.ofNullable(minutes).map(m -> new SlaTarget(Duration.ofMinutes(m), row.getCalendar(),
                    warnAtPercent, escalateAtPercent == null ? null : new Escalation(escalateAtPercent, escalateTo)));
        });
    }

    /** The service credit this version promises for a breach at this priority, with the month's cap; empty if none. */
    public Optional<ServiceCreditPromise> serviceCredit(Priority priority) {
        return targets.stream().filter(t -> t.getPriority() == priority).findFirst()
                .flatMap(PolicyTarget::getServiceCreditPercent)
                .map(percent -> new ServiceCreditPromise(percent, serviceCreditCapPercent));
    }

    /** Percent of the monthly fee per breach, and the most the month's credits add up to. */
    public record ServiceCreditPromise(BigDecimal percent, BigDecimal capPercent) {
    }

    public Long getId() {
        return id;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public int getVersion() {
        return version;
    }

    public int getWarnAtPercent() {
        return warnAtPercent;
    }

    public Optional<Integer> getGoalPercent() {
        return Optional.ofNullable(goalPercent);
    }

    public Integer getEscalateAtPercent() {
        return escalateAtPercent;
    }

    public String getEscalateTo() {
        return escalateTo;
    }

    public List<PolicyTarget> getTargets() {
        return List.copyOf(targets);
    }

    public BigDecimal getServiceCreditCapPercent() {
        return serviceCreditCapPercent;
    }
}

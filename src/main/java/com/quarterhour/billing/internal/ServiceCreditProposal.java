package com.quarterhour.billing.internal;

import com.quarterhour.billing.pricing.ServiceCredit;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.ClockKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The service credit an SLA breach earns if a manager approves it: proposed once per breach, approved or rejected
 * once, and, approved, put on one month-end invoice (given back only if that draft is rejected and voided).
 */
@Entity
@Table(name = "service_credit")
public class ServiceCreditProposal {

    public enum Status {
        PROPOSED, APPROVED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long breachId;
    private Long customerId;
    private Long engagementId;
    @Enumerated(EnumType.STRING)
    private ClockKind clockKind;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    private Instant breachedAt;
    private BigDecimal percent;
    private BigDecimal capPercent;
    private String description;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PROPOSED;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionComment;
    private Long invoiceId;
    private Instant createdAt;
    @Version
    private long version;

    protected ServiceCreditProposal() {
    }

    public ServiceCreditProposal(long breachId, long customerId, long engagementId, ClockKind clockKind,
            Priority priority, Instant breachedAt, BigDecimal percent, BigDecimal capPercent, String description,
            Instant createdAt) {
        this.breachId = breachId;
        this.customerId = customerId;
        this.engagementId = engagementId;
        this.clockKind = clockKind;
        this.priority = priority;
        this.breachedAt = breachedAt;
        this.percent = percent;
        this.capPercent = capPercent;
        this.description = description;
        this.createdAt = createdAt;
    }

    public void decided(boolean approved, String manager, Instant at, String comment) {
        if (status != Status.PROPOSED) {
            throw new IllegalStateException("The service credit for breach " + breachId + " was already "
                    + status.name().toLowerCase() + " by " + decidedBy);
        }
        this.status = approved ? Status.APPROVED : Status.REJECTED;
        this.decidedBy = manager;
        this.decidedAt = at;
        this.decisionComment = comment;
    }

    /** Put on this month-end invoice; never on another one unless that draft is voided. */
    void invoicedOn(long invoiceId) {
        if (status != Status.APPROVED || this.invoiceId != null) {
            throw new IllegalStateException("The service credit for breach " + breachId + " is " + status
                    + (this.invoiceId == null ? "" : " and on invoice " + this.invoiceId));
        }
        this.invoiceId = invoiceId;
    }

    /** The draft it was on was rejected and voided: the next invoice credits it. */
    void released() {
        this.invoiceId = null;
    }

    /** What the pricing core needs of it. */
    ServiceCredit toPricing() {
        return new ServiceCredit(breachId, percent, capPercent, description);
    }

    public Long getId() {
        return id;
    }

    public Long getBreachId() {
        return breachId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Priority getPriority() {
        return priority;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public BigDecimal getCapPercent() {
        return capPercent;
    }

    public String getDescription() {
        return description;
    }

    public Status getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }
}

package com.quarterhour.sla.internal;

import com.quarterhour.shared.Priority;
import com.quarterhour.sla.ClockKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A target that was missed, and what the manager who investigated it found. */
@Entity
@Table(name = "sla_breach")
public class SlaBreach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long clockId;
    private Long engagementId;
    @Enumerated(EnumType.STRING)
    private ClockKind kind;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    private int targetMinutes;
    private Instant dueAt;
    private Instant breachedAt;
    private String notified;
    private String investigatedBy;
    private Instant investigatedAt;
    private String cause;
    private String findings;
    private Instant escalatedAt;

    protected SlaBreach() {
    }

    public SlaBreach(SlaClock clock, Instant breachedAt) {
        this.clockId = clock.getId();
        this.engagementId = clock.getEngagementId();
        this.kind = clock.getKind();
        this.priority = clock.getPriority();
        this.targetMinutes = clock.getTargetMinutes();
        this.dueAt = clock.getDueAt();
        this.breachedAt = breachedAt;
    }

    public void notified(String recipients) {
        this.notified = recipients;
    }

    public void investigated(String manager, Instant at, String cause, String findings) {
        if (investigatedAt != null) {
            throw new IllegalStateException("Breach " + id + " was already investigated by " + investigatedBy);
        }
        this.investigatedBy = manager;
        this.investigatedAt = at;
        this.cause = cause;
        this.findings = findings;
    }

    /** Nobody answered: the breach climbed to the second escalation level. */
    public void escalated(Instant at) {
        this.escalatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public ClockKind getKind() {
        return kind;
    }

    public Priority getPriority() {
        return priority;
    }

    public int getTargetMinutes() {
        return targetMinutes;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }

    public String getNotified() {
        return notified;
    }

    public String getInvestigatedBy() {
        return investigatedBy;
    }

    public Instant getInvestigatedAt() {
        return investigatedAt;
    }

    public String getCause() {
        return cause;
    }

    public String getFindings() {
        return findings;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }
}

package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.AdjustmentStatus;
import com.quarterhour.engagement.AdjustmentType;
import com.quarterhour.shared.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bug credit or waiver: requested by the technician, decided once by a manager. */
@Entity
@Table(name = "adjustment")
public class Adjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long engagementId;
    @Enumerated(EnumType.STRING)
    private AdjustmentType type;
    @Enumerated(EnumType.STRING)
    private AdjustmentStatus status;
    private String reason;
    private String requestedBy;
    private Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionComment;

    protected Adjustment() {
    }

    public Adjustment(Long engagementId, AdjustmentType type, String reason, String requestedBy, Instant requestedAt) {
        this.engagementId = engagementId;
        this.type = type;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = AdjustmentStatus.PENDING;
    }

    public void decide(boolean approved, String manager, String comment, Instant at) {
        if (status != AdjustmentStatus.PENDING) {
            throw DomainException.conflict("Adjustment " + id + " was already " + status + " by " + decidedBy);
        }
        this.status = approved ? AdjustmentStatus.APPROVED : AdjustmentStatus.REJECTED;
        this.decidedBy = manager;
        this.decisionComment = comment;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public AdjustmentType getType() {
        return type;
    }

    public AdjustmentStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }
}

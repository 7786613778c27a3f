package com.quarterhour.billing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One credited amount, net of VAT; an adjustment's names the time entry it gives back (credited once, ever). */
@Entity
@Table(name = "credit_note_line")
public class CreditNoteLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int lineNo;
    private String description;
    private BigDecimal amount;
    private Long engagementId;
    private Long creditedTimeEntryId;
    private Long adjustmentId;

    protected CreditNoteLine() {
    }

    CreditNoteLine(int lineNo, CreditNoteRule.Credit credit) {
        this.lineNo = lineNo;
        this.description = credit.description();
        this.amount = credit.amount();
        this.engagementId = credit.engagementId();
        this.creditedTimeEntryId = credit.timeEntryId();
        this.adjustmentId = credit.adjustmentId();
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Long getCreditedTimeEntryId() {
        return creditedTimeEntryId;
    }

    public Long getAdjustmentId() {
        return adjustmentId;
    }
}

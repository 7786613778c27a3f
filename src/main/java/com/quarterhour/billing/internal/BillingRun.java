package com.quarterhour.billing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.YearMonth;

/** One run of month-end-billing for a period: started by the schedule or the API. */
@Entity
@Table(name = "billing_run")
public class BillingRun {

    public enum Status { RUNNING, COMPLETED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String period;
    /** The period while running, null once completed: unique, so a period has one running run at a time. */
    private String runningPeriod;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String startedBy;
    private String processInstanceId;
    private int customerCount;
    private int draftedCount;
    private int skippedCount;
    private int issuedCount;
    private int rejectedCount;
    private Instant startedAt;
    private Instant finishedAt;
    @Version
    private long version;

    protected BillingRun() {
    }

    public BillingRun(YearMonth period, String startedBy, Instant startedAt) {
        this.period = period.toString();
        this.runningPeriod = this.period;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = Status.RUNNING;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Another run of the period took over (this one stopped on a failed job); it may still complete later. */
    public void supersede() {
        this.runningPeriod = null;
    }

    public void selected(int customers) {
        this.customerCount = customers;
    }

    public void finish(int drafted, int skipped, int issued, int rejected, Instant at) {
        this.draftedCount = drafted;
        this.skippedCount = skipped;
        this.issuedCount = issued;
        this.rejectedCount = rejected;
        this.status = Status.COMPLETED;
        this.runningPeriod = null;
        this.finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    public Status getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public int getCustomerCount() {
        return customerCount;
    }

    public int getDraftedCount() {
        return draftedCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public int getIssuedCount() {
        return issuedCount;
    }

    public int getRejectedCount() {
        return rejectedCount;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}

package com.quarterhour.portal.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A usage alert raised once per customer, period and threshold (the table's unique key keeps it once); UsageAlerts records it. */
@Entity
@Table(name = "usage_alert")
public class UsageAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String period;
    private int thresholdPercent;
    private String planCode;
    private int includedMinutes;
    private int usedMinutes;
    private Instant raisedAt;
    private String notified;

    protected UsageAlert() {
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getPeriod() {
        return period;
    }

    public int getThresholdPercent() {
        return thresholdPercent;
    }

    public int getUsedMinutes() {
        return usedMinutes;
    }

    public String getNotified() {
        return notified;
    }
}

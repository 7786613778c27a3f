package com.quarterhour.sla.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/** A customer's contract terms: its own SLA policy and/or business calendar, over its plan's policy and office hours. */
@Entity
@Table(name = "customer_sla_terms")
public class CustomerTerms {

    @Id
    private Long customerId;
    private Long slaPolicyId;
    private Long calendarId;
    @Version
    private long lockVersion;

    protected CustomerTerms() {
    }

    public CustomerTerms(long customerId) {
        this.customerId = customerId;
    }

    public void agree(Long slaPolicyId, Long calendarId) {
        this.slaPolicyId = slaPolicyId;
        this.calendarId = calendarId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Optional<Long> getSlaPolicyId() {
        return Optional.ofNullable(slaPolicyId);
    }

    public Optional<Long> getCalendarId() {
        return Optional.ofNullable(calendarId);
    }
}

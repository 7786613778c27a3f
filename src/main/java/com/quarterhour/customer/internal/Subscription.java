package com.quarterhour.customer.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A customer's support plan. At most one is active per customer (enforced by a unique key as well). */
@Entity
@Table(name = "subscription")
public class Subscription {

    public enum Status { ACTIVE, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String planCode;
    private LocalDate startDate;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate cancelledOn;
    private Long activeCustomerId;
    private Instant createdAt;

    protected Subscription() {
    }

    public Subscription(Long customerId, String planCode, LocalDate startDate, Instant createdAt) {
        this.customerId = customerId;
        this.planCode = planCode;
        this.startDate = startDate;
        this.status = Status.ACTIVE;
        this.activeCustomerId = customerId;
        this.createdAt = createdAt;
    }

    public void cancel(LocalDate on) {
        this.status = Status.CANCELLED;
        this.cancelledOn = on;
        this.activeCustomerId = null;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getPlanCode() {
        return planCode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getCancelledOn() {
        return cancelledOn;
    }
}

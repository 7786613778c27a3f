package com.quarterhour.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A support plan of the catalogue: its identity and the rules that are not money. What it costs is in its price
 * lists, one per currency and date from which it is in force ({@link PlanCatalog#pricesInForce}).
 */
@Entity
@Table(name = "plan")
public class Plan {

    /** Code of the plan used for customers who have none: billed at the standard hourly rate. */
    public static final String STANDARD = "STANDARD";

    @Id
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private PlanKind kind;
    private int billingIncrementMinutes;
    private boolean requiresPaymentMethod;
    private boolean aroundTheClock;
    private Long slaPolicyId;
    private Instant retiredAt;

    protected Plan() {
    }

    Plan(String code, String name, PlanKind kind, int billingIncrementMinutes, boolean requiresPaymentMethod,
            boolean aroundTheClock, Long slaPolicyId) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.billingIncrementMinutes = billingIncrementMinutes;
        this.requiresPaymentMethod = requiresPaymentMethod;
        this.aroundTheClock = aroundTheClock;
        this.slaPolicyId = slaPolicyId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public PlanKind kind() {
        return kind;
    }

    /** Captured minutes must be a multiple of this; billing rounds each entry up to it. */
    public int billingIncrementMinutes() {
        return billingIncrementMinutes;
    }

    /** Per-minute support answers only once a deposit or payment method is on file (seed 003). */
    public boolean requiresPaymentMethod() {
        return requiresPaymentMethod;
    }

    public boolean aroundTheClock() {
        return aroundTheClock;
    }

    /** The SLA policy the plan's requests run on unless a customer's contract names another; empty: measured only. */
    public Optional<Long> slaPolicyId() {
        return Optional.ofNullable(slaPolicyId);
    }

    /** When the plan stopped taking new subscriptions; the ones it has keep running on it. */
    public Optional<Instant> retiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    public boolean retired() {
        return retiredAt != null;
    }

    /** Several agents on one call multiply the charge only on per-minute plans. */
    public boolean billsPerAgent() {
        return kind == PlanKind.PER_MINUTE;
    }

    void retire(Instant at) {
        this.retiredAt = at;
    }
}

package com.quarterhour.catalog;

import com.quarterhour.shared.Priority;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/** A support plan of the catalogue. Read-only: the catalogue changes by migration, not at run time. */
@Entity
@Immutable
@Table(name = "plan")
public class Plan {

    /** Code of the plan used for customers who have none: billed at the standard hourly rate. */
    public static final String STANDARD = "STANDARD";

    @Id
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private PlanKind kind;
    private String currency;
    private BigDecimal monthlyFee;
    private Integer includedMinutes;
    private BigDecimal overageHourlyRate;
    private BigDecimal hourlyRate;
    private Integer bundleHours;
    private BigDecimal bundlePrice;
    private BigDecimal incidentPrice;
    private Integer incidentBlockMinutes;
    private BigDecimal perMinuteRate;
    private int billingIncrementMinutes;
    private boolean requiresPaymentMethod;
    private boolean aroundTheClock;
    private Long slaPolicyId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_priority_rate", joinColumns = @JoinColumn(name = "plan_code"))
    @MapKeyColumn(name = "priority")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "hourly_rate")
    private Map<Priority, BigDecimal> priorityRates = new EnumMap<>(Priority.class);

    protected Plan() {
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

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Optional<BigDecimal> monthlyFee() {
        return Optional.ofNullable(monthlyFee);
    }

    public Optional<Integer> includedMinutes() {
        return Optional.ofNullable(includedMinutes);
    }

    public Optional<BigDecimal> overageHourlyRate() {
        return Optional.ofNullable(overageHourlyRate);
    }

    public Optional<BigDecimal> hourlyRate() {
        return Optional.ofNullable(hourlyRate);
    }

    public Optional<Integer> bundleHours() {
        return Optional.ofNullable(bundleHours);
    }

    public Optional<BigDecimal> bundlePrice() {
        return Optional.ofNullable(bundlePrice);
    }

    public Optional<BigDecimal> incidentPrice() {
        return Optional.ofNullable(incidentPrice);
    }

    public Optional<Integer> incidentBlockMinutes() {
        return Optional.ofNullable(incidentBlockMinutes);
    }

    public Optional<BigDecimal> perMinuteRate() {
        return Optional.ofNullable(perMinuteRate);
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

    public Optional<BigDecimal> hourlyRateFor(Priority priority) {
        return Optional.ofNullable(priorityRates.get(priority));
    }

    /** Several agents on one call multiply the charge only on per-minute plans. */
    public boolean billsPerAgent() {
        return kind == PlanKind.PER_MINUTE;
    }
}

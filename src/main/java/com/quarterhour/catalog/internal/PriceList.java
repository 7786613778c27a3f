package com.quarterhour.catalog.internal;

import com.quarterhour.shared.Priority;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/**
 * A plan's money terms in one currency from one date on. Never changed once written: a price change is a new list
 * from a later date, so the months already priced keep theirs. A list scheduled for a future month may be replaced
 * as a whole (deleted and written again) before it is in force.
 */
@Entity
@Immutable
@Table(name = "plan_price_list")
public class PriceList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String planCode;
    private String currency;
    private LocalDate effectiveFrom;
    private BigDecimal monthlyFee;
    private Integer includedMinutes;
    private BigDecimal overageHourlyRate;
    private BigDecimal hourlyRate;
    private Integer bundleHours;
    private BigDecimal bundlePrice;
    private BigDecimal incidentPrice;
    private Integer incidentBlockMinutes;
    private BigDecimal perMinuteRate;
    private Integer refundWindowDays;
    private Integer prepaidDiscountMinHours;
    private BigDecimal prepaidDiscountPercent;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_price_rate", joinColumns = @JoinColumn(name = "price_list_id"))
    @MapKeyColumn(name = "priority")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Priority, PriorityRates> rates = new EnumMap<>(Priority.class);

    protected PriceList() {
    }

    /** Per priority, the per-use rate and the credit (draw-down) rate; either may be null. */
    public PriceList(String planCode, String currency, LocalDate effectiveFrom, BigDecimal monthlyFee,
            Integer includedMinutes, BigDecimal overageHourlyRate, BigDecimal hourlyRate, Integer bundleHours,
            BigDecimal bundlePrice, BigDecimal incidentPrice, Integer incidentBlockMinutes, BigDecimal perMinuteRate,
            Integer refundWindowDays, Integer prepaidDiscountMinHours, BigDecimal prepaidDiscountPercent,
            Map<Priority, PriorityRates> rates, Instant createdAt) {
        this.planCode = planCode;
        this.currency = currency;
        this.effectiveFrom = effectiveFrom;
        this.monthlyFee = monthlyFee;
        this.includedMinutes = includedMinutes;
        this.overageHourlyRate = overageHourlyRate;
        this.hourlyRate = hourlyRate;
        this.bundleHours = bundleHours;
        this.bundlePrice = bundlePrice;
        this.incidentPrice = incidentPrice;
        this.incidentBlockMinutes = incidentBlockMinutes;
        this.perMinuteRate = perMinuteRate;
        this.refundWindowDays = refundWindowDays;
        this.prepaidDiscountMinHours = prepaidDiscountMinHours;
        this.prepaidDiscountPercent = prepaidDiscountPercent;
        this.rates.putAll(rates);
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String planCode() {
        return planCode;
    }

    public String currency() {
        return currency;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal monthlyFee() {
        return monthlyFee;
    }

    public Integer includedMinutes() {
        return includedMinutes;
    }

    public BigDecimal overageHourlyRate() {
        return overageHourlyRate;
    }

    public BigDecimal hourlyRate() {
        return hourlyRate;
    }

    public Integer bundleHours() {
        return bundleHours;
    }

    public BigDecimal bundlePrice() {
        return bundlePrice;
    }

    public BigDecimal incidentPrice() {
        return incidentPrice;
    }

    public Integer incidentBlockMinutes() {
        return incidentBlockMinutes;
    }

    public BigDecimal perMinuteRate() {
        return perMinuteRate;
    }

    public Integer refundWindowDays() {
        return refundWindowDays;
    }

    public Integer prepaidDiscountMinHours() {
        return prepaidDiscountMinHours;
    }

    public BigDecimal prepaidDiscountPercent() {
        return prepaidDiscountPercent;
    }

    public Map<Priority, PriorityRates> rates() {
        return rates;
    }
}

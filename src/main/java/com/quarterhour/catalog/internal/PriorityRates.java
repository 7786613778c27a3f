package com.quarterhour.catalog.internal;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The hourly rates of one priority on a price list: per use, and drawn from a credit bundle. */
@Embeddable
public class PriorityRates {

    private BigDecimal perUseRate;
    private BigDecimal creditRate;

    protected PriorityRates() {
    }

    public PriorityRates(BigDecimal perUseRate, BigDecimal creditRate) {
        this.perUseRate = perUseRate;
        this.creditRate = creditRate;
    }

    public BigDecimal perUseRate() {
        return perUseRate;
    }

    public BigDecimal creditRate() {
        return creditRate;
    }
}

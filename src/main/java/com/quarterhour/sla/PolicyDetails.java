package com.quarterhour.sla;

import java.math.BigDecimal;
import java.util.List;

/** An SLA policy as it stands: its current version's targets and thresholds. */
public record PolicyDetails(long id, String name, int version, List<TargetRequest> targets, int warnAtPercent,
        Integer goalPercent, Integer escalateAtPercent, String escalateTo, BigDecimal serviceCreditCapPercent) {

    public PolicyDetails(long id, String name, int version, List<TargetRequest> targets, int warnAtPercent,
            Integer goalPercent, Integer escalateAtPercent, String escalateTo) {
        this(id, name, version, targets, warnAtPercent, goalPercent, escalateAtPercent, escalateTo, null);
    }
}

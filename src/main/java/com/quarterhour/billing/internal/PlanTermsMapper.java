package com.quarterhour.billing.internal;

import com.quarterhour.billing.pricing.PlanTerms;
import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.catalog.PlanKind;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code catalog.Plan} → {@link PlanTerms}, field by field. A credit bundle's own priority rates are its credit
 * (draw-down) rates, and the PER-USE plan's are its per-use rates (what the balance cannot cover); PER-USE and
 * MANAGED-WORKPLACE bill their own priority rates per use.
 */
@Component
public class PlanTermsMapper {

    static final String PER_USE = "PER-USE";

    private final PlanCatalog plans;

    PlanTermsMapper(PlanCatalog plans) {
        this.plans = plans;
    }

    public PlanTerms terms(Plan plan) {
        Map<Priority, BigDecimal> own = rates(plan);
        Map<Priority, BigDecimal> perUse = switch (plan.kind()) {
            case CREDIT_BUNDLE -> rates(plans.require(PER_USE));
            case PER_USE, MANAGED_WORKPLACE -> own;
            default -> Map.of();
        };
        Map<Priority, BigDecimal> credit = plan.kind() == PlanKind.CREDIT_BUNDLE ? own : Map.of();
        return new PlanTerms(plan.code(), plan.kind(), plan.currency(), plan.billingIncrementMinutes(),
                plan.monthlyFee().orElse(null), plan.includedMinutes().orElse(0), plan.overageHourlyRate().orElse(null),
                plan.hourlyRate().orElse(null), perUse, credit, plan.bundleHours().orElse(0),
                plan.bundlePrice().orElse(null), plan.incidentPrice().orElse(null),
                plan.incidentBlockMinutes().orElse(0), plan.perMinuteRate().orElse(null));
    }

    private static Map<Priority, BigDecimal> rates(Plan plan) {
        Map<Priority, BigDecimal> rates = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            plan.hourlyRateFor(priority).ifPresent(rate -> rates.put(priority, rate));
        }
        return rates;
    }
}

package com.quarterhour.billing.internal;

import com.quarterhour.billing.pricing.PlanTerms;
import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.catalog.PriceTerms;
import java.time.LocalDate;
import java.util.Currency;
import org.springframework.stereotype.Component;

/**
 * {@code catalog.Plan} and the price list in force → {@link PlanTerms}, field by field. A month is priced with the
 * list in force on its first day, a purchase with the one in force on its date; each list carries all the rates its
 * kind needs (a credit bundle's own per-use rates for what its balance cannot cover).
 */
@Component
public class PlanTermsMapper {

    private final PlanCatalog plans;

    PlanTermsMapper(PlanCatalog plans) {
        this.plans = plans;
    }

    /** The plan's terms in the currency on the day; an {@link IllegalStateException} if it has no prices there. */
    public PlanTerms terms(Plan plan, Currency currency, LocalDate on) {
        return terms(plan, currency, plans.requirePricesInForce(plan.code(), currency, on));
    }

    static PlanTerms terms(Plan plan, Currency currency, PriceTerms prices) {
        return new PlanTerms(plan.code(), plan.kind(), currency, plan.billingIncrementMinutes(), prices.monthlyFee(),
                prices.includedMinutes(), prices.overageHourlyRate(), prices.hourlyRate(), prices.perUseRates(),
                prices.creditRates(), orZero(prices.bundleHours()), prices.bundlePrice(), prices.incidentPrice(),
                orZero(prices.incidentBlockMinutes()), prices.perMinuteRate(), orZero(prices.refundWindowDays()));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}

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

    /**
     * The plan's terms in the currency on the day. A plan without prices there cannot be billed (subscribing refuses
     * such a plan, so the catalogue has lost a price list): an {@link IllegalStateException} naming the currencies it
     * has, thrown here rather than in the catalogue's transaction, so that a batch can leave the customer out and go
     * on.
     */
    public PlanTerms terms(Plan plan, Currency currency, LocalDate on) {
        PriceTerms prices = plans.pricesInForce(plan.code(), currency, on).orElseThrow(() -> new IllegalStateException(
                "Plan " + plan.code() + " has no " + currency.getCurrencyCode() + " prices in force on " + on
                        + "; it is priced in " + plans.currencies(plan.code())));
        return terms(plan, currency, prices);
    }

    static PlanTerms terms(Plan plan, Currency currency, PriceTerms prices) {
        return new PlanTerms(plan.code(), plan.kind(), currency, plan.billingIncrementMinutes(), prices.monthlyFee(),
                prices.includedMinutes(), prices.overageHourlyRate(), prices.hourlyRate(), prices.perUseRates(),
                prices.creditRates(), orZero(prices.bundleHours()), prices.bundlePrice(), prices.incidentPrice(),
                orZero(prices.incidentBlockMinutes()), prices.perMinuteRate(), orZero(prices.refundWindowDays()),
                orZero(prices.prepaidDiscountMinHours()), prices.prepaidDiscountPercent());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}

package com.quarterhour.catalog;

import com.quarterhour.catalog.internal.PlanRepository;
import com.quarterhour.catalog.internal.PriceList;
import com.quarterhour.catalog.internal.PriceListRepository;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of support plans (shared/DESIGN.md, "Plans and pricing: the catalogue is data"): the plans, and the
 * prices in force for a currency on a day — the latest price list that took effect on or before it.
 */
@Service
@Transactional(readOnly = true)
public class PlanCatalog {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final PlanRepository plans;
    private final PriceListRepository priceLists;

    PlanCatalog(PlanRepository plans, PriceListRepository priceLists) {
        this.plans = plans;
        this.priceLists = priceLists;
    }

    public List<Plan> all() {
        return plans.findAll(Sort.by("code"));
    }

    public Optional<Plan> find(String code) {
        return code == null ? Optional.empty() : plans.findById(code);
    }

    /** The plan with this code, or a 400 naming the codes that exist. */
    public Plan require(String code) {
        return find(code).orElseThrow(() -> DomainException.invalid("Unknown plan '" + code + "'; known plans: "
                + String.join(", ", all().stream().map(Plan::code).toList())));
    }

    /** What a customer without a plan is billed under. */
    public Plan standard() {
        return require(Plan.STANDARD);
    }

    /** The plan's terms in this currency in force on the day, if it is priced in it then. */
    public Optional<PriceTerms> pricesInForce(String planCode, Currency currency, LocalDate on) {
        return priceLists.findFirstByPlanCodeAndCurrencyAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
                planCode, currency.getCurrencyCode(), on).map(PlanCatalog::terms);
    }

    /**
     * A plan a customer billed in {@code currency} can subscribe to from {@code start}: not retired, and priced in
     * that currency for the start month. Otherwise a 400 that says why.
     */
    public Plan requireSubscribable(String planCode, Currency currency, LocalDate start) {
        Plan plan = require(planCode);
        if (plan.retired()) {
            throw DomainException.invalid("Plan " + planCode + " was retired on " + plan.retiredAt().orElseThrow()
                    + " and takes no new subscriptions");
        }
        if (pricesInForce(planCode, currency, start.withDayOfMonth(1)).isEmpty()) {
            throw DomainException.invalid("Plan " + planCode + " has no " + currency.getCurrencyCode() + " prices for "
                    + start.withDayOfMonth(1).toString().substring(0, 7) + " and the customer is billed in "
                    + currency.getCurrencyCode() + "; it is priced in " + currencies(planCode));
        }
        return plan;
    }

    /** The codes of the plans that charge a monthly fee in some currency: their subscribers are billed every month. */
    public List<String> plansWithMonthlyFee() {
        return priceLists.planCodesWithMonthlyFee();
    }

    /** The currencies a plan has prices in, today or scheduled, e.g. "EUR, GBP". */
    public String currencies(String planCode) {
        Set<String> currencies = new TreeSet<>();
        priceLists.findByPlanCodeOrderByCurrencyAscEffectiveFromAsc(planCode).forEach(l -> currencies.add(l.currency()));
        return currencies.isEmpty() ? "no currency" : String.join(", ", currencies);
    }

    static PriceTerms terms(PriceList list) {
        Map<Priority, BigDecimal> perUse = new EnumMap<>(Priority.class);
        Map<Priority, BigDecimal> credit = new EnumMap<>(Priority.class);
        list.rates().forEach((priority, rates) -> {
            if (rates.perUseRate() != null) {
                perUse.put(priority, rates.perUseRate());
            }
            if (rates.creditRate() != null) {
                credit.put(priority, rates.creditRate());
            }
        });
        BigDecimal includedHours = list.includedMinutes() == null ? null : BigDecimal.valueOf(list.includedMinutes())
                .divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
        return new PriceTerms(list.monthlyFee(), includedHours, list.overageHourlyRate(), list.hourlyRate(),
                list.bundleHours(), list.bundlePrice(), list.incidentPrice(), list.incidentBlockMinutes(),
                list.perMinuteRate(), list.refundWindowDays(), perUse, credit, list.prepaidDiscountMinHours(),
                list.prepaidDiscountPercent());
    }
}

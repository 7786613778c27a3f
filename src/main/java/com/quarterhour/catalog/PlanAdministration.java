package com.quarterhour.catalog;

import com.quarterhour.catalog.PlanPriceList.Status;
import com.quarterhour.catalog.internal.PlanRepository;
import com.quarterhour.catalog.internal.PriceList;
import com.quarterhour.catalog.internal.PriceListRepository;
import com.quarterhour.catalog.internal.PriorityRates;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.InputBounds;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the catalogue through the API: new plans, price changes from a coming month, retiring a plan. The
 * months that are running or invoiced keep their prices: a change takes effect on the first day of a later month.
 */
@Service
@Transactional
public class PlanAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");
    private static final int MAX_NAME = 120;

    private final PlanRepository plans;
    private final PriceListRepository priceLists;
    private final PlanCatalog catalog;
    private final Clock clock;
    private final ZoneId companyZone;

    PlanAdministration(PlanRepository plans, PriceListRepository priceLists, PlanCatalog catalog, Clock clock,
            @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.plans = plans;
        this.priceLists = priceLists;
        this.catalog = catalog;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    @Transactional(readOnly = true)
    public List<PlanDetails> list() {
        Map<String, List<PriceList>> lists = new TreeMap<>();
        priceLists.findAllByOrderByPlanCodeAscCurrencyAscEffectiveFromAsc()
                .forEach(l -> lists.computeIfAbsent(l.planCode(), code -> new ArrayList<>()).add(l));
        return catalog.all().stream().map(p -> details(p, lists.getOrDefault(p.code(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public PlanDetails get(String code) {
        Plan plan = catalog.find(code).orElseThrow(() -> DomainException.notFound("Plan " + code + " does not exist"));
        return details(plan, priceLists.findByPlanCodeOrderByCurrencyAscEffectiveFromAsc(code));
    }

    /** A new plan with its first prices, in force from the first day of the current month. */
    public PlanDetails create(PlanRequest request) {
        if (request.code() == null || !CODE.matcher(request.code()).matches()) {
            throw DomainException.invalid("code must be 1 to 40 upper-case letters, digits and dashes, starting with a "
                    + "letter or digit, e.g. GOLD-EU");
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > MAX_NAME) {
            throw DomainException.invalid("name is required, at most " + MAX_NAME + " characters");
        }
        if (request.kind() == null) {
            throw DomainException.invalid("kind is required: one of " + List.of(PlanKind.values()));
        }
        if (request.kind() == PlanKind.STANDARD) {
            throw DomainException.invalid("There is one standard rate, the STANDARD plan: change its prices instead");
        }
        PriceRules.checkIncrement(request.kind(), request.incrementMinutes());
        Map<Currency, PriceTerms> prices = checkedPrices(request.kind(), request.incrementMinutes(), request.prices());
        if (plans.existsById(request.code())) {
            throw DomainException.conflict("Plan " + request.code() + " already exists");
        }
        Plan plan = new Plan(request.code(), request.name().strip(), request.kind(), request.incrementMinutes(),
                Boolean.TRUE.equals(request.requiresPaymentMethod()), Boolean.TRUE.equals(request.aroundTheClock()),
                request.slaPolicyId());
        try {
            plans.saveAndFlush(plan);
        } catch (DataIntegrityViolationException e) {
            if (request.slaPolicyId() == null) {
                throw e; // the same code created at the same moment: the advice's 409
            }
            // the catalogue cannot ask the sla module (it depends on the catalogue), the foreign key can
            throw DomainException.invalid("slaPolicyId " + request.slaPolicyId() + " is not an SLA policy (GET "
                    + "/api/sla-policies lists them), or plan " + request.code() + " was created at the same time");
        }
        LocalDate from = currentMonth().atDay(1);
        prices.forEach((currency, terms) -> priceLists.save(priceList(plan.code(), currency, from, terms)));
        priceLists.flush();
        return get(plan.code());
    }

    /**
     * New prices from the first day of a month after the current one, for each currency given: all are saved or none.
     * A list already scheduled for that day in a currency is replaced; the lists in force stay as they are.
     */
    public PlanDetails schedulePrices(String code, PriceChange change) {
        Plan plan = existing(code);
        if (plan.retired()) {
            throw DomainException.conflict("Plan " + code + " is retired; its prices no longer change");
        }
        LocalDate from = change.effectiveFrom();
        if (from == null) {
            throw DomainException.invalid("effectiveFrom is required: the first day of a coming month, e.g. "
                    + currentMonth().plusMonths(1).atDay(1));
        }
        if (from.getDayOfMonth() != 1) {
            throw DomainException.invalid("effectiveFrom must be the first day of a month (a month is priced as a "
                    + "whole), was " + from);
        }
        if (!YearMonth.from(from).isAfter(currentMonth())) {
            throw DomainException.invalid("effectiveFrom must be in a month after the current one (" + currentMonth()
                    + "): that month and the ones before it are running or invoiced at the prices they had; the "
                    + "earliest is " + currentMonth().plusMonths(1).atDay(1));
        }
        if (!InputBounds.contains(from)) {
            throw DomainException.invalid("effectiveFrom must be " + InputBounds.RANGE);
        }
        Map<Currency, PriceTerms> prices = checkedPrices(plan.kind(), plan.billingIncrementMinutes(), change.prices());
        prices.keySet().forEach(currency -> priceLists
                .findByPlanCodeAndCurrencyAndEffectiveFrom(code, currency.getCurrencyCode(), from)
                .ifPresent(priceLists::delete));
        priceLists.flush();
        prices.forEach((currency, terms) -> priceLists.save(priceList(code, currency, from, terms)));
        priceLists.flush();
        return get(code);
    }

    /** No new subscriptions from now on; the running ones and all prices stay. */
    public PlanDetails retire(String code) {
        Plan plan = existing(code);
        if (Plan.STANDARD.equals(code)) {
            throw DomainException.conflict("STANDARD prices every customer without a plan; it cannot be retired");
        }
        if (plan.retired()) {
            throw DomainException.conflict("Plan " + code + " was already retired on " + plan.retiredAt().orElseThrow());
        }
        plan.retire(clock.instant());
        plans.flush();
        return get(code);
    }

    private Plan existing(String code) {
        return catalog.find(code).orElseThrow(() -> DomainException.notFound("Plan " + code + " does not exist"));
    }

    private YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(companyZone));
    }

    /** Every currency's terms checked before anything is written. */
    private static Map<Currency, PriceTerms> checkedPrices(PlanKind kind, int incrementMinutes,
            Map<String, PriceTerms> prices) {
        if (prices == null || prices.isEmpty()) {
            throw DomainException.invalid("prices are required: terms for at least one currency, e.g. {\"EUR\": {...}}");
        }
        Map<Currency, PriceTerms> checked = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        prices.forEach((code, terms) -> {
            Currency currency = currency(code);
            PriceRules.check(kind, incrementMinutes, currency, terms);
            checked.put(currency, terms);
        });
        return checked;
    }

    private static Currency currency(String code) {
        try {
            if (code != null && code.matches("[A-Z]{3}")) {
                return Currency.getInstance(code);
            }
        } catch (IllegalArgumentException e) {
            // not an ISO 4217 code: answered below
        }
        throw DomainException.invalid("prices are keyed by ISO 4217 currency code such as GBP, EUR or USD; '" + code
                + "' is not one");
    }

    private PriceList priceList(String planCode, Currency currency, LocalDate from, PriceTerms terms) {
        Map<Priority, PriorityRates> rates = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            BigDecimal perUse = terms.perUseRates().get(priority);
            BigDecimal credit = terms.creditRates().get(priority);
            if (perUse != null || credit != null) {
                rates.put(priority, new PriorityRates(perUse, credit));
            }
        }
        return new PriceList(planCode, currency.getCurrencyCode(), from, terms.monthlyFee(),
                terms.includedHours() == null ? null : terms.includedMinutes(), terms.overageHourlyRate(),
                terms.hourlyRate(), terms.bundleHours(), terms.bundlePrice(), terms.incidentPrice(),
                terms.incidentBlockMinutes(), terms.perMinuteRate(), terms.refundWindowDays(),
                terms.prepaidDiscountMinHours(), terms.prepaidDiscountPercent(), rates, clock.instant());
    }

    private PlanDetails details(Plan plan, List<PriceList> lists) {
        LocalDate today = LocalDate.now(clock.withZone(companyZone));
        List<PlanPriceList> views = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            PriceList list = lists.get(i);
            boolean later = i + 1 < lists.size() && lists.get(i + 1).currency().equals(list.currency())
                    && !lists.get(i + 1).effectiveFrom().isAfter(today);
            Status status = list.effectiveFrom().isAfter(today) ? Status.SCHEDULED
                    : later ? Status.SUPERSEDED : Status.IN_FORCE;
            views.add(new PlanPriceList(Currency.getInstance(list.currency()), list.effectiveFrom(), status,
                    PlanCatalog.terms(list)));
        }
        return new PlanDetails(plan.code(), plan.name(), plan.kind(), plan.billingIncrementMinutes(),
                plan.requiresPaymentMethod(), plan.aroundTheClock(), plan.slaPolicyId().orElse(null),
                plan.retiredAt().orElse(null), views);
    }
}

package com.quarterhour.engagement;

import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.catalog.PlanKind;
import com.quarterhour.catalog.PriceTerms;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EstimateView.LineView;
import com.quarterhour.engagement.internal.Engagement;
import com.quarterhour.engagement.internal.EngagementRepository;
import com.quarterhour.engagement.internal.EstimateLines;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import com.quarterhour.estimate.Estimate;
import com.quarterhour.estimate.EstimateAccuracy;
import com.quarterhour.estimate.EstimateCatalogue;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Periods;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Estimates of engagements. The price is the estimated hours at the hourly rate the engagement's plan charges at its
 * priority in force: the per-priority rate (per use, credit draw-down, Managed Workplace beyond its hours) or the
 * plan's single hourly rate (standard, pay as you go). Other plans charge no hourly rate for this work (a monthly
 * package draws on included hours, an incident or a minute is priced otherwise), so their estimate is in hours only
 * and says why; how much of it would be overage is not estimated.
 */
@Service
@Transactional
public class EstimateService {

    private final SupportRequestLifecycle lifecycle;
    private final EstimateCatalogue catalogue;
    private final EstimateLines estimates;
    private final PlanCatalog plans;
    private final EngagementRepository engagements;
    private final InvoicedWork invoiced;
    private final CustomerService customers;
    private final Clock clock;
    private final ZoneId companyZone;

    EstimateService(SupportRequestLifecycle lifecycle, EstimateCatalogue catalogue, EstimateLines estimates,
            PlanCatalog plans, EngagementRepository engagements, InvoicedWork invoiced, CustomerService customers,
            Clock clock,
            @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.lifecycle = lifecycle;
        this.catalogue = catalogue;
        this.estimates = estimates;
        this.plans = plans;
        this.engagements = engagements;
        this.invoiced = invoiced;
        this.customers = customers;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    public record EstimateRequest(List<Estimate.Requested> components) {
    }

    /**
     * POST /api/engagements/{id}/estimate. {@code price} and {@code hourlyRate} are null where the plan charges no
     * hourly rate at the priority; {@code pricing} then says why.
     */
    public record Estimated(long engagementId, List<LineView> lines, BigDecimal totalHours, int estimatedMinutes,
            String planCode, Priority priority, String currency, BigDecimal hourlyRate, BigDecimal price, String pricing) {
    }

    /** Stores the engagement's estimate in place of any earlier one and prices it; a completed engagement is closed. */
    public Estimated estimate(long engagementId, EstimateRequest request) {
        Estimate estimate = catalogue.estimate(request == null ? null : request.components());
        Engagement engagement = lifecycle.forUpdate(engagementId);
        if (engagement.getStatus() == EngagementStatus.COMPLETED) {
            throw DomainException.conflict("Engagement " + engagementId + " is completed; its estimate can no longer change");
        }
        estimates.replace(engagementId, estimate);
        Priced priced = price(engagement, estimate, new Lookups());
        return new Estimated(engagementId, EstimateView.lines(estimate), estimate.totalHours(), estimate.totalMinutes(),
                priced.planCode(), priced.priority(), priced.currency(), priced.hourlyRate(), priced.price(),
                priced.pricing());
    }

    /** What an invoice shows of an engagement's estimate: its hours and its price, as the engagement shows them. */
    public record EngagementEstimate(long engagementId, String title, BigDecimal totalHours, int estimatedMinutes,
            String currency, BigDecimal estimatedPrice) {
    }

    /** The estimates of these engagements, priced; an engagement without an estimate is absent. */
    @Transactional(readOnly = true)
    public Map<Long, EngagementEstimate> estimatesOf(Collection<Long> engagementIds) {
        Map<Long, Estimate> estimateOf = estimates.of(engagementIds);
        if (estimateOf.isEmpty()) {
            return Map.of();
        }
        Lookups lookups = new Lookups();
        Map<Long, EngagementEstimate> result = new HashMap<>();
        for (Engagement e : engagements.findAllById(estimateOf.keySet())) {
            Estimate estimate = estimateOf.get(e.getId());
            Priced priced = price(e, estimate, lookups);
            result.put(e.getId(), new EngagementEstimate(e.getId(), e.getTitle(), estimate.totalHours(),
                    estimate.totalMinutes(), priced.currency(), priced.price()));
        }
        return result;
    }

    /**
     * The estimate against the actual of each of these engagements that has an estimate, in two queries besides the
     * plans (the stored estimates and what issued invoices billed); {@code capturedMinutes} are the minutes captured
     * on each engagement.
     */
    Map<Long, EstimateView> against(Collection<Engagement> of, Map<Long, Integer> capturedMinutes) {
        Map<Long, Estimate> estimateOf = estimates.of(of.stream().map(Engagement::getId).toList());
        if (estimateOf.isEmpty()) {
            return Map.of();
        }
        Map<Long, InvoicedWork.Invoiced> invoicedOf = invoiced.invoicedOf(estimateOf.keySet());
        Lookups lookups = new Lookups();
        Map<Long, EstimateView> result = new HashMap<>();
        for (Engagement e : of) {
            Estimate estimate = estimateOf.get(e.getId());
            if (estimate == null) {
                continue;
            }
            Priced priced = price(e, estimate, lookups);
            Optional<InvoicedWork.Invoiced> billed = Optional.ofNullable(invoicedOf.get(e.getId()));
            result.put(e.getId(), new EstimateView(EstimateView.lines(estimate), estimate.totalHours(),
                    estimate.totalMinutes(), priced.currency(), priced.price(), priced.pricing(),
                    capturedMinutes.getOrDefault(e.getId(), 0),
                    billed.map(InvoicedWork.Invoiced::billedMinutes).orElse(0),
                    billed.map(InvoicedWork.Invoiced::chargedAmount).orElse(null)));
        }
        return result;
    }

    /**
     * The accuracy of the estimates of the engagements completed in the months {@code from} to {@code to}
     * ({@code to} defaults to {@code from}); see {@link EstimateAccuracy}.
     */
    @Transactional(readOnly = true)
    public EstimateAccuracyReport accuracy(String from, String to) {
        YearMonth first = Periods.optional(from)
                .orElseThrow(() -> DomainException.invalid("from is required, a month such as 2026-10"));
        YearMonth last = Periods.optional(to).orElse(first);
        if (last.isBefore(first)) {
            throw DomainException.invalid("to (" + last + ") must not be before from (" + first + ")");
        }
        Map<Long, EstimateLines.Completed> completed = estimates.completedBetween(
                first.atDay(1).atStartOfDay(companyZone).toInstant(),
                last.plusMonths(1).atDay(1).atStartOfDay(companyZone).toInstant());
        EstimateAccuracy.Result result = EstimateAccuracy.of(completed.values().stream()
                .map(c -> new EstimateAccuracy.Sample(c.estimate(), c.capturedMinutes())).toList());
        return new EstimateAccuracyReport(first.toString(), last.toString(), companyZone.getId(), result.components(),
                result.total());
    }

    /** An estimate priced at the engagement's plan and priority as they are now. */
    private record Priced(String planCode, Priority priority, String currency, BigDecimal hourlyRate, BigDecimal price,
            String pricing) {
    }

    /**
     * An estimate priced at the engagement's plan and priority as they are now, with today's prices in the customer's
     * currency: what the work would cost if it were billed this month.
     */
    private static Priced price(Engagement engagement, Estimate estimate, Lookups lookups) {
        Priority priority = engagement.getEffectivePriority();
        Optional<Plan> plan = Optional.ofNullable(engagement.getPlanCode()).flatMap(lookups::plan);
        Currency currency = lookups.currency(engagement.getCustomerId());
        BigDecimal rate = plan.flatMap(p -> lookups.prices(p, currency)
                .flatMap(prices -> hourlyRate(p.kind(), prices, priority))).orElse(null);
        return new Priced(plan.map(Plan::code).orElse(null), priority,
                plan.map(p -> currency.getCurrencyCode()).orElse(null), rate,
                plan.flatMap(p -> estimate.priceAt(rate, currency)).orElse(null), pricing(plan, priority, rate));
    }

    /** Looks each plan, customer currency and price list up once: a page of engagements shares a few. */
    private final class Lookups {

        private final LocalDate today = LocalDate.now(clock.withZone(companyZone));
        private final Map<String, Optional<Plan>> planOf = new HashMap<>();
        private final Map<Long, Currency> currencyOf = new HashMap<>();
        private final Map<String, Optional<PriceTerms>> pricesOf = new HashMap<>();

        Optional<Plan> plan(String code) {
            return planOf.computeIfAbsent(code, plans::find);
        }

        Currency currency(long customerId) {
            return currencyOf.computeIfAbsent(customerId, id -> customers.get(id).currency());
        }

        Optional<PriceTerms> prices(Plan plan, Currency currency) {
            return pricesOf.computeIfAbsent(plan.code() + " " + currency,
                    key -> plans.pricesInForce(plan.code(), currency, today));
        }
    }

    /** The hourly rate a plan of this kind charges, at these prices, for work at a priority, if it charges by the hour. */
    static Optional<BigDecimal> hourlyRate(PlanKind kind, PriceTerms prices, Priority priority) {
        return switch (kind) {
            case STANDARD, PAY_AS_YOU_GO -> Optional.ofNullable(prices.hourlyRate());
            case PER_USE, MANAGED_WORKPLACE -> Optional.ofNullable(priority).map(prices.perUseRates()::get);
            case CREDIT_BUNDLE -> Optional.ofNullable(priority).map(prices.creditRates()::get);
            default -> Optional.empty();
        };
    }

    private static String pricing(Optional<Plan> plan, Priority priority, BigDecimal rate) {
        if (plan.isEmpty()) {
            return "Hours only: the engagement has no plan yet";
        }
        if (rate != null) {
            return "At the " + plan.get().code() + " rate for " + priority;
        }
        PlanKind kind = plan.get().kind();
        if (priority == null && (kind == PlanKind.PER_USE || kind == PlanKind.CREDIT_BUNDLE
                || kind == PlanKind.MANAGED_WORKPLACE)) {
            return "Hours only: the engagement has no priority yet";
        }
        return "Hours only: the " + plan.get().code() + " plan charges no hourly rate for this work";
    }
}

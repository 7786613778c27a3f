package com.quarterhour.engagement;

import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.catalog.PlanKind;
import com.quarterhour.catalog.PriceTerms;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EstimateView.LineView;
import com.quarterhour.engagement.internal.Engagement;
import com.quarterhour.engagement.internal.EstimateLines;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import com.quarterhour.estimate.Estimate;
import com.quarterhour.estimate.EstimateCatalogue;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
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
    private final CustomerService customers;
    private final Clock clock;
    private final ZoneId companyZone;

    EstimateService(SupportRequestLifecycle lifecycle, EstimateCatalogue catalogue, EstimateLines estimates,
            PlanCatalog plans, CustomerService customers, Clock clock,
            @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.lifecycle = lifecycle;
        this.catalogue = catalogue;
        this.estimates = estimates;
        this.plans = plans;
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
        Priority priority = engagement.getEffectivePriority();
        Optional<Plan> plan = Optional.ofNullable(engagement.getPlanCode()).flatMap(plans::find);
        Currency currency = customers.get(engagement.getCustomerId()).currency();
        // today's prices in the customer's currency: what the work would cost if it were billed this month
        LocalDate today = LocalDate.now(clock.withZone(companyZone));
        BigDecimal rate = plan.flatMap(p -> plans.pricesInForce(p.code(), currency, today)
                .flatMap(prices -> hourlyRate(p.kind(), prices, priority))).orElse(null);
        return new Estimated(engagementId, EstimateView.lines(estimate), estimate.totalHours(), estimate.totalMinutes(),
                plan.map(Plan::code).orElse(null), priority, plan.map(p -> currency.getCurrencyCode()).orElse(null),
                rate, plan.flatMap(p -> estimate.priceAt(rate, currency)).orElse(null), pricing(plan, priority, rate));
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

package com.quarterhour.engagement;

import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.catalog.PlanKind;
import com.quarterhour.engagement.EstimateView.LineView;
import com.quarterhour.engagement.internal.Engagement;
import com.quarterhour.engagement.internal.EstimateLines;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import com.quarterhour.estimate.Estimate;
import com.quarterhour.estimate.EstimateCatalogue;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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

    EstimateService(SupportRequestLifecycle lifecycle, EstimateCatalogue catalogue, EstimateLines estimates,
            PlanCatalog plans) {
        this.lifecycle = lifecycle;
        this.catalogue = catalogue;
        this.estimates = estimates;
        this.plans = plans;
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
        BigDecimal rate = plan.flatMap(p -> hourlyRate(p, priority)).orElse(null);
        return new Estimated(engagementId, EstimateView.lines(estimate), estimate.totalHours(), estimate.totalMinutes(),
                plan.map(Plan::code).orElse(null), priority, plan.map(p -> p.currency().getCurrencyCode()).orElse(null),
                rate, plan.flatMap(p -> estimate.priceAt(rate, p.currency())).orElse(null), pricing(plan, priority, rate));
    }

    /** The hourly rate a plan charges for work at a priority, if it charges by the hour. */
    static Optional<BigDecimal> hourlyRate(Plan plan, Priority priority) {
        return switch (plan.kind()) {
            case STANDARD, PAY_AS_YOU_GO -> plan.hourlyRate();
            case PER_USE, CREDIT_BUNDLE, MANAGED_WORKPLACE ->
                    Optional.ofNullable(priority).flatMap(plan::hourlyRateFor);
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

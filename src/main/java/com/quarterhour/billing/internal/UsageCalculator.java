package com.quarterhour.billing.internal;

import com.quarterhour.billing.UsageView;
import com.quarterhour.billing.UsageView.Recommendation;
import com.quarterhour.billing.internal.BillingBasis.Basis;
import com.quarterhour.billing.pricing.Balances;
import com.quarterhour.billing.pricing.PlanRecommendation;
import com.quarterhour.billing.pricing.PlanRecommendation.Candidate;
import com.quarterhour.billing.pricing.PlanRecommendation.MonthOnPlan;
import com.quarterhour.billing.pricing.PlanRecommendation.MonthPaid;
import com.quarterhour.billing.pricing.PlanRecommendation.Subscribed;
import com.quarterhour.billing.pricing.Pricing;
import com.quarterhour.billing.pricing.SubscriptionTerms;
import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.catalog.PlanKind;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.customer.SubscriptionView;
import com.quarterhour.engagement.CompletedWork;
import com.quarterhour.engagement.EngagementDetails.TimeEntryView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usage of a period: the period's completed work (the work its monthly invoice bills, see {@link BillingBasis}) against
 * the plan's included hours, the balances, and a plan recommendation priced with the pricing core.
 */
@Component
@Transactional(readOnly = true)
public class UsageCalculator {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final BillingBasis basis;
    private final BalanceLedger ledger;
    private final PlanCatalog plans;
    private final CustomerService customers;

    UsageCalculator(BillingBasis basis, BalanceLedger ledger, PlanCatalog plans, CustomerService customers) {
        this.basis = basis;
        this.customers = customers;
        this.ledger = ledger;
        this.plans = plans;
    }

    /** The period's usage; {@code lastEnded} is the latest month that is over, the last the recommendation compares. */
    public UsageView usage(CustomerView customer, YearMonth period, YearMonth lastEnded) {
        Basis terms = basis.basis(customer, period);
        List<CompletedWork> work = basis.workOf(customer.id(), period);
        int increment = terms.terms().billingIncrementMinutes();
        int used = 0;
        for (CompletedWork w : work) {
            if (w.bugCreditApproved() || w.waiverApproved()) {
                continue;
            }
            for (TimeEntryView e : w.timeEntries()) {
                if (e.billable()) {
                    used += Pricing.billedMinutes(e.minutes(), increment);
                }
            }
        }
        int included = terms.terms().includedMinutes();
        Balances balances = ledger.of(customer.id());
        return new UsageView(customer.id(), period.toString(), terms.plan().code(), customer.currency(), hours(included),
                hours(used), hours(Math.max(0, included - used)), hours(included > 0 ? Math.max(0, used - included) : 0),
                balances.credit(), balances.prepaidHours(), recommend(customer, period, lastEnded));
    }

    /**
     * The cheapest Business Priority Support plan over the compared months (see {@link PlanRecommendation}): their work
     * priced under each monthly package against what it cost on the plans the customer had. Costs are before VAT,
     * without balances (prepaid hours and credit were paid for at the plan's prices too).
     */
    Recommendation recommend(CustomerView customer, YearMonth period, YearMonth lastEnded) {
        List<SubscriptionView> subscriptions = customers.subscriptions(customer.id());
        List<MonthOnPlan> months = PlanRecommendation.monthsToCompare(period, lastEnded, subscriptions.stream()
                .map(s -> new Subscribed(s.planCode(), s.startDate(), s.cancelledOn())).toList());
        List<MonthPaid> paid = new ArrayList<>();
        List<List<CompletedWork>> work = new ArrayList<>();
        try {
            for (MonthOnPlan m : months) {
                List<CompletedWork> monthWork = basis.workOf(customer.id(), m.month());
                work.add(monthWork);
                paid.add(new MonthPaid(m.month(), m.planCode(),
                        cost(basis.basis(customer, subscriptions, m.month()), m.month(), monthWork)));
            }
        } catch (IllegalArgumentException notPriceable) {
            return null; // the pricing core refuses the customer's own terms: nothing to compare against
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Plan plan : plans.all()) {
            if (plan.kind() == PlanKind.MONTHLY_PACKAGE && !plan.retired()) {
                candidateCosts(customer, plan, months, work).ifPresent(costs -> candidates.add(new Candidate(plan.code(),
                        costs)));
            }
        }
        return PlanRecommendation.cheapest(paid, candidates, customer.currency())
                .map(r -> new Recommendation(r.planCode(), plans.require(r.planCode()).name(),
                        r.months().stream().map(YearMonth::toString).toList(), r.paid(), r.cost(), r.saving(),
                        r.reason()))
                .orElse(null);
    }

    /** Each month's work under the plan at that month's prices in the customer's currency; none if it has none. */
    private Optional<List<BigDecimal>> candidateCosts(CustomerView customer, Plan plan, List<MonthOnPlan> months,
            List<List<CompletedWork>> work) {
        List<BigDecimal> costs = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i).month();
            var prices = plans.pricesInForce(plan.code(), customer.currency(), month.atDay(1));
            if (prices.isEmpty()) {
                return Optional.empty();
            }
            Basis candidate = new Basis(customer, plan, PlanTermsMapper.terms(plan, customer.currency(), prices.get()),
                    SubscriptionTerms.startingOn(month.atDay(1)));
            costs.add(cost(candidate, month, work.get(i)));
        }
        return Optional.of(costs);
    }

    private BigDecimal cost(Basis terms, YearMonth month, List<CompletedWork> work) {
        return Pricing.priceMonth(basis.request(terms, month, Balances.NONE, work, Set.of())).subtotal();
    }

    private static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }
}

package com.quarterhour.billing.internal;

import com.quarterhour.billing.UsageView;
import com.quarterhour.billing.UsageView.Recommendation;
import com.quarterhour.billing.internal.BillingBasis.Basis;
import com.quarterhour.billing.pricing.Balances;
import com.quarterhour.billing.pricing.Pricing;
import com.quarterhour.billing.pricing.SubscriptionTerms;
import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.catalog.PlanKind;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.engagement.CompletedWork;
import com.quarterhour.engagement.EngagementDetails.TimeEntryView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
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

    UsageCalculator(BillingBasis basis, BalanceLedger ledger, PlanCatalog plans) {
        this.basis = basis;
        this.ledger = ledger;
        this.plans = plans;
    }

    public UsageView usage(CustomerView customer, YearMonth period) {
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
                balances.credit(), balances.prepaidHours(), recommend(customer, period));
    }

    /**
     * The cheapest Business Priority Support plan, if pricing the last three months' work (the period and the two
     * before it) under it costs less than under the plans the customer had. Costs are before VAT, without balances
     * (prepaid hours and credit were paid for at the plan's prices too).
     */
    Recommendation recommend(CustomerView customer, YearMonth period) {
        List<YearMonth> months = List.of(period.minusMonths(2), period.minusMonths(1), period);
        List<Basis> current = new ArrayList<>();
        List<List<CompletedWork>> work = new ArrayList<>();
        for (YearMonth m : months) {
            current.add(basis.basis(customer, m));
            work.add(basis.workOf(customer.id(), m));
        }
        BigDecimal currentCost;
        try {
            currentCost = BigDecimal.ZERO;
            for (int i = 0; i < months.size(); i++) {
                currentCost = currentCost.add(cost(current.get(i), months.get(i), work.get(i)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        TreeMap<BigDecimal, Plan> cheaper = new TreeMap<>();
        for (Plan plan : plans.all()) {
            if (plan.kind() != PlanKind.MONTHLY_PACKAGE || plan.retired()) {
                continue;
            }
            boolean alreadyOnIt = current.stream().allMatch(b -> b.plan().code().equals(plan.code()));
            if (alreadyOnIt) {
                continue;
            }
            BigDecimal cost = candidateCost(customer, plan, months, work);
            if (cost != null && cost.compareTo(currentCost) < 0) {
                cheaper.putIfAbsent(cost, plan);
            }
        }
        if (cheaper.isEmpty()) {
            return null;
        }
        var best = cheaper.firstEntry();
        BigDecimal saving = currentCost.subtract(best.getKey());
        return new Recommendation(best.getValue().code(), best.getValue().name(),
                months.stream().map(YearMonth::toString).toList(), currentCost, best.getKey(), saving,
                "The work of " + months.get(0) + " to " + period + " would have cost "
                        + InvoiceDocuments.money(best.getKey(), customer.currency()) + " under "
                        + best.getValue().code() + " instead of " + InvoiceDocuments.money(currentCost,
                                customer.currency()) + " (before VAT): " + InvoiceDocuments.money(saving,
                                customer.currency()) + " less");
    }

    /** The months' work under the plan at each month's prices in the customer's currency; null if it has none. */
    private BigDecimal candidateCost(CustomerView customer, Plan plan, List<YearMonth> months,
            List<List<CompletedWork>> work) {
        SubscriptionTerms subscription = SubscriptionTerms.startingOn(months.get(0).atDay(1));
        BigDecimal cost = BigDecimal.ZERO;
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            var prices = plans.pricesInForce(plan.code(), customer.currency(), month.atDay(1));
            if (prices.isEmpty()) {
                return null;
            }
            Basis candidate = new Basis(customer, plan, PlanTermsMapper.terms(plan, customer.currency(), prices.get()),
                    subscription);
            cost = cost.add(cost(candidate, month, work.get(i)));
        }
        return cost;
    }

    private BigDecimal cost(Basis terms, YearMonth month, List<CompletedWork> work) {
        return Pricing.priceMonth(basis.request(terms, month, Balances.NONE, work, Set.of())).subtotal();
    }

    private static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }
}

package com.quarterhour.billing.internal;

import com.quarterhour.billing.pricing.Balances;
import com.quarterhour.billing.pricing.PlanTerms;
import com.quarterhour.billing.pricing.PricingRequest;
import com.quarterhour.billing.pricing.ServiceCredit;
import com.quarterhour.billing.pricing.SubscriptionTerms;
import com.quarterhour.billing.pricing.WorkEntry;
import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.customer.SubscriptionView;
import com.quarterhour.engagement.CompletedWork;
import com.quarterhour.engagement.CompletedWorkQuery;
import com.quarterhour.engagement.EngagementDetails.TimeEntryView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a customer's invoice for a period is made of: the plan that prices it and the completed work it bills.
 *
 * <ul>
 * <li><b>Plan.</b> The latest-starting subscription that runs on at least one day of the period prices the whole
 * period; without one, the STANDARD rate. Its prices are the customer's currency's price list in force on the
 * period's first day, so a price change from a later month leaves the period (and any re-run of it) as it was.</li>
 * <li><b>Work.</b> An engagement is billed on the invoice of the month, in the company's time zone, in which it was
 * completed, with all its time entries (back-dated ones included). If one of its entries is dated in a later month (a
 * customer east of the company working past midnight local time), it moves to that month's invoice. A time entry that
 * a live invoice already bills is never billed again.</li>
 * </ul>
 */
@Component
public class BillingBasis {

    private final CustomerService customers;
    private final PlanCatalog plans;
    private final PlanTermsMapper mapper;
    private final CompletedWorkQuery work;
    private final InvoiceRepository invoices;
    private final BulkBillingReads bulk;
    private final ZoneId companyZone;

    BillingBasis(CustomerService customers, PlanCatalog plans, PlanTermsMapper mapper, CompletedWorkQuery work,
            InvoiceRepository invoices, BulkBillingReads bulk,
            @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.customers = customers;
        this.plans = plans;
        this.mapper = mapper;
        this.work = work;
        this.invoices = invoices;
        this.bulk = bulk;
        this.companyZone = companyZone;
    }

    /** The plan terms and subscription that price a customer's period. */
    public record Basis(CustomerView customer, Plan plan, PlanTerms terms, SubscriptionTerms subscription) {
    }

    public ZoneId companyZone() {
        return companyZone;
    }

    public Basis basis(CustomerView customer, YearMonth period) {
        return basis(customer, customers.subscriptions(customer.id()), period);
    }

    /** As {@link #basis(CustomerView, YearMonth)}, from the customer's subscriptions read beforehand. */
    Basis basis(CustomerView customer, List<SubscriptionView> subscriptions, YearMonth period) {
        SubscriptionView running = subscriptions.stream()
                .filter(s -> runsIn(s, period))
                .max((a, b) -> a.startDate().compareTo(b.startDate()))
                .orElse(null);
        Plan plan = running == null ? plans.standard() : plans.require(running.planCode());
        PlanTerms terms;
        try {
            // the month is priced as a whole with the prices in force on its first day, in the customer's currency
            terms = mapper.terms(plan, customer.currency(), period.atDay(1));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Cannot price " + period + " for customer " + customer.id() + " ("
                    + customer.name() + "): " + e.getMessage(), e);
        }
        return new Basis(customer, plan, terms, running == null ? null
                : new SubscriptionTerms(running.startDate(), running.cancelledOn(), 1));
    }

    /**
     * Customers billed for the period: fee plans running in it, and unbilled completed work that belongs to it. Read
     * with set-based queries that stream the window's engagements (one summary row each), so neither the time nor the
     * memory of the selection grows with the number of time entries beyond the customer ids themselves.
     */
    public List<Long> customersWithActivity(YearMonth period) {
        List<String> feePlans = plans.plansWithMonthlyFee();
        Set<Long> ids = new TreeSet<>(customers.subscribedBetween(feePlans, period.atDay(1), period.atEndOfMonth()));
        bulk.completedEngagements(start(period.minusMonths(1)), start(period.plusMonths(1)), engagement -> {
            if (engagement.unbilledEntries() > 0
                    && billingMonth(engagement.completedAt(), engagement.latestWorkDate()).equals(period)) {
                ids.add(engagement.customerId());
            }
        });
        return List.copyOf(ids);
    }

    /** The window of completion times that may hold the period's work: the month before it to the month after. */
    Instant windowStart(YearMonth period) {
        return start(period.minusMonths(1));
    }

    Instant windowEnd(YearMonth period) {
        return start(period.plusMonths(1));
    }

    /** The customer's completed work that the period's invoice bills (all of it, billed or not). */
    public List<CompletedWork> workOf(long customerId, YearMonth period) {
        return belongingTo(period, work.completedBetween(customerId, windowStart(period), windowEnd(period)));
    }

    /** The time entries among the work that a live invoice already bills. */
    public Set<Long> billedAmong(Collection<CompletedWork> works) {
        List<Long> ids = works.stream().flatMap(w -> w.timeEntries().stream()).map(TimeEntryView::id).toList();
        return ids.isEmpty() ? Set.of() : new HashSet<>(invoices.billedAmong(ids));
    }

    /** The pricing core's input: the given entries of the work, at the engagement's priority. */
    public PricingRequest request(Basis basis, YearMonth period, Balances opening, List<CompletedWork> works,
            Set<Long> excludedEntries) {
        return request(basis, period, opening, works, excludedEntries, List.of());
    }

    /** As above, with the approved service credits the invoice deducts (only with a monthly fee). */
    public PricingRequest request(Basis basis, YearMonth period, Balances opening, List<CompletedWork> works,
            Set<Long> excludedEntries, List<ServiceCredit> serviceCredits) {
        List<WorkEntry> entries = new ArrayList<>();
        for (CompletedWork w : works) {
            for (TimeEntryView e : w.timeEntries()) {
                if (!excludedEntries.contains(e.id())) {
                    entries.add(new WorkEntry(e.id(), w.engagementId(), w.title(), e.technician(), e.workDate(),
                            e.minutes(), e.agents(), Objects.requireNonNull(w.priority(), () -> "engagement "
                                    + w.engagementId() + " was completed without a priority"), e.note(), e.billable()));
                }
            }
        }
        Set<Long> included = entries.stream().map(WorkEntry::engagementId).collect(Collectors.toSet());
        return new PricingRequest(basis.terms(), basis.subscription(), basis.customer().currency(),
                basis.customer().vatRate(), opening, period, entries,
                works.stream().filter(w -> w.bugCreditApproved() && included.contains(w.engagementId()))
                        .map(CompletedWork::engagementId).collect(Collectors.toSet()),
                works.stream().filter(w -> w.waiverApproved() && included.contains(w.engagementId()))
                        .map(CompletedWork::engagementId).collect(Collectors.toSet()),
                serviceCredits);
    }

    public Instant start(YearMonth period) {
        return period.atDay(1).atStartOfDay(companyZone).toInstant();
    }

    /** The candidates (completed in the window) that the period's invoice bills. */
    List<CompletedWork> belongingTo(YearMonth period, List<CompletedWork> candidates) {
        return candidates.stream()
                .filter(w -> !w.timeEntries().isEmpty())
                .filter(w -> billingMonth(w).equals(period))
                .toList();
    }

    /** The month of completion (company time zone), or of the latest work date if that is later. */
    YearMonth billingMonth(CompletedWork w) {
        return billingMonth(w.completedAt(), w.timeEntries().stream().map(TimeEntryView::workDate)
                .max(LocalDate::compareTo).orElse(null));
    }

    YearMonth billingMonth(Instant completedAt, LocalDate latestWorkDate) {
        YearMonth completed = YearMonth.from(completedAt.atZone(companyZone));
        YearMonth latest = latestWorkDate == null ? completed : YearMonth.from(latestWorkDate);
        return latest.isAfter(completed) ? latest : completed;
    }

    private static boolean runsIn(SubscriptionView s, YearMonth period) {
        return !s.startDate().isAfter(period.atEndOfMonth())
                && (s.cancelledOn() == null || !s.cancelledOn().isBefore(period.atDay(1)));
    }
}

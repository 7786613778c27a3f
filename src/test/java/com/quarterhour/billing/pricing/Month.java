package com.quarterhour.billing.pricing;

import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Test builder of a {@link PricingRequest}: one customer's month under one plan of the catalogue. */
final class Month {

    private final PlanTerms plan;
    private YearMonth period = YearMonth.of(2026, 10);
    private SubscriptionTerms subscription;
    private BigDecimal vatRate = BigDecimal.ZERO;
    private Balances opening = Balances.NONE;
    private final List<WorkEntry> entries = new ArrayList<>();
    private final Set<Long> bugCredited = new HashSet<>();
    private final Set<Long> waived = new HashSet<>();
    private final List<ServiceCredit> serviceCredits = new ArrayList<>();

    private Month(PlanTerms plan) {
        this.plan = plan;
        this.subscription = SubscriptionTerms.startingOn(LocalDate.of(2026, 1, 1));
    }

    static Month of(String planCode) {
        return new Month(Catalogue.plan(planCode));
    }

    static Month of(PlanTerms plan) {
        return new Month(plan);
    }

    Month period(String yearMonth) {
        period = YearMonth.parse(yearMonth);
        return this;
    }

    Month subscription(SubscriptionTerms terms) {
        subscription = terms;
        return this;
    }

    Month vat(String rate) {
        vatRate = new BigDecimal(rate);
        return this;
    }

    Month opening(String credit, int prepaidMinutes) {
        opening = new Balances(new BigDecimal(credit), prepaidMinutes);
        return this;
    }

    /** A billable P4 entry on engagement {@code engagementId} of one agent. */
    Month entry(long id, long engagementId, String date, int minutes) {
        return entry(id, engagementId, date, minutes, Priority.P4);
    }

    Month entry(long id, long engagementId, String date, int minutes, Priority priority) {
        return add(new WorkEntry(id, engagementId, "Ticket " + engagementId, "tech", LocalDate.parse(date), minutes, 1,
                priority, "note " + id, true));
    }

    Month agents(long id, long engagementId, String date, int minutes, int agents) {
        return add(new WorkEntry(id, engagementId, "Call " + engagementId, "agent", LocalDate.parse(date), minutes,
                agents, Priority.P4, "note " + id, true));
    }

    Month nonBillable(long id, long engagementId, String date, int minutes) {
        return add(new WorkEntry(id, engagementId, "Ticket " + engagementId, "tech", LocalDate.parse(date), minutes, 1,
                Priority.P4, "note " + id, false));
    }

    Month add(WorkEntry entry) {
        entries.add(entry);
        return this;
    }

    Month bugCredit(long engagementId) {
        bugCredited.add(engagementId);
        return this;
    }

    Month waive(long engagementId) {
        waived.add(engagementId);
        return this;
    }

    /** An approved SLA service credit for breach {@code breachId}: percent of the fee, capped per month at cap. */
    Month serviceCredit(long breachId, String percent, String capPercent) {
        serviceCredits.add(new ServiceCredit(breachId, new BigDecimal(percent), new BigDecimal(capPercent),
                "ENG-" + (breachId + 100) + " Mail server down: P1 response target missed on 3 Nov 2026"));
        return this;
    }

    PricingRequest request() {
        return new PricingRequest(plan, subscription, plan.currency(), vatRate, opening, period, entries, bugCredited,
                waived, serviceCredits);
    }

    PricedInvoice price() {
        return Pricing.priceMonth(request());
    }

    /** The line of the time entry with this id. */
    static InvoiceLine lineOf(PricedInvoice invoice, long entryId) {
        return invoice.lines().stream().filter(l -> Long.valueOf(entryId).equals(l.timeEntryId())).findFirst()
                .orElseThrow(() -> new AssertionError("No line for entry " + entryId + " in " + invoice.lines()));
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}

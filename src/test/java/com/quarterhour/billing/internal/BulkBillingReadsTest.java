package com.quarterhour.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerWithSubscriptions;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.customer.SubscriptionView;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.CompletedWork;
import com.quarterhour.engagement.CompletedWorkQuery;
import com.quarterhour.engagement.EngagementDetails;
import com.quarterhour.engagement.EngagementService.Decision;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.Impact;
import com.quarterhour.engagement.RootCause;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.QuarterhourTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Month-end bulk billing reads customers and work through the customer and engagement modules' bulk reads, and billed
 * entries and the selection itself; what it reads must be exactly what the per-customer reads give, whatever the mix
 * of plans, subscriptions, adjustments and billed entries.
 */
@QuarterhourTest
class BulkBillingReadsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired BulkBillingReads bulk;
    @Autowired BillingBasis basis;
    @Autowired CustomerService customers;
    @Autowired EngagementService engagements;
    @Autowired CompletedWorkQuery completedWork;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void readsTheSameCustomersSubscriptionsAndWorkAsTheModulesServices() {
        YearMonth may = YearMonth.of(2013, 5);
        at("2013-03-01T10:00:00Z");
        long planned = customer("Planned Ltd", "GBP", "Europe/London", "GB");
        SubscriptionView old = customers.subscribe(planned, "BPS-20", LocalDate.of(2013, 3, 1));
        customers.cancel(planned, old.id(), LocalDate.of(2013, 4, 30));
        SubscriptionView current = customers.subscribe(planned, "BPS-40", LocalDate.of(2013, 5, 1));
        // ended with May, so that the billing runs of other tests' periods do not select this customer
        customers.cancel(planned, current.id(), LocalDate.of(2013, 5, 31));
        long unplanned = customer("Unplanned Inc", "USD", "America/New_York", "US");
        long idle = customer("Idle Ltd", "GBP", "Europe/London", "GB");

        completed(planned, "Mail rule", "2013-05-03T10:00:00Z", Priority.P2, true, RootCause.CUSTOMER, 30, 45);
        completed(planned, "Our bug", "2013-05-04T10:00:00Z", Priority.P1, true, RootCause.BUG, 60);
        completed(planned, "Exempt", "2013-05-05T10:00:00Z", Priority.P4, false, RootCause.CUSTOMER, 15);
        completed(unplanned, "VPN", "2013-04-29T10:00:00Z", Priority.P3, true, RootCause.OTHER, 120);
        // billed already: a line of a live invoice holds its entry
        long billedEntry = completed(unplanned, "Printer", "2013-05-20T10:00:00Z", Priority.P3, true,
                RootCause.CUSTOMER, 15);
        markBilled(unplanned, billedEntry);

        Instant from = basis.windowStart(may);
        Instant to = basis.windowEnd(may);
        List<Long> ids = List.of(planned, unplanned, idle);
        Map<Long, List<CompletedWork>> work = completedWork.withTimeCompletedBetween(ids, from, to);
        Map<Long, CustomerWithSubscriptions> read = customers.withSubscriptions(ids);

        for (long id : ids) {
            assertThat(read.get(id).customer()).isEqualTo(customers.get(id));
            assertThat(read.get(id).subscriptions()).isEqualTo(customers.subscriptions(id));
            List<CompletedWork> expected = completedWork.completedBetween(id, from, to).stream()
                    .filter(w -> !w.timeEntries().isEmpty()).toList();
            assertThat(work.getOrDefault(id, List.of())).isEqualTo(expected);
        }
        assertThat(work.get(planned)).hasSize(3).filteredOn(CompletedWork::bugCreditApproved).hasSize(1);
        assertThat(work).doesNotContainKey(idle);
        List<Long> entries = work.values().stream().flatMap(List::stream).flatMap(w -> w.timeEntries().stream())
                .map(EngagementDetails.TimeEntryView::id).toList();
        Set<Long> billed = transactions.execute(tx -> bulk.billedAmong(entries));
        assertThat(billed).containsExactly(billedEntry);
        assertThat(billed).isEqualTo(Set.copyOf(basis.billedAmong(work.get(unplanned))));

        List<Long> selected = transactions.execute(tx -> basis.customersWithActivity(may));
        assertThat((Iterable<Long>) selected).as("a fee plan in May, and unbilled work completed in April that is billed in April")
                .contains(planned).doesNotContain(idle, unplanned);
        List<Long> april = transactions.execute(tx -> basis.customersWithActivity(YearMonth.of(2013, 4)));
        assertThat((Iterable<Long>) april)
                .as("April: the VPN ticket, and the BPS-20 fee").contains(unplanned, planned);
    }

    private long customer(String name, String currency, String zone, String country) {
        return customers.create(new NewCustomer(name + " " + System.nanoTime(), currency, zone, country,
                BigDecimal.ZERO, "manager", null)).id();
    }

    /** Reported, triaged, worked and completed; returns the last time entry's id. */
    private long completed(long customer, String title, String at, Priority priority, boolean billable, RootCause cause,
            int... minutes) {
        Instant reported = Instant.parse(at);
        at(reported.plusSeconds(60).toString());
        long id = engagements.report(new NewEngagement(customer, title, "Bulk read test", Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, reported, false), "coordinator").id();
        engagements.triage(id, new Triage(priority, billable, "technician", null, null), "coordinator");
        List<Long> entries = new ArrayList<>();
        for (int m : minutes) {
            entries.add(engagements.captureTime(id, new NewTimeEntry(LocalDate.ofInstant(reported, LONDON), m,
                    "Worked on " + title, null, null), "technician").id());
        }
        at(reported.plusSeconds(3600).toString());
        engagements.resolve(id, new Resolution(cause, "Resolved: " + title, null, null, null, false, null), "technician");
        for (EngagementDetails.AdjustmentView adjustment : engagements.get(id).adjustments()) {
            engagements.decide(adjustment.id(), new Decision(true, "Approved in a test"), "manager");
        }
        return entries.get(entries.size() - 1);
    }

    private void markBilled(long customer, long timeEntry) {
        jdbc.update("insert into invoice (customer_id, period, kind, status, currency, plan_code, vat_rate, subtotal,"
                + " tax, total, opening_credit, opening_prepaid_minutes, closing_credit, closing_prepaid_minutes,"
                + " review_required, created_at, version) values (?, '2013-05', 'PURCHASE', 'DRAFT', 'USD', 'PER-USE',"
                + " 0, 0, 0, 0, 0, 0, 0, 0, false, current_timestamp, 0)", customer);
        Long invoice = jdbc.queryForObject("select max(id) from invoice where customer_id = ?", Long.class, customer);
        jdbc.update("insert into invoice_line (invoice_id, line_no, kind, time_entry_id, billed_time_entry_id,"
                + " description, quantity, amount) values (?, 1, 'TIME', ?, ?, 'billed', 0, 0)", invoice, timeEntry,
                timeEntry);
    }

    private static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }
}

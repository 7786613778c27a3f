package com.quarterhour.billing;

import com.quarterhour.billing.internal.BillingProcess;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.customer.SubscriptionView;
import com.quarterhour.engagement.Channel;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customers, subscriptions and completed engagements in a test's own month. Each test bills a period of its own,
 * years before any other test's data, and cancels its subscriptions at the period's end, so that no run sees
 * another test's customers.
 */
final class BillingFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final CustomerService customers;
    private final EngagementService engagements;
    private final ManagementService management;
    private final JdbcTemplate jdbc;

    BillingFixtures(CustomerService customers, EngagementService engagements, ManagementService management,
            JdbcTemplate jdbc) {
        this.customers = customers;
        this.engagements = engagements;
        this.management = management;
        this.jdbc = jdbc;
    }

    static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    long gbpCustomer(String name) {
        return customers.create(new NewCustomer(name + " " + System.nanoTime(), "GBP", "Europe/London", "GB",
                new BigDecimal("0.20"), "manager", null)).id();
    }

    long usdCustomer(String name) {
        return customers.create(new NewCustomer(name + " " + System.nanoTime(), "USD", "America/New_York", "US",
                BigDecimal.ZERO, "manager", null)).id();
    }

    /** On the plan for exactly the period (cancelled with its last day), so later periods do not see it. */
    long onPlanFor(long customer, String plan, YearMonth period) {
        SubscriptionView s = customers.subscribe(customer, plan, period.atDay(1));
        customers.cancel(customer, s.id(), period.atEndOfMonth());
        return s.id();
    }

    /**
     * An engagement reported at {@code at}, triaged at {@code priority}, worked in passes of the given minutes on
     * the report's day and resolved (completed) an hour later.
     */
    long completed(long customer, String title, String at, Priority priority, boolean billable, RootCause cause,
            int... minutes) {
        Instant reported = Instant.parse(at);
        at(reported.plusSeconds(60).toString());
        long id = engagements.report(new NewEngagement(customer, title, "Billing fixture", Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, reported, false), "coordinator").id();
        engagements.triage(id, new Triage(priority, billable, "technician", null, null), "coordinator");
        LocalDate day = LocalDate.ofInstant(reported, LONDON);
        for (int m : minutes) {
            engagements.captureTime(id, new NewTimeEntry(day, m, "Worked on " + title, null, null), "technician");
        }
        at(reported.plusSeconds(3600).toString());
        engagements.resolve(id, new Resolution(cause, "Resolved: " + title, null, null, null, false, null), "technician");
        EngagementDetails details = engagements.get(id);
        for (EngagementDetails.AdjustmentView adjustment : details.adjustments()) {
            engagements.decide(adjustment.id(), new Decision(true, "Approved in a billing fixture"), "manager");
        }
        return id;
    }

    long completed(long customer, String title, String at, int... minutes) {
        return completed(customer, title, at, Priority.P3, true, RootCause.CUSTOMER, minutes);
    }

    /** Executes the process instance's jobs until none is left or one fails; returns the failures' messages. */
    List<String> runJobs(String processInstanceId) {
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 50; round++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).withRetriesLeft().list();
            List<Job> todo = jobs.stream().filter(j -> failures.stream().noneMatch(f -> f.startsWith(j.getId() + ":")))
                    .toList();
            if (todo.isEmpty()) {
                return failures;
            }
            for (Job job : todo) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    failures.add(job.getId() + ": " + e.getMessage());
                }
            }
        }
        throw new IllegalStateException("jobs of " + processInstanceId + " keep coming");
    }

    /** Gives the failed jobs of the instance another try. */
    List<String> retryJobs(String processInstanceId) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).list()) {
            if (job.getExceptionMessage() != null) {
                management.setJobRetries(job.getId(), 1);
            }
        }
        return runJobs(processInstanceId);
    }

    /** The numbers of the year's issued invoices, in order. */
    List<Integer> numbersOf(int year) {
        return jdbc.queryForList("select number_seq from invoice where number_year = ? order by number_seq",
                Integer.class, year);
    }

    int liveMonthlyInvoices(long customer, YearMonth period) {
        return jdbc.queryForObject("select count(*) from invoice where customer_id = ? and period = ? and kind = 'MONTHLY'"
                + " and status <> 'VOID'", Integer.class, customer, period.toString());
    }

    /** How many lines of live invoices bill each time entry of the customer: 1 each when nothing is billed twice. */
    List<Integer> timesBilledPerEntry(long customer) {
        return jdbc.queryForList("select count(l.id) from time_entry t join engagement e on e.id = t.engagement_id"
                + " left join invoice_line l on l.billed_time_entry_id = t.id where e.customer_id = ? group by t.id",
                Integer.class, customer);
    }

    static String processKey() {
        return BillingProcess.PROCESS_KEY;
    }
}

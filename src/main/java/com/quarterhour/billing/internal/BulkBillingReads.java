package com.quarterhour.billing.internal;

import com.quarterhour.customer.CustomerView;
import com.quarterhour.customer.SubscriptionView;
import com.quarterhour.engagement.CompletedWork;
import com.quarterhour.engagement.EngagementDetails.TimeEntryView;
import com.quarterhour.shared.Priority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reads of month-end billing for many customers at once, in a few set-based queries instead of several queries
 * per customer (the N+1 that made a run of 10,000 customers slow, see docs/benchmarks.md).
 *
 * <p>They read the customer, subscription, engagement, time_entry and adjustment tables directly, returning the
 * same views as {@code CustomerService} and {@code CompletedWorkQuery} (BulkBillingReadsTest holds them to that):
 * those modules offer reads of one customer or of all customers at once, nothing in between. The queries belong in
 * those modules as bulk methods once they have them.
 */
@Component
class BulkBillingReads {

    /** Rows fetched per round trip when streaming the period's engagements, so the selection's memory stays flat. */
    private static final int FETCH_SIZE = 1_000;

    private final NamedParameterJdbcTemplate jdbc;

    BulkBillingReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Customers with a fee plan running on at least one day of the period. */
    Set<Long> customersWithFeePlans(YearMonth period) {
        return new TreeSet<>(jdbc.queryForList("""
                select distinct s.customer_id from subscription s join plan p on p.code = s.plan_code
                where p.monthly_fee is not null and s.start_date <= :last
                  and (s.cancelled_on is null or s.cancelled_on >= :first)
                """, new MapSqlParameterSource("first", period.atDay(1)).addValue("last", period.atEndOfMonth()),
                Long.class));
    }

    /** One completed engagement of the window: when it was completed, its latest work date, its unbilled entries. */
    record EngagementSummary(long customerId, Instant completedAt, LocalDate latestWorkDate, long unbilledEntries) {
    }

    /** Streams the engagements completed in [from, to) that have time entries, one summary each. */
    void completedEngagements(Instant from, Instant to, java.util.function.Consumer<EngagementSummary> each) {
        NamedParameterJdbcTemplate streaming = new NamedParameterJdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        streaming.getJdbcTemplate().setFetchSize(FETCH_SIZE);
        streaming.query("""
                select e.customer_id, e.completed_at, max(t.work_date) as latest_work_date,
                       sum(case when l.billed_time_entry_id is null then 1 else 0 end) as unbilled
                from engagement e
                join time_entry t on t.engagement_id = e.id
                left join invoice_line l on l.billed_time_entry_id = t.id
                where e.status = 'COMPLETED' and e.completed_at >= :from and e.completed_at < :to
                group by e.id, e.customer_id, e.completed_at
                """, window(from, to), rs -> {
            each.accept(new EngagementSummary(rs.getLong("customer_id"), instant(rs, "completed_at"),
                    rs.getObject("latest_work_date", LocalDate.class), rs.getLong("unbilled")));
        });
    }

    /** The customers, as {@code CustomerService.get} gives them, with all their subscriptions (latest start first). */
    record CustomerWithSubscriptions(CustomerView customer, List<SubscriptionView> subscriptions) {
    }

    Map<Long, CustomerWithSubscriptions> customers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        Map<Long, List<SubscriptionView>> subscriptions = new HashMap<>();
        jdbc.query("""
                select id, customer_id, plan_code, start_date, status, cancelled_on from subscription
                where customer_id in (:ids) order by customer_id, start_date desc, id desc
                """, params, rs -> {
            subscriptions.computeIfAbsent(rs.getLong("customer_id"), id -> new ArrayList<>()).add(new SubscriptionView(
                    rs.getLong("id"), rs.getLong("customer_id"), rs.getString("plan_code"),
                    rs.getObject("start_date", LocalDate.class), rs.getString("status"),
                    rs.getObject("cancelled_on", LocalDate.class)));
        });
        Map<Long, CustomerWithSubscriptions> customers = new LinkedHashMap<>();
        jdbc.query("""
                select id, name, currency, time_zone, country, vat_rate, manager_username, payment_method_on_file
                from customer where id in (:ids) order by id
                """, params, rs -> {
            long id = rs.getLong("id");
            List<SubscriptionView> own = subscriptions.getOrDefault(id, List.of());
            Optional<SubscriptionView> active = own.stream().filter(s -> "ACTIVE".equals(s.status())).findFirst();
            customers.put(id, new CustomerWithSubscriptions(new CustomerView(id, rs.getString("name"),
                    Currency.getInstance(rs.getString("currency")), ZoneId.of(rs.getString("time_zone")),
                    rs.getString("country"), rs.getBigDecimal("vat_rate"), rs.getString("manager_username"),
                    rs.getBoolean("payment_method_on_file"), active), own));
        });
        return customers;
    }

    /** The customers' work and which of its time entries a live invoice already bills. */
    record Work(Map<Long, List<CompletedWork>> byCustomer, Set<Long> billedEntries) {

        List<CompletedWork> of(long customerId) {
            return byCustomer.getOrDefault(customerId, List.of());
        }
    }

    /**
     * The customers' engagements completed in [from, to), with their time entries and approved adjustments, as
     * {@code CompletedWorkQuery.completedBetween(customerId, from, to)} gives them (engagements by id, entries by
     * work date and id); engagements without time entries are left out.
     */
    Work completedWork(Collection<Long> customerIds, Instant from, Instant to) {
        if (customerIds.isEmpty()) {
            return new Work(Map.of(), Set.of());
        }
        MapSqlParameterSource params = window(from, to).addValue("customers", customerIds);
        Map<Long, Set<String>> approved = new HashMap<>();
        jdbc.query("""
                select a.engagement_id, a.type from adjustment a join engagement e on e.id = a.engagement_id
                where e.customer_id in (:customers) and e.status = 'COMPLETED'
                  and e.completed_at >= :from and e.completed_at < :to and a.status = 'APPROVED'
                """, params, rs -> {
            approved.computeIfAbsent(rs.getLong("engagement_id"), id -> new HashSet<>()).add(rs.getString("type"));
        });
        Map<Long, List<CompletedWork>> byCustomer = new HashMap<>();
        Set<Long> billed = new HashSet<>();
        EngagementRows rows = new EngagementRows(approved, byCustomer);
        jdbc.query("""
                select e.id as engagement_id, e.customer_id, e.title, coalesce(e.priority, e.suggested_priority) as priority,
                       e.billable as engagement_billable, e.completed_at,
                       t.id as entry_id, t.technician, t.work_date, t.minutes, t.agents, t.note, t.billable,
                       t.created_at, l.billed_time_entry_id
                from engagement e
                join time_entry t on t.engagement_id = e.id
                left join invoice_line l on l.billed_time_entry_id = t.id
                where e.customer_id in (:customers) and e.status = 'COMPLETED'
                  and e.completed_at >= :from and e.completed_at < :to
                order by e.customer_id, e.id, t.work_date, t.id
                """, params, rs -> {
            long entryId = rs.getLong("entry_id");
            if (rs.getObject("billed_time_entry_id") != null) {
                billed.add(entryId);
            }
            rows.add(rs, new TimeEntryView(entryId, rs.getString("technician"), rs.getObject("work_date", LocalDate.class),
                    rs.getInt("minutes"), rs.getInt("agents"), rs.getString("note"), rs.getBoolean("billable"),
                    instant(rs, "created_at")));
        });
        rows.finish();
        return new Work(byCustomer, billed);
    }

    /** Folds the ordered rows (one per time entry) into one CompletedWork per engagement. */
    private static final class EngagementRows {

        private final Map<Long, Set<String>> approved;
        private final Map<Long, List<CompletedWork>> byCustomer;
        private long engagementId = -1;
        private long customerId;
        private String title;
        private Priority priority;
        private boolean billable;
        private Instant completedAt;
        private List<TimeEntryView> entries = new ArrayList<>();

        EngagementRows(Map<Long, Set<String>> approved, Map<Long, List<CompletedWork>> byCustomer) {
            this.approved = approved;
            this.byCustomer = byCustomer;
        }

        void add(ResultSet rs, TimeEntryView entry) throws SQLException {
            long id = rs.getLong("engagement_id");
            if (id != engagementId) {
                finish();
                engagementId = id;
                customerId = rs.getLong("customer_id");
                title = rs.getString("title");
                String p = rs.getString("priority");
                priority = p == null ? null : Priority.valueOf(p);
                billable = rs.getBoolean("engagement_billable");
                completedAt = instant(rs, "completed_at");
                entries = new ArrayList<>();
            }
            entries.add(entry);
        }

        void finish() {
            if (engagementId < 0) {
                return;
            }
            Set<String> adjustments = approved.getOrDefault(engagementId, Set.of());
            byCustomer.computeIfAbsent(customerId, id -> new ArrayList<>()).add(new CompletedWork(engagementId,
                    customerId, title, priority, billable, completedAt, entries, adjustments.contains("BUG_CREDIT"),
                    adjustments.contains("WAIVER")));
            engagementId = -1;
        }
    }

    private static MapSqlParameterSource window(Instant from, Instant to) {
        return new MapSqlParameterSource("from", OffsetDateTime.ofInstant(from, ZoneId.of("UTC")))
                .addValue("to", OffsetDateTime.ofInstant(to, ZoneId.of("UTC")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

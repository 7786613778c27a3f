package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.CompletedWork;
import com.quarterhour.engagement.EngagementDetails.TimeEntryView;
import com.quarterhour.shared.Priority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The completed work of many customers at once, in two set-based queries (month-end billing reads 100 customers a
 * batch), equal to what {@code CompletedWorkQuery.completedBetween(customerId, from, to)} gives for each.
 */
@Component
public class CompletedWorkBulkReads {

    private final NamedParameterJdbcTemplate jdbc;

    CompletedWorkBulkReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** By customer: engagements by id, entries by work date and id; engagements without time entries left out. */
    public Map<Long, List<CompletedWork>> withTimeCompletedBetween(Collection<Long> customerIds, Instant from,
            Instant to) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("customers", customerIds)
                .addValue("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .addValue("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        Map<Long, Set<String>> approved = new HashMap<>();
        jdbc.query("""
                select a.engagement_id, a.type from adjustment a join engagement e on e.id = a.engagement_id
                where e.customer_id in (:customers) and e.status = 'COMPLETED'
                  and e.completed_at >= :from and e.completed_at < :to and a.status = 'APPROVED'
                """, params, rs -> {
            approved.computeIfAbsent(rs.getLong("engagement_id"), id -> new HashSet<>()).add(rs.getString("type"));
        });
        Map<Long, List<CompletedWork>> byCustomer = new HashMap<>();
        EngagementRows rows = new EngagementRows(approved, byCustomer);
        jdbc.query("""
                select e.id as engagement_id, e.customer_id, e.title, coalesce(e.priority, e.suggested_priority) as priority,
                       e.billable as engagement_billable, e.completed_at,
                       t.id as entry_id, t.technician, t.work_date, t.minutes, t.agents, t.note, t.billable, t.created_at,
                       t.note_public
                from engagement e
                join time_entry t on t.engagement_id = e.id
                where e.customer_id in (:customers) and e.status = 'COMPLETED'
                  and e.completed_at >= :from and e.completed_at < :to
                order by e.customer_id, e.id, t.work_date, t.id
                """, params, rs -> {
            rows.add(rs, new TimeEntryView(rs.getLong("entry_id"), rs.getString("technician"),
                    rs.getObject("work_date", LocalDate.class), rs.getInt("minutes"), rs.getInt("agents"),
                    rs.getString("note"), rs.getBoolean("billable"), instant(rs, "created_at"),
                    rs.getBoolean("note_public")).asCustomerSees());
        });
        rows.finish();
        return byCustomer;
    }

    /**
     * Locks the rows of these engagements until the transaction ends, in one statement and in id order (so that two
     * such locks, or this one and a change of one engagement, queue up rather than deadlock), and gives the
     * completion time of those still completed; an engagement that is no longer completed is left out. The rows are
     * read as committed by whoever held them before.
     */
    public Map<Long, Instant> lockCompleted(Collection<Long> engagementIds) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> completed = new HashMap<>();
        jdbc.query("select id, status, completed_at from engagement where id in (:ids) order by id for update",
                new MapSqlParameterSource("ids", engagementIds), rs -> {
                    if ("COMPLETED".equals(rs.getString("status"))) {
                        completed.put(rs.getLong("id"), instant(rs, "completed_at"));
                    }
                });
        return completed;
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

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package com.quarterhour.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The set-based reads of month-end billing that need billing's own invoice_line (the N+1 that made a run of 10,000
 * customers slow, see docs/benchmarks.md); customers and subscriptions come from {@code CustomerService}, the work
 * from {@code CompletedWorkQuery}, in bulk.
 *
 * <p>{@link #completedEngagements} still reads the engagement and time_entry tables: it counts each engagement's
 * entries that no invoice line bills in one streamed row per engagement, and that count joins them to invoice_line.
 * Split along the modules, the selection would have to read every entry id of the window (or look billed lines up by
 * engagement, which invoice_line has no index for).
 */
@Component
class BulkBillingReads {

    /** Rows fetched per round trip when streaming the period's engagements, so the selection's memory stays flat. */
    private static final int FETCH_SIZE = 1_000;

    /** Time entry ids per query, well below the 65,535 bind parameters PostgreSQL takes. */
    private static final int IDS_PER_QUERY = 10_000;

    private final NamedParameterJdbcTemplate jdbc;

    BulkBillingReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One completed engagement of the window: when it was completed, its latest work date, its unbilled entries. */
    record EngagementSummary(long customerId, Instant completedAt, LocalDate latestWorkDate, long unbilledEntries) {
    }

    /** Streams the engagements completed in [from, to) that have time entries, one summary each. */
    void completedEngagements(Instant from, Instant to, Consumer<EngagementSummary> each) {
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
                """, new MapSqlParameterSource("from", OffsetDateTime.ofInstant(from, ZoneId.of("UTC")))
                .addValue("to", OffsetDateTime.ofInstant(to, ZoneId.of("UTC"))), rs -> {
            each.accept(new EngagementSummary(rs.getLong("customer_id"), instant(rs, "completed_at"),
                    rs.getObject("latest_work_date", LocalDate.class), rs.getLong("unbilled")));
        });
    }

    /** The time entries among these that a live invoice already bills (one query per 10,000 ids). */
    Set<Long> billedAmong(Collection<Long> timeEntryIds) {
        List<Long> ids = List.copyOf(timeEntryIds);
        Set<Long> billed = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            billed.addAll(jdbc.queryForList("select billed_time_entry_id from invoice_line"
                    + " where billed_time_entry_id in (:ids)", new MapSqlParameterSource("ids",
                    ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))), Long.class));
        }
        return billed;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

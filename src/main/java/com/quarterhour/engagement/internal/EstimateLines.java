package com.quarterhour.engagement.internal;

import com.quarterhour.estimate.Estimate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored estimate of each engagement: its lines, with the hours per unit as they were when it was made. */
@Component
public class EstimateLines {

    private final JdbcClient jdbc;

    EstimateLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the engagement's estimate in place of any earlier one. */
    public void replace(long engagementId, Estimate estimate) {
        jdbc.sql("delete from engagement_estimate_line where engagement_id = ?").param(engagementId).update();
        for (Estimate.Line line : estimate.lines()) {
            jdbc.sql("""
                            insert into engagement_estimate_line (engagement_id, component, quantity, hours_per_unit)
                            values (?, ?, ?, ?)""")
                    .params(engagementId, line.component(), line.quantity(), line.hoursPerUnit())
                    .update();
        }
    }

    /**
     * The estimates of the engagements completed from {@code from} (inclusive) to {@code to} (exclusive), with the
     * minutes captured on each, in two queries.
     */
    public Map<Long, Completed> completedBetween(Instant from, Instant to) {
        record Row(long engagementId, Estimate.Line line) {
        }
        Map<Long, Estimate> estimates = jdbc.sql("""
                        select l.engagement_id, l.component, l.quantity, l.hours_per_unit
                        from engagement_estimate_line l join engagement e on e.id = l.engagement_id
                        where e.status = 'COMPLETED' and e.completed_at >= :from and e.completed_at < :to
                        order by l.engagement_id, l.component""")
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC)).param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query((rs, n) -> new Row(rs.getLong("engagement_id"), new Estimate.Line(rs.getString("component"),
                        rs.getInt("quantity"), rs.getBigDecimal("hours_per_unit"))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::engagementId, TreeMap::new, Collectors.collectingAndThen(
                        Collectors.mapping(Row::line, Collectors.toList()), Estimate::new)));
        Map<Long, Integer> minutes = new HashMap<>();
        jdbc.sql("""
                        select t.engagement_id, sum(t.minutes) as minutes
                        from time_entry t join engagement e on e.id = t.engagement_id
                        where e.status = 'COMPLETED' and e.completed_at >= :from and e.completed_at < :to
                        group by t.engagement_id""")
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC)).param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query((rs, n) -> minutes.put(rs.getLong("engagement_id"), rs.getInt("minutes")))
                .list();
        Map<Long, Completed> completed = new LinkedHashMap<>();
        estimates.forEach((id, estimate) -> completed.put(id, new Completed(estimate, minutes.getOrDefault(id, 0))));
        return completed;
    }

    /** A completed engagement's estimate and the minutes captured on it. */
    public record Completed(Estimate estimate, int capturedMinutes) {
    }

    /** The estimates of the given engagements, in one query; an engagement without an estimate is absent. */
    public Map<Long, Estimate> of(Collection<Long> engagementIds) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        record Row(long engagementId, Estimate.Line line) {
        }
        List<Row> rows = jdbc.sql("""
                        select engagement_id, component, quantity, hours_per_unit from engagement_estimate_line
                        where engagement_id in (:ids) order by engagement_id, component""")
                .param("ids", engagementIds)
                .query((rs, n) -> new Row(rs.getLong("engagement_id"), new Estimate.Line(rs.getString("component"),
                        rs.getInt("quantity"), rs.getBigDecimal("hours_per_unit"))))
                .list();
        return rows.stream().collect(Collectors.groupingBy(Row::engagementId, Collectors.collectingAndThen(
                Collectors.mapping(Row::line, Collectors.toList()), Estimate::new)));
    }
}

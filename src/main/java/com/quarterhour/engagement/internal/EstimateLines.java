package com.quarterhour.engagement.internal;

import com.quarterhour.estimate.Estimate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

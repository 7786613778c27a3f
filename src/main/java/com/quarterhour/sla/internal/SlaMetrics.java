package com.quarterhour.sla.internal;

import com.quarterhour.shared.MetricsProperties;
import com.quarterhour.sla.ClockKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * SLA warnings, breaches and escalations so far, per clock kind, counted from the clocks and breach records: every node reports the
 * same totals and a restart resets nothing (Prometheus' increase() over them gives the new ones).
 */
@Component
class SlaMetrics implements MeterBinder {

    private static final String COUNTS = "select 'warnings', kind, count(*) from sla_clock where warned_at is not null group by kind"
            + " union all select 'breaches', kind, count(*) from sla_breach group by kind"
            + " union all select 'escalations', kind, count(*) from sla_clock where escalated_at is not null"
            + " group by kind";

    private final Supplier<Map<String, Long>> counts;

    SlaMetrics(JdbcTemplate jdbc, MetricsProperties metrics) {
        this.counts = metrics.cached(() -> {
            Map<String, Long> found = new HashMap<>();
            jdbc.query(COUNTS, row -> {
                found.put(row.getString(1) + "/" + row.getString(2), row.getLong(3));
            });
            return found;
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ClockKind kind : ClockKind.values()) {
            gauge(registry, "warnings", kind, "SLA warnings sent so far (a clock reached its warning threshold)");
            gauge(registry, "breaches", kind, "SLA breaches recorded so far");
            gauge(registry, "escalations", kind, "SLA breaches escalated so far (nobody answered by the second level)");
        }
    }

    private void gauge(MeterRegistry registry, String what, ClockKind kind, String description) {
        Gauge.builder("quarterhour.sla." + what, () -> counts.get().getOrDefault(what + "/" + kind.name(), 0L))
                .description(description)
                .tag("kind", kind.name())
                .register(registry);
    }
}

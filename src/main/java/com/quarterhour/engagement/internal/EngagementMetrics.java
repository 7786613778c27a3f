package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.shared.MetricsProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Open requests per state (every state but COMPLETED), counted in one query for all states. */
@Component
class EngagementMetrics implements MeterBinder {

    private final Supplier<Map<EngagementStatus, Long>> open;

    EngagementMetrics(JdbcTemplate jdbc, MetricsProperties metrics) {
        this.open = metrics.cached(() -> {
            Map<EngagementStatus, Long> counts = new EnumMap<>(EngagementStatus.class);
            jdbc.query("select status, count(*) from engagement where status <> 'COMPLETED' group by status",
                    row -> {
                        counts.put(EngagementStatus.valueOf(row.getString(1)), row.getLong(2));
                    });
            return counts;
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (EngagementStatus state : EngagementStatus.values()) {
            if (state != EngagementStatus.COMPLETED) {
                Gauge.builder("quarterhour.engagements.open", () -> open.get().getOrDefault(state, 0L))
                        .description("Requests not yet completed, per state")
                        .tag("state", state.name())
                        .register(registry);
            }
        }
    }
}

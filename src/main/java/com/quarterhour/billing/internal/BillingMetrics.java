package com.quarterhour.billing.internal;

import com.quarterhour.shared.MetricsProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Month-end billing from its run records: how long the last finished run took, and how many runs are running. */
@Component
class BillingMetrics implements MeterBinder {

    private final Supplier<List<Duration>> lastRun;
    private final Supplier<Long> running;

    BillingMetrics(JdbcTemplate jdbc, MetricsProperties metrics) {
        this.lastRun = metrics.cached(() -> jdbc.query("select started_at, finished_at from billing_run"
                        + " where status = 'COMPLETED' order by finished_at desc limit 1",
                (row, i) -> Duration.between(row.getObject(1, OffsetDateTime.class), row.getObject(2, OffsetDateTime.class))));
        this.running = metrics.cached(() -> jdbc.queryForObject(
                "select count(*) from billing_run where status = 'RUNNING'", Long.class));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        TimeGauge.builder("quarterhour.billing.run.last.duration", () -> lastRun.get().stream()
                        .mapToLong(Duration::toMillis).findFirst().orElse(0), TimeUnit.MILLISECONDS)
                .description("How long the last finished month-end billing run took (0 before the first)")
                .register(registry);
        Gauge.builder("quarterhour.billing.runs.running", running::get)
                .description("Month-end billing runs started and not yet finished")
                .register(registry);
    }
}

package com.quarterhour.shared;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's job metrics, from ACT_RU_JOB in one query: jobs due now (timers and asynchronous steps waiting for a job
 * executor), failed (no retries left: an incident), and locked (being run by a node; a lock outlives a node that died
 * only until it expires). Counted against the engine's clock.
 */
@Component
@EnableConfigurationProperties(MetricsProperties.class)
class EngineJobMetrics implements MeterBinder {

    private static final String COUNTS = "select"
            + " count(case when retries_ > 0 and suspension_state_ = 1 and (duedate_ is null or duedate_ <= ?)"
            + " and (lock_exp_time_ is null or lock_exp_time_ <= ?) then 1 end),"
            + " count(case when retries_ = 0 then 1 end),"
            + " count(case when lock_exp_time_ > ? then 1 end)"
            + " from act_ru_job";

    private record JobCounts(long due, long failed, long locked) {
    }

    private final Supplier<JobCounts> counts;

    EngineJobMetrics(JdbcTemplate jdbc, Clock clock, MetricsProperties metrics) {
        this.counts = metrics.cached(() -> {
            Timestamp now = Timestamp.from(clock.instant());
            return jdbc.queryForObject(COUNTS, (row, i) -> new JobCounts(row.getLong(1), row.getLong(2), row.getLong(3)),
                    now, now, now);
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "quarterhour.jobs.due", "Engine jobs due now and waiting for a job executor", JobCounts::due);
        gauge(registry, "quarterhour.jobs.failed", "Engine jobs without retries left (incidents)", JobCounts::failed);
        gauge(registry, "quarterhour.jobs.locked", "Engine jobs locked by a node's job executor", JobCounts::locked);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToLongFunction<JobCounts> count) {
        Gauge.builder(name, () -> count.applyAsLong(counts.get())).description(description).register(registry);
    }
}

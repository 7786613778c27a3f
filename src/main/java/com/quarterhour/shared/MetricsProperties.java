package com.quarterhour.shared;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * quarterhour.metrics: how old the business gauges of /actuator/prometheus may be. They are counted in the database, so
 * every node reports the same values and they survive a restart; {@code refresh} bounds how often a scrape queries.
 */
@ConfigurationProperties("quarterhour.metrics")
public record MetricsProperties(@DefaultValue("5s") Duration refresh) {

    /** The query's answer, asked again once it is older than {@code refresh}: all gauges of one query share it. */
    public <T> Supplier<T> cached(Supplier<T> query) {
        LoadingCache<Boolean, T> answer = Caffeine.newBuilder().expireAfterWrite(refresh).build(ignored -> query.get());
        return () -> answer.get(Boolean.TRUE);
    }
}

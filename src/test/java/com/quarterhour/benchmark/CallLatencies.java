package com.quarterhour.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latencies per call kind (HdrHistogram, microseconds, 3 significant digits) and the errors: a non-2xx answer or no
 * answer at all, with the first few statuses and bodies kept as samples.
 */
final class CallLatencies {

    private static final int SAMPLES = 5;

    private final Map<String, Histogram> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final List<String> samples = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();

    CallLatencies(String... kinds) {
        for (String kind : kinds) {
            this.kinds.add(kind);
            latencies.put(kind, new ConcurrentHistogram(3));
            errors.put(kind, new AtomicLong());
        }
    }

    /** Times one call; false (and counted as an error) unless it answered 2xx. */
    boolean call(String kind, java.util.function.Supplier<ApiClient.Answer> call) {
        long start = System.nanoTime();
        ApiClient.Answer answer = call.get();
        latencies.get(kind).recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
        if (answer.ok()) {
            return true;
        }
        errors.get(kind).incrementAndGet();
        synchronized (samples) {
            if (samples.size() < SAMPLES) {
                String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
                samples.add(kind + " " + answer.status() + ": " + body.substring(0, Math.min(300, body.length())));
            }
        }
        return false;
    }

    long errors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    List<String> errorSamples() {
        return samples;
    }

    /** The largest p95 of any kind, in milliseconds. */
    double worstP95Millis() {
        return latencies.values().stream().mapToDouble(h -> h.getValueAtPercentile(95) / 1000.0).max().orElse(0);
    }

    double maxMillis() {
        return latencies.values().stream().mapToDouble(h -> h.getMaxValue() / 1000.0).max().orElse(0);
    }

    /** One line per kind: calls, errors, p50/p95/p99/max in milliseconds. */
    Map<String, String> table() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String kind : kinds) {
            Histogram h = latencies.get(kind);
            rows.put(kind, String.format(Locale.ROOT, "calls %6d  errors %4d  p50 %8.1f  p95 %8.1f  p99 %8.1f  max %8.1f ms",
                    h.getTotalCount(), errors.get(kind).get(), h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0));
        }
        return rows;
    }

    /** p50 and p95 of one kind, in milliseconds. */
    double[] p50p95(String kind) {
        Histogram h = latencies.get(kind);
        return new double[] {h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0};
    }

    static Histogram ofMicros(List<Long> micros) {
        Histogram h = new Histogram(3);
        micros.forEach(m -> h.recordValue(Math.max(1, m)));
        return h;
    }
}

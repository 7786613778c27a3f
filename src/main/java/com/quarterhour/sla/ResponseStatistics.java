package com.quarterhour.sla;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Percentiles of response times by the nearest-rank method: always one of the measured times, never an average. */
public final class ResponseStatistics {

    private ResponseStatistics() {
    }

    /** The smallest time such that at least {@code share} of the times are at or below it. */
    public static Optional<Duration> percentile(List<Duration> times, double share) {
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("A percentile is a share in (0, 1], got " + share);
        }
        if (times.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = times.stream().sorted().toList();
        int rank = (int) Math.ceil(share * sorted.size());
        return Optional.of(sorted.get(rank - 1));
    }
}

package com.quarterhour.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResponseStatisticsTest {

    private static List<Duration> minutes(int... values) {
        return IntStream.of(values).mapToObj(Duration::ofMinutes).toList();
    }

    @Test
    void medianAndP90ByNearestRank() {
        List<Duration> times = minutes(50, 10, 40, 20, 30, 100, 60, 90, 70, 80);
        assertThat(ResponseStatistics.percentile(times, 0.5)).contains(Duration.ofMinutes(50));
        assertThat(ResponseStatistics.percentile(times, 0.9)).contains(Duration.ofMinutes(90));
        assertThat(ResponseStatistics.percentile(times, 1.0)).contains(Duration.ofMinutes(100));
    }

    @Test
    void anOddCountHasItsMiddleAsMedian() {
        assertThat(ResponseStatistics.percentile(minutes(7, 3, 5), 0.5)).contains(Duration.ofMinutes(5));
        assertThat(ResponseStatistics.percentile(minutes(7), 0.9)).contains(Duration.ofMinutes(7));
    }

    @Test
    void nothingMeasuredHasNoPercentile() {
        assertThat(ResponseStatistics.percentile(List.of(), 0.5)).isEmpty();
        assertThatThrownBy(() -> ResponseStatistics.percentile(minutes(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

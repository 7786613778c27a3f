package com.quarterhour.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well estimates matched the time the work took, per component. An engagement's actual minutes are split over
 * its estimate's components in proportion to their estimated hours (evenly when the estimate is all components at
 * 0 hours, which are quoted separately): whole minutes, the minutes the rounding down leaves over going one each to
 * the components with the largest remainders, so each engagement's actual minutes are attributed exactly once.
 */
public final class EstimateAccuracy {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private EstimateAccuracy() {
    }

    /** One completed engagement: the estimate it was given and the minutes captured on it. */
    public record Sample(Estimate estimate, int actualMinutes) {
    }

    /**
     * One component (or the total, with a null component): how many engagements were estimated with it, the hours
     * estimated, the minutes and hours of actual time attributed to it, and actual ÷ estimated (null when nothing
     * was estimated).
     */
    public record Row(String component, int engagements, BigDecimal estimatedHours, int actualMinutes,
            BigDecimal actualHours, BigDecimal ratio) {
    }

    public record Result(List<Row> components, Row total) {
    }

    /** The rows by component name, then the total over every engagement. */
    public static Result of(List<Sample> samples) {
        Map<String, Tally> byComponent = new LinkedHashMap<>();
        for (Sample sample : samples) {
            List<Estimate.Line> lines = sample.estimate().lines();
            int[] attributed = attribute(lines, sample.actualMinutes());
            for (int i = 0; i < lines.size(); i++) {
                byComponent.computeIfAbsent(lines.get(i).component(), c -> new Tally())
                        .add(lines.get(i).hours(), attributed[i]);
            }
        }
        Tally total = new Tally();
        samples.forEach(s -> total.add(s.estimate().totalHours(), s.actualMinutes()));
        List<Row> rows = byComponent.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> e.getValue().row(e.getKey()))
                .toList();
        return new Result(rows, total.row(null));
    }

    /** The actual minutes of one engagement split over its estimate's lines (see the class comment). */
    static int[] attribute(List<Estimate.Line> lines, int actualMinutes) {
        BigDecimal totalHours = lines.stream().map(Estimate.Line::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal[] exact = new BigDecimal[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal share = totalHours.signum() == 0
                    ? BigDecimal.ONE.divide(BigDecimal.valueOf(lines.size()), 20, RoundingMode.HALF_UP)
                    : lines.get(i).hours().divide(totalHours, 20, RoundingMode.HALF_UP);
            exact[i] = share.multiply(BigDecimal.valueOf(actualMinutes));
        }
        int[] minutes = new int[lines.size()];
        int left = actualMinutes;
        for (int i = 0; i < lines.size(); i++) {
            minutes[i] = exact[i].setScale(0, RoundingMode.FLOOR).intValueExact();
            left -= minutes[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            byRemainder.add(i);
        }
        // largest remainder first; on a tie, the line that comes first
        byRemainder.sort(Comparator.comparing((Integer i) -> exact[i].subtract(BigDecimal.valueOf(minutes[i])))
                .reversed().thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < left; k++) {
            minutes[byRemainder.get(k % lines.size())]++;
        }
        return minutes;
    }

    private static final class Tally {

        private int engagements;
        private BigDecimal estimatedHours = BigDecimal.ZERO.setScale(2);
        private int actualMinutes;

        void add(BigDecimal hours, int minutes) {
            engagements++;
            estimatedHours = estimatedHours.add(hours);
            actualMinutes += minutes;
        }

        Row row(String component) {
            BigDecimal actual = BigDecimal.valueOf(actualMinutes);
            BigDecimal ratio = estimatedHours.signum() == 0 ? null
                    : actual.divide(estimatedHours.multiply(SIXTY), 2, RoundingMode.HALF_UP);
            return new Row(component, engagements, estimatedHours.setScale(2, RoundingMode.HALF_UP), actualMinutes,
                    actual.divide(SIXTY, 2, RoundingMode.HALF_UP), ratio);
        }
    }
}

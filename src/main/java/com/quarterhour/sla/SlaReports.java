package com.quarterhour.sla;

import com.quarterhour.shared.Periods;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.sla.SlaReport.PlanCompliance;
import com.quarterhour.sla.internal.SlaClock;
import com.quarterhour.sla.internal.SlaClockRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Response compliance per plan and month (the period is a calendar month in the company's time zone). */
@Service
@Transactional(readOnly = true)
public class SlaReports {

    private final SlaClockRepository clocks;
    private final PlanCatalog plans;
    private final Clock clock;
    private final ZoneId companyZone;

    SlaReports(SlaClockRepository clocks, PlanCatalog plans, Clock clock,
            @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.clocks = clocks;
        this.plans = plans;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    public SlaReport responseCompliance(String period) {
        YearMonth month = Periods.parse(period);
        Instant from = month.atDay(1).atStartOfDay(companyZone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(companyZone).toInstant();
        Map<String, List<SlaClock>> byPlan = clocks
                .findByKindAndStartedAtGreaterThanEqualAndStartedAtLessThan(ClockKind.RESPONSE, from, to).stream()
                .collect(Collectors.groupingBy(SlaClock::getPlanCode, TreeMap::new, Collectors.toList()));
        Instant now = clock.instant();
        List<PlanCompliance> rows = byPlan.entrySet().stream().map(e -> compliance(e.getKey(), e.getValue(), now)).toList();
        return new SlaReport(month.toString(), companyZone.getId(), rows);
    }

    private PlanCompliance compliance(String planCode, List<SlaClock> started, Instant now) {
        List<SlaClock> responded = started.stream().filter(SlaClock::isStopped).toList();
        List<SlaClock> targeted = started.stream().filter(SlaClock::hasTarget).toList();
        List<SlaClock> evaluated = targeted.stream().filter(c -> withinTarget(c, now).isPresent()).toList();
        int within = (int) evaluated.stream().filter(c -> withinTarget(c, now).orElse(false)).count();
        Double ratio = evaluated.isEmpty() ? null : (double) within / evaluated.size();
        List<Duration> times = responded.stream().map(c -> c.elapsed(now)).toList();
        Optional<Double> goal = SlaPolicy.complianceGoal(plans.require(planCode).kind());
        Integer target = targeted.stream().map(SlaClock::getTargetMinutes).distinct().count() == 1
                ? targeted.get(0).getTargetMinutes() : null;
        return new PlanCompliance(planCode, target, started.size(), responded.size(), evaluated.size(), within, ratio,
                minutes(ResponseStatistics.percentile(times, 0.5)), minutes(ResponseStatistics.percentile(times, 0.9)),
                goal.orElse(null), goal.isPresent() && ratio != null ? ratio >= goal.get() : null);
    }

    /** Answered within the target: true or false once answered; false once past due unanswered; empty while open. */
    private static Optional<Boolean> withinTarget(SlaClock c, Instant now) {
        Duration target = c.target().orElseThrow().duration();
        Duration used = c.elapsed(now);
        if (c.isStopped()) {
            return Optional.of(used.compareTo(target) <= 0);
        }
        return used.compareTo(target) > 0 ? Optional.of(false) : Optional.empty();
    }

    private static Long minutes(Optional<Duration> duration) {
        return duration.map(Duration::toMinutes).orElse(null);
    }
}

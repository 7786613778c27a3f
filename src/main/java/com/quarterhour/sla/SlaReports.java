package com.quarterhour.sla;

import com.quarterhour.shared.Periods;
import com.quarterhour.calendar.BusinessCalendar;
import com.quarterhour.sla.SlaReport.PlanCompliance;
import com.quarterhour.sla.SlaReport.PolicyCompliance;
import com.quarterhour.sla.internal.ClockCalendars;
import com.quarterhour.sla.internal.PolicyVersion;
import com.quarterhour.sla.internal.PolicyVersionRepository;
import com.quarterhour.sla.internal.PolicyVersionRepository.VersionName;
import com.quarterhour.sla.internal.SlaClock;
import com.quarterhour.sla.internal.SlaClockRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response compliance per plan and per SLA policy for a month (a calendar month in the company's time zone), each
 * request judged in the working time of the calendar its clock ran on.
 */
@Service
@Transactional(readOnly = true)
public class SlaReports {

    private final SlaClockRepository clocks;
    private final PolicyVersionRepository versions;
    private final ClockCalendars calendars;
    private final Clock clock;
    private final ZoneId companyZone;

    SlaReports(SlaClockRepository clocks, PolicyVersionRepository versions, ClockCalendars calendars, Clock clock,
            @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.clocks = clocks;
        this.versions = versions;
        this.calendars = calendars;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    public SlaReport responseCompliance(String period) {
        YearMonth month = Periods.parse(period);
        Instant from = month.atDay(1).atStartOfDay(companyZone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(companyZone).toInstant();
        List<SlaClock> started = clocks.findByKindAndStartedAtGreaterThanEqualAndStartedAtLessThan(ClockKind.RESPONSE, from, to);
        Used used = new Used(calendars.remembering(), clock.instant());
        Map<Long, Optional<Integer>> goals = new HashMap<>();
        Map<String, List<SlaClock>> byPlan = started.stream()
                .collect(Collectors.groupingBy(SlaClock::getPlanCode, TreeMap::new, Collectors.toList()));
        List<PlanCompliance> plans = byPlan.entrySet().stream().map(e -> {
            Tally t = tally(e.getValue(), used, goals);
            return new PlanCompliance(e.getKey(), t.target(), t.requests(), t.responded(), t.evaluated(), t.within(),
                    t.ratio(), t.median(), t.p90(), t.goal(), t.meetsGoal());
        }).toList();
        return new SlaReport(month.toString(), companyZone.getId(), plans, byPolicy(started, used, goals));
    }

    private List<PolicyCompliance> byPolicy(List<SlaClock> started, Used used, Map<Long, Optional<Integer>> goals) {
        Set<Long> versionIds = started.stream().map(SlaClock::getPolicyVersionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (versionIds.isEmpty()) {
            return List.of();
        }
        Map<Long, VersionName> policyOf = versions.namesOf(versionIds).stream()
                .collect(Collectors.toMap(VersionName::getVersionId, Function.identity()));
        Map<Long, List<SlaClock>> byPolicy = started.stream().filter(c -> c.getPolicyVersionId() != null)
                .collect(Collectors.groupingBy(c -> policyOf.get(c.getPolicyVersionId()).getPolicyId()));
        return byPolicy.entrySet().stream().map(e -> {
            Tally t = tally(e.getValue(), used, goals);
            String name = policyOf.get(e.getValue().get(0).getPolicyVersionId()).getPolicyName();
            return new PolicyCompliance(e.getKey(), name, t.target(), t.requests(), t.responded(), t.evaluated(),
                    t.within(), t.ratio(), t.median(), t.p90(), t.goal(), t.meetsGoal());
        }).sorted(Comparator.comparing(PolicyCompliance::policyName)).toList();
    }

    /** Working time each clock used up to now, in its own calendar. */
    private record Used(Function<SlaClock, BusinessCalendar> calendars, Instant now) {

        Duration of(SlaClock c) {
            return c.elapsed(now, calendars.apply(c));
        }
    }

    /** One row's figures, per plan or per policy. */
    private record Tally(Integer target, int requests, int responded, int evaluated, int within, Double ratio,
            Long median, Long p90, Double goal, Boolean meetsGoal) {
    }

    private Tally tally(List<SlaClock> started, Used used, Map<Long, Optional<Integer>> goals) {
        List<SlaClock> responded = started.stream().filter(SlaClock::isStopped).toList();
        List<SlaClock> targeted = started.stream().filter(SlaClock::hasTarget).toList();
        List<SlaClock> evaluated = targeted.stream().filter(c -> withinTarget(c, used).isPresent()).toList();
        int within = (int) evaluated.stream().filter(c -> withinTarget(c, used).orElse(false)).count();
        Double ratio = evaluated.isEmpty() ? null : (double) within / evaluated.size();
        List<Duration> times = responded.stream().map(used::of).toList();
        Optional<Double> goal = goal(targeted, goals);
        Integer target = targeted.stream().map(SlaClock::getTargetMinutes).distinct().count() == 1
                ? targeted.get(0).getTargetMinutes() : null;
        return new Tally(target, started.size(), responded.size(), evaluated.size(), within, ratio,
                minutes(ResponseStatistics.percentile(times, 0.5)), minutes(ResponseStatistics.percentile(times, 0.9)),
                goal.orElse(null), goal.isPresent() && ratio != null ? ratio >= goal.get() : null);
    }

    /**
     * The goal of the policy versions these clocks ran on (seed 002's shared support: 0.90), when they share one; none
     * when their versions promise different goals or none.
     */
    private Optional<Double> goal(List<SlaClock> targeted, Map<Long, Optional<Integer>> goals) {
        List<Optional<Integer>> distinct = targeted.stream().map(SlaClock::getPolicyVersionId).filter(Objects::nonNull)
                .distinct()
                .map(id -> goals.computeIfAbsent(id, v -> versions.findById(v).flatMap(PolicyVersion::getGoalPercent)))
                .distinct().toList();
        return distinct.size() == 1 ? distinct.get(0).map(percent -> percent / 100.0) : Optional.empty();
    }

    /** Answered within the target: true or false once answered; false once past due unanswered; empty while open. */
    private static Optional<Boolean> withinTarget(SlaClock c, Used usedSoFar) {
        Duration target = c.target().orElseThrow().duration();
        Duration used = usedSoFar.of(c);
        if (c.isStopped()) {
            return Optional.of(used.compareTo(target) <= 0);
        }
        return used.compareTo(target) > 0 ? Optional.of(false) : Optional.empty();
    }

    private static Long minutes(Optional<Duration> duration) {
        return duration.map(Duration::toMinutes).orElse(null);
    }
}

package com.quarterhour.sla;

import com.quarterhour.sla.internal.SlaBreach;
import com.quarterhour.sla.internal.SlaBreachRepository;
import com.quarterhour.sla.internal.SlaBreachRepository.BreachesPerClock;
import com.quarterhour.sla.internal.SlaClock;
import com.quarterhour.sla.internal.SlaClockRepository;
import com.quarterhour.sla.internal.PolicyVersionRepository;
import com.quarterhour.sla.internal.PolicyVersionRepository.VersionName;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only: the clocks of many engagements at once, in two queries whatever their number. */
@Service
@Transactional(readOnly = true)
public class SlaClockQuery {

    private final SlaClockRepository clocks;
    private final SlaBreachRepository breaches;
    private final PolicyVersionRepository versions;

    SlaClockQuery(SlaClockRepository clocks, SlaBreachRepository breaches, PolicyVersionRepository versions) {
        this.clocks = clocks;
        this.breaches = breaches;
        this.versions = versions;
    }

    /**
     * The clocks of these engagements, by engagement, with the policy and calendar each runs on, in three queries; an
     * engagement started before the clocks existed has none.
     */
    public Map<Long, List<ClockSnapshot>> clocksOf(Collection<Long> engagementIds) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> breachCounts = breaches.countPerClock(engagementIds).stream()
                .collect(Collectors.toMap(BreachesPerClock::getClockId, BreachesPerClock::getBreaches));
        List<SlaClock> found = clocks.findByEngagementIdInOrderByEngagementIdAscKindAsc(engagementIds);
        Set<Long> versionIds = found.stream().map(SlaClock::getPolicyVersionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, VersionName> policies = versionIds.isEmpty() ? new HashMap<>() : versions.namesOf(versionIds).stream()
                .collect(Collectors.toMap(VersionName::getVersionId, Function.identity()));
        return found.stream()
                .map(c -> snapshot(c, Math.toIntExact(breachCounts.getOrDefault(c.getId(), 0L)),
                        policies.get(c.getPolicyVersionId())))
                .collect(Collectors.groupingBy(ClockSnapshot::engagementId));
    }

    /**
     * The SLA side of each of these engagements, as {@link SlaService#status} tells it of one: due times, the
     * resolution clock's pause and the breaches. Engagements without clocks are left out.
     */
    public Map<Long, SlaStatus> statusOf(Collection<Long> engagementIds) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<BreachView>> breachesOf = breaches.findByEngagementIdInOrderByBreachedAtAsc(engagementIds).stream()
                .collect(Collectors.groupingBy(SlaBreach::getEngagementId,
                        Collectors.mapping(SlaService::view, Collectors.toList())));
        return clocks.findByEngagementIdInOrderByEngagementIdAscKindAsc(engagementIds).stream()
                .collect(Collectors.groupingBy(SlaClock::getEngagementId)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> status(e.getValue(),
                        breachesOf.getOrDefault(e.getKey(), List.of()))));
    }

    private static SlaStatus status(List<SlaClock> engagementClocks, List<BreachView> breaches) {
        SlaClock response = kind(engagementClocks, ClockKind.RESPONSE);
        SlaClock resolution = kind(engagementClocks, ClockKind.RESOLUTION);
        return new SlaStatus(response == null ? null : response.getDueAt(),
                resolution == null ? null : resolution.getDueAt(), resolution != null && resolution.isPaused(), breaches);
    }

    private static SlaClock kind(List<SlaClock> engagementClocks, ClockKind kind) {
        return engagementClocks.stream().filter(c -> c.getKind() == kind).findFirst().orElse(null);
    }

    static ClockSnapshot snapshot(SlaClock c, int breaches, VersionName policy) {
        return new ClockSnapshot(c.getEngagementId(), c.getKind(), c.getTargetMinutes(), c.getWarnAt(), c.getDueAt(),
                c.getWarnedAt(), c.getStoppedAt(), c.isPaused(), breaches, policy == null ? null : policy.getPolicyName(),
                policy == null ? null : policy.getVersion(), c.getCalendarId(), c.getCalendar(), c.zone());
    }
}

package com.quarterhour.sla;

import com.quarterhour.sla.internal.SlaBreachRepository;
import com.quarterhour.sla.internal.SlaBreachRepository.BreachesPerClock;
import com.quarterhour.sla.internal.SlaClock;
import com.quarterhour.sla.internal.SlaClockRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only: the clocks of many engagements at once, in two queries (clocks, breach counts) whatever their number. */
@Service
@Transactional(readOnly = true)
public class SlaClockQuery {

    private final SlaClockRepository clocks;
    private final SlaBreachRepository breaches;

    SlaClockQuery(SlaClockRepository clocks, SlaBreachRepository breaches) {
        this.clocks = clocks;
        this.breaches = breaches;
    }

    /** The clocks of these engagements, by engagement; an engagement started before the clocks existed has none. */
    public Map<Long, List<ClockSnapshot>> clocksOf(Collection<Long> engagementIds) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> breachCounts = breaches.countPerClock(engagementIds).stream()
                .collect(Collectors.toMap(BreachesPerClock::getClockId, BreachesPerClock::getBreaches));
        return clocks.findByEngagementIdInOrderByEngagementIdAscKindAsc(engagementIds).stream()
                .map(c -> snapshot(c, Math.toIntExact(breachCounts.getOrDefault(c.getId(), 0L))))
                .collect(Collectors.groupingBy(ClockSnapshot::engagementId));
    }

    private static ClockSnapshot snapshot(SlaClock c, int breaches) {
        return new ClockSnapshot(c.getEngagementId(), c.getKind(), c.getTargetMinutes(), c.getWarnAt(), c.getDueAt(),
                c.getWarnedAt(), c.getStoppedAt(), c.isPaused(), breaches);
    }
}

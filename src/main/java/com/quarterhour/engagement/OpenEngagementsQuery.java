package com.quarterhour.engagement;

import com.quarterhour.engagement.internal.AppointmentForecast;
import com.quarterhour.engagement.internal.Engagement;
import com.quarterhour.engagement.internal.EngagementRepository;
import com.quarterhour.engagement.internal.TimeEntryRepository;
import com.quarterhour.engagement.internal.TimeEntryRepository.MinutesPerEngagement;
import com.quarterhour.shared.Priority;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only: the engagements not completed yet, for the staff board. A fixed number of queries whatever the number
 * of rows: the engagements, their captured minutes added up per engagement, and (when some are booked appointments
 * that have not begun) those customers with their subscriptions, for the plan each will start on.
 */
@Service
@Transactional(readOnly = true)
public class OpenEngagementsQuery {

    private final EngagementRepository engagements;
    private final TimeEntryRepository timeEntries;
    private final AppointmentForecast forecast;

    OpenEngagementsQuery(EngagementRepository engagements, TimeEntryRepository timeEntries, AppointmentForecast forecast) {
        this.engagements = engagements;
        this.timeEntries = timeEntries;
        this.forecast = forecast;
    }

    /** Which open engagements to list; a null field does not narrow the list. */
    public record Filter(Priority priority, String planCode, String technician) {

        public static final Filter NONE = new Filter(null, null, null);
    }

    /** Open engagements that match every given field of the filter, oldest report first. */
    public List<OpenEngagement> open(Filter filter) {
        List<Engagement> found = engagements.findAll(matching(filter), Sort.by("reportedAt", "id"));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> minutes = timeEntries.minutesPerEngagement(found.stream().map(Engagement::getId).toList()).stream()
                .collect(Collectors.toMap(MinutesPerEngagement::getEngagementId, MinutesPerEngagement::getMinutes));
        List<Engagement> booked = found.stream().filter(OpenEngagementsQuery::booked).toList();
        Map<Long, String> bookedPlans = forecast.planCodes(booked);
        Map<Long, Priority> bookedPriorities = forecast.suggestedPriorities(booked);
        return found.stream().map(e -> open(e, Math.toIntExact(minutes.getOrDefault(e.getId(), 0L)), bookedPlans,
                bookedPriorities)).toList();
    }

    /** A booked appointment that has not begun shows the plan and priority it will start on. */
    private OpenEngagement open(Engagement e, int minutesCaptured, Map<Long, String> bookedPlans,
            Map<Long, Priority> bookedPriorities) {
        boolean booked = booked(e);
        return new OpenEngagement(e.getId(), e.getCustomerId(), e.getTitle(),
                booked ? bookedPriorities.get(e.getId()) : e.getEffectivePriority(), e.getStatus(),
                booked ? bookedPlans.get(e.getId()) : e.getPlanCode(), e.getTechnician(), e.getReportedAt(),
                minutesCaptured, e.getAppointmentStart());
    }

    private static boolean booked(Engagement e) {
        return e.getStatus() == EngagementStatus.SCHEDULED;
    }

    /** The technicians assigned to some open engagement, by name. */
    public List<String> assignedTechnicians() {
        return engagements.findTechniciansAssignedWhileIn(EngagementStatus.OPEN);
    }

    private static Specification<Engagement> matching(Filter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(root.get("status").in(EngagementStatus.OPEN));
            if (filter.priority() != null) {
                // the priority in force: the coordinator's, or the suggestion until triage
                all.add(cb.equal(cb.coalesce(root.<Priority>get("priority"), root.<Priority>get("suggestedPriority")),
                        filter.priority()));
            }
            if (filter.planCode() != null) {
                all.add(cb.equal(root.get("planCode"), filter.planCode()));
            }
            if (filter.technician() != null) {
                all.add(cb.equal(root.get("technician"), filter.technician()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}

package com.quarterhour.board;

import com.quarterhour.board.BoardView.PlanOption;
import com.quarterhour.board.internal.RequestTasks;
import com.quarterhour.calendar.BusinessCalendars;
import com.quarterhour.calendar.CalendarSummary;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.engagement.OpenEngagement;
import com.quarterhour.engagement.OpenEngagementsQuery;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.BookedStart;
import com.quarterhour.sla.CalendarKind;
import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.ClockSnapshot;
import com.quarterhour.sla.SlaClockQuery;
import com.quarterhour.sla.SlaService;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff SLA board: open engagements with their clocks' states at the engine's now, and the policy and calendar
 * each runs on. A fixed number of queries whatever the number of rows: engagements, their minutes, their clocks with
 * their policies, breach counts, customer names, the stored calendars named, the technicians to filter by, and the
 * open tasks with their process instances (the plans are read once). The booked appointments that have not begun
 * have no clocks yet: theirs are planned from their starts, all together, in a fixed number more (their customers,
 * terms, policies and calendars; see {@link SlaService#planned(java.util.Collection)}).
 */
@Service
@Transactional(readOnly = true)
public class BoardService {

    private static final Comparator<BoardRow> MOST_URGENT_FIRST = Comparator.comparing(BoardRow::state, SlaState.URGENCY)
            .thenComparing(BoardService::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BoardRow::reportedAt)
            .thenComparing(BoardRow::id);

    private final OpenEngagementsQuery engagements;
    private final SlaClockQuery clocks;
    private final SlaService sla;
    private final CustomerService customers;
    private final BusinessCalendars calendars;
    private final PlanCatalog plans;
    private final RequestTasks tasks;
    private final Clock clock;
    /** The catalogue changes by migration only, so its plans are read once (a plan loads its rates with it). */
    private volatile List<PlanOption> planOptions;

    BoardService(OpenEngagementsQuery engagements, SlaClockQuery clocks, SlaService sla, CustomerService customers,
            BusinessCalendars calendars, PlanCatalog plans, RequestTasks tasks, Clock clock) {
        this.engagements = engagements;
        this.clocks = clocks;
        this.sla = sla;
        this.customers = customers;
        this.calendars = calendars;
        this.plans = plans;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Open engagements matching every given filter (null or blank: any); an unknown plan is a 400. */
    public BoardView board(Priority priority, String plan, String technician) {
        String planCode = blankToNull(plan);
        List<PlanOption> catalogue = planOptions();
        if (planCode != null && catalogue.stream().noneMatch(p -> p.code().equals(planCode))) {
            plans.require(planCode); // the catalogue's 400, naming the plans there are
        }
        BoardView.Filter filter = new BoardView.Filter(priority, planCode, blankToNull(technician));
        Instant now = clock.instant();
        List<OpenEngagement> open = engagements.open(new OpenEngagementsQuery.Filter(filter.priority(), filter.plan(),
                filter.technician()));
        List<Long> ids = open.stream().map(OpenEngagement::id).toList();
        Map<Long, List<ClockSnapshot>> clocksByEngagement = new HashMap<>(clocks.clocksOf(ids));
        clocksByEngagement.putAll(sla.planned(open.stream()
                .filter(e -> e.status() == EngagementStatus.SCHEDULED && !clocksByEngagement.containsKey(e.id()))
                .map(booked -> new BookedStart(booked.id(), booked.customerId(), booked.planCode(), booked.priority(),
                        booked.appointmentStart()))
                .toList()));
        Map<Long, String> names = customers.namesOf(open.stream().map(OpenEngagement::customerId).distinct().toList());
        Map<Long, CalendarSummary> namedCalendars = calendars.summariesOf(clocksByEngagement.values().stream()
                .flatMap(List::stream).map(ClockSnapshot::calendarId).filter(Objects::nonNull).distinct().toList());
        Map<Long, List<String>> openTasks = tasks.openTasksOf(ids);
        List<BoardRow> rows = open.stream()
                .map(e -> row(e, names.get(e.customerId()), clocksByEngagement.getOrDefault(e.id(), List.of()),
                        namedCalendars, now, onlyTask(openTasks.get(e.id()))))
                .sorted(MOST_URGENT_FIRST)
                .toList();
        Map<SlaState, Integer> counts = new EnumMap<>(SlaState.class);
        rows.forEach(r -> counts.merge(r.state(), 1, Integer::sum));
        return new BoardView(now, filter, counts, rows, catalogue, engagements.assignedTechnicians());
    }

    private List<PlanOption> planOptions() {
        if (planOptions == null) {
            planOptions = plans.all().stream().map(p -> new PlanOption(p.code(), p.name())).toList();
        }
        return planOptions;
    }

    private static BoardRow row(OpenEngagement e, String customerName, List<ClockSnapshot> engagementClocks,
            Map<Long, CalendarSummary> namedCalendars, Instant now, String taskId) {
        ClockSnapshot response = clockOf(engagementClocks, ClockKind.RESPONSE);
        ClockSnapshot resolution = clockOf(engagementClocks, ClockKind.RESOLUTION);
        SlaState responseState = SlaState.of(response, now);
        SlaState resolutionState = SlaState.of(resolution, now);
        ClockSnapshot terms = response != null ? response : resolution;
        return new BoardRow(e.id(), e.customerId(), customerName, e.planCode(), e.title(), e.priority(), e.status(),
                e.technician(), e.minutesCaptured(), e.reportedAt(), dueAt(response), responseState, dueAt(resolution),
                resolutionState, SlaState.overall(List.of(responseState, resolutionState)),
                terms == null ? null : terms.timeZone().getId(), policyOf(terms), calendarOf(terms, namedCalendars),
                EngagementService.businessKeyOf(e.id()), taskId);
    }

    private static String onlyTask(List<String> taskIds) {
        return taskIds != null && taskIds.size() == 1 ? taskIds.get(0) : null;
    }

    private static String policyOf(ClockSnapshot clock) {
        return clock == null || clock.policyName() == null ? null : clock.policyName() + " v" + clock.policyVersion();
    }

    /** Where the request's targets count: 24/7, the contract's stored calendar, or the customer's office hours. */
    private static String calendarOf(ClockSnapshot clock, Map<Long, CalendarSummary> namedCalendars) {
        if (clock == null || !clock.hasTarget()) {
            return null;
        }
        if (clock.calendar() == CalendarKind.AROUND_THE_CLOCK) {
            return "24/7";
        }
        CalendarSummary stored = clock.calendarId() == null ? null : namedCalendars.get(clock.calendarId());
        return stored == null ? "Office hours" : stored.name();
    }

    private static ClockSnapshot clockOf(List<ClockSnapshot> engagementClocks, ClockKind kind) {
        return engagementClocks.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
    }

    private static Instant dueAt(ClockSnapshot clock) {
        return clock == null ? null : clock.dueAt();
    }

    /** The nearest due time of a clock that is still running. */
    private static Instant nextDue(BoardRow row) {
        return Stream.of(row.responseState() == SlaState.MET ? null : row.responseDueAt(),
                        row.resolutionState() == SlaState.MET ? null : row.resolutionDueAt())
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

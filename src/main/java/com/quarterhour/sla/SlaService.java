package com.quarterhour.sla;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.customer.CustomerWithSubscriptions;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.internal.ClockCalendars;
import com.quarterhour.sla.internal.ClockTerms;
import com.quarterhour.sla.internal.ClockTimers;
import com.quarterhour.sla.internal.PolicyVersionRepository;
import com.quarterhour.sla.internal.PolicyVersionRepository.VersionName;
import com.quarterhour.sla.internal.SlaAlerts;
import com.quarterhour.sla.internal.SlaBreach;
import com.quarterhour.sla.internal.SlaBreachRepository;
import com.quarterhour.sla.internal.SlaClock;
import com.quarterhour.sla.internal.SlaClockRepository;
import com.quarterhour.sla.internal.SlaTerms;
import com.quarterhour.sla.internal.SlaTerms.CustomerPlan;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA clocks of engagements. The engagement feature tells it what happened (started, triaged, responded,
 * waiting, resumed, resolved); the sla-clock process asks it when to warn and when a target is breached.
 * Requests started before the clocks existed have none: what happens to them is simply not timed.
 */
@Service
@Transactional
public class SlaService {

    /**
     * Where a paused clock's timers wait: nothing is due while the customer is awaited, and resuming
     * recalculates them from what is left of the target.
     */
    static final Instant WHILE_PAUSED = Instant.parse("9999-12-31T00:00:00Z");

    /** The managers' "Investigate SLA breach" task: the engine's default priority, and higher once the breach escalated. */
    static final int INVESTIGATION_PRIORITY = 50;
    static final int ESCALATED_INVESTIGATION_PRIORITY = 80;

    private final SlaClockRepository clocks;
    private final SlaBreachRepository breaches;
    private final CustomerService customers;
    private final SlaTerms terms;
    private final ClockCalendars calendars;
    private final ClockTimers timers;
    private final SlaAlerts alerts;
    private final SlaClockQuery statuses;
    private final PolicyVersionRepository versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SlaService(SlaClockRepository clocks, SlaBreachRepository breaches, CustomerService customers, SlaTerms terms,
            ClockCalendars calendars, ClockTimers timers, SlaAlerts alerts, SlaClockQuery statuses,
            PolicyVersionRepository versions, ApplicationEventPublisher events, Clock clock) {
        this.clocks = clocks;
        this.breaches = breaches;
        this.customers = customers;
        this.terms = terms;
        this.calendars = calendars;
        this.timers = timers;
        this.alerts = alerts;
        this.statuses = statuses;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts the response and resolution clocks of a request under its (suggested) priority, on the terms that apply
     * now to this customer and plan; the clocks keep these terms.
     */
    public void start(long engagementId, long customerId, String planCode, Priority priority, Instant startedAt) {
        CustomerView customer = customers.get(customerId);
        ClockTerms current = terms.current(customerId, planCode);
        for (ClockKind kind : ClockKind.values()) {
            SlaClock started = new SlaClock(engagementId, customerId, kind, customer.timeZone(), customer.country(), startedAt);
            aim(started, planCode, priority, current);
            clocks.save(started);
        }
    }

    /**
     * The clocks {@link #start} would start at {@code startsAt} (a booked appointment's start), as they would stand
     * then: what the board shows before they run. Nothing is stored.
     */
    @Transactional(readOnly = true)
    public List<ClockSnapshot> planned(long engagementId, long customerId, String planCode, Priority priority,
            Instant startsAt) {
        CustomerView customer = customers.get(customerId);
        ClockTerms current = terms.current(customerId, planCode);
        Long versionId = current.policyVersionId();
        VersionName policy = versionId == null ? null : versions.namesOf(List.of(versionId)).stream().findFirst().orElse(null);
        return plan(new BookedStart(engagementId, customerId, planCode, priority, startsAt), customer, current, policy,
                calendars::of);
    }

    /**
     * {@link #planned(long, long, String, Priority, Instant)} for many booked appointments at once, by engagement,
     * in a fixed number of queries whatever their number: the customers, their terms (contracts, plans, the policies'
     * current versions), the policies' names, and the stored calendars named (one more for each calendar changed
     * since it was last built). Nothing is stored.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<ClockSnapshot>> planned(Collection<BookedStart> booked) {
        if (booked.isEmpty()) {
            return Map.of();
        }
        Map<Long, CustomerWithSubscriptions> customerOf = customers.withSubscriptions(
                booked.stream().map(BookedStart::customerId).distinct().toList());
        Map<CustomerPlan, ClockTerms> termsOf = terms.currentOf(booked.stream().map(SlaService::customerPlan).toList());
        List<Long> versionIds = termsOf.values().stream().map(ClockTerms::policyVersionId).filter(Objects::nonNull)
                .distinct().toList();
        Map<Long, VersionName> policies = versionIds.isEmpty() ? Map.of() : versions.namesOf(versionIds).stream()
                .collect(Collectors.toMap(VersionName::getVersionId, Function.identity()));
        ClockCalendars.Choice calendar = calendars.among(termsOf.values().stream()
                .flatMap(on -> on.calendarId().stream()).distinct().toList());
        Map<Long, List<ClockSnapshot>> planned = new HashMap<>();
        for (BookedStart start : booked) {
            CustomerView customer = Optional.ofNullable(customerOf.get(start.customerId()))
                    .map(CustomerWithSubscriptions::customer)
                    .orElseGet(() -> customers.get(start.customerId())); // the 404 one appointment would give
            ClockTerms on = termsOf.get(customerPlan(start));
            planned.put(start.engagementId(), plan(start, customer, on, policies.get(on.policyVersionId()), calendar));
        }
        return planned;
    }

    private static CustomerPlan customerPlan(BookedStart start) {
        return new CustomerPlan(start.customerId(), start.planCode());
    }

    private static List<ClockSnapshot> plan(BookedStart start, CustomerView customer, ClockTerms on, VersionName policy,
            ClockCalendars.Choice calendar) {
        List<ClockSnapshot> planned = new ArrayList<>();
        for (ClockKind kind : ClockKind.values()) {
            SlaClock clock = new SlaClock(start.engagementId(), start.customerId(), kind, customer.timeZone(),
                    customer.country(), start.startsAt());
            aim(clock, start.planCode(), start.priority(), on, calendar);
            planned.add(SlaClockQuery.snapshot(clock, 0, policy));
        }
        return planned;
    }

    /** A technician took the request from the technicians' queue: its warnings go to them. */
    public void assigned(long engagementId, String technician) {
        clocks.findByEngagementIdOrderByKind(engagementId).forEach(c -> c.assignTo(technician));
    }

    /**
     * Triage set the priority (and maybe a plan) and assigned a technician: due times are recomputed and re-timed, on
     * the policy version the clock runs on; a new plan takes the terms that apply to it now.
     */
    public void triaged(long engagementId, String planCode, Priority priority, String technician) {
        for (SlaClock running : clocks.findByEngagementIdOrderByKind(engagementId)) {
            running.assignTo(technician);
            if (running.isStopped()) {
                continue;
            }
            ClockTerms on = planCode.equals(running.getPlanCode())
                    ? terms.kept(running) : terms.current(running.getCustomerId(), planCode);
            retarget(running, planCode, priority, on);
        }
        events.publishEvent(new SlaClocksMoved(engagementId));
    }

    /**
     * Re-apply: the open requests running on any version of this policy take the terms that apply to them now, and
     * their timers move. Answers how many requests.
     */
    public int reapplyPolicy(long policyId) {
        return reapply(clocks.findOpenOnPolicy(policyId));
    }

    /** Re-apply: this customer's open requests take its terms as they stand now. Answers how many requests. */
    public int reapplyCustomer(long customerId) {
        return reapply(clocks.findByCustomerIdAndStoppedAtIsNull(customerId));
    }

    private int reapply(List<SlaClock> open) {
        Map<List<Object>, ClockTerms> now = new HashMap<>();
        for (SlaClock running : open) {
            ClockTerms current = now.computeIfAbsent(List.of(running.getCustomerId(), running.getPlanCode()),
                    key -> terms.current(running.getCustomerId(), running.getPlanCode()));
            retarget(running, running.getPlanCode(), running.getPriority(), current);
        }
        List<Long> moved = open.stream().map(SlaClock::getEngagementId).distinct().toList();
        moved.forEach(engagementId -> events.publishEvent(new SlaClocksMoved(engagementId)));
        return moved.size();
    }

    private void aim(SlaClock aimed, String planCode, Priority priority, ClockTerms on) {
        aim(aimed, planCode, priority, on, calendars::of);
    }

    private static void aim(SlaClock aimed, String planCode, Priority priority, ClockTerms on,
            ClockCalendars.Choice calendar) {
        Optional<SlaTarget> target = on.target(aimed.getKind(), priority);
        aimed.retarget(planCode, priority, on, target, calendar.of(SlaClock.calendarOf(target),
                on.calendarId().orElse(null), aimed.zone(), aimed.getCountry()));
    }

    /** New terms or priority for a running clock: its watch starts, moves or ends with its target. */
    private void retarget(SlaClock running, String planCode, Priority priority, ClockTerms on) {
        boolean watched = running.hasTarget();
        aim(running, planCode, priority, on);
        clocks.flush();
        if (!watched && running.hasTarget()) {
            timers.targetSet(running);
        } else if (watched && !running.hasTarget()) {
            timers.stopWatching(running);
        } else if (running.hasTarget()) {
            timers.retime(running);
        }
    }

    public void responded(long engagementId, Instant at) {
        stop(engagementId, ClockKind.RESPONSE, at);
    }

    public void resolved(long engagementId, Instant at) {
        stop(engagementId, ClockKind.RESPONSE, at);
        stop(engagementId, ClockKind.RESOLUTION, at);
    }

    private void stop(long engagementId, ClockKind kind, Instant at) {
        clocks.findByEngagementIdAndKind(engagementId, kind).filter(running -> !running.isStopped()).ifPresent(stopping -> {
            stopping.stop(at, calendars.of(stopping));
            timers.stopWatching(stopping);
            events.publishEvent(new SlaClocksMoved(engagementId));
        });
    }

    /** Waiting for the customer pauses the resolution clock; its timers wait until it resumes. */
    public void customerAwaited(long engagementId, Instant at) {
        clocks.findByEngagementIdAndKind(engagementId, ClockKind.RESOLUTION).ifPresent(resolution -> {
            resolution.pause(at, calendars.of(resolution));
            clocks.flush();
            timers.retime(resolution);
            events.publishEvent(new SlaClocksMoved(engagementId));
        });
    }

    public void customerReplied(long engagementId, Instant at) {
        clocks.findByEngagementIdAndKind(engagementId, ClockKind.RESOLUTION).ifPresent(resolution -> {
            resolution.resume(at, calendars.of(resolution));
            clocks.flush();
            timers.retime(resolution);
            events.publishEvent(new SlaClocksMoved(engagementId));
        });
    }

    /**
     * The customer reopened a resolved request: the resolution clock runs again from the reply, with the working time
     * it had used until the resolution (the time between resolution and reply counts as waiting for the customer).
     * The response clock stays stopped: the customer was answered. A new watch of the clock follows (the process calls
     * sla-clock again); a breach already recorded is not recorded again.
     */
    public void reopened(long engagementId, Instant at) {
        clocks.findByEngagementIdAndKind(engagementId, ClockKind.RESOLUTION).ifPresent(resolution -> {
            resolution.reopen(at, calendars.of(resolution));
            clocks.flush();
            events.publishEvent(new SlaClocksMoved(engagementId));
        });
    }

    @Transactional(readOnly = true)
    public SlaStatus status(long engagementId) {
        return statuses.statusOf(List.of(engagementId)).getOrDefault(engagementId, SlaStatus.NOT_STARTED);
    }

    @Transactional(readOnly = true)
    public List<BreachView> breaches(long engagementId) {
        return breaches.findByEngagementIdOrderByBreachedAtAsc(engagementId).stream().map(SlaService::view).toList();
    }

    static BreachView view(SlaBreach b) {
        return new BreachView(b.getId(), b.getKind(), b.getPriority(), b.getTargetMinutes(), b.getDueAt(),
                b.getBreachedAt(), b.getInvestigatedBy(), b.getInvestigatedAt(), b.getCause(), b.getFindings(),
                b.getEscalatedAt());
    }

    // --- asked by the sla-clock process

    /** The clock's watch started: its timers and messages are found by this process instance from now on. */
    public void watchedBy(long engagementId, ClockKind kind, String processInstanceId) {
        clock(engagementId, kind).watchedBy(processInstanceId);
    }

    @Transactional(readOnly = true)
    public boolean hasTarget(long engagementId, ClockKind kind) {
        return clock(engagementId, kind).hasTarget();
    }

    /** When the warning timer fires; a clock already warned (its warning is gone) warns at once, harmlessly. */
    @Transactional(readOnly = true)
    public Date warningAt(long engagementId, ClockKind kind) {
        SlaClock watched = clock(engagementId, kind);
        if (watched.isPaused()) {
            return Date.from(WHILE_PAUSED);
        }
        return Date.from(Optional.ofNullable(watched.getWarnAt()).orElseGet(clock::instant));
    }

    @Transactional(readOnly = true)
    public Date dueAt(long engagementId, ClockKind kind) {
        SlaClock watched = clock(engagementId, kind);
        // a reopened request's new watch: its target was missed before, and that breach is on record already
        if (watched.isPaused() || breaches.findFirstByClockIdOrderByBreachedAtDesc(watched.getId()).isPresent()) {
            return Date.from(WHILE_PAUSED);
        }
        if (watched.getDueAt() == null) {
            throw new IllegalStateException("The " + kind + " clock of engagement " + engagementId + " has nothing due");
        }
        return Date.from(watched.getDueAt());
    }

    /**
     * When an unanswered breach escalates. Nothing is due (the timer waits far ahead, as while paused) without an
     * escalation level or once escalated; re-timing brings it forward when a re-applied policy adds one.
     */
    @Transactional(readOnly = true)
    public Date escalationAt(long engagementId, ClockKind kind) {
        return Date.from(Optional.ofNullable(clock(engagementId, kind).getEscalateAt()).orElse(WHILE_PAUSED));
    }

    /** The priority the managers' investigation task opens with: high if the breach escalated before it opened. */
    @Transactional(readOnly = true)
    public int investigationPriority(String watchProcessInstanceId) {
        boolean escalated = watchedBy(watchProcessInstanceId).getEscalatedAt() != null;
        return escalated ? ESCALATED_INVESTIGATION_PRIORITY : INVESTIGATION_PRIORITY;
    }

    /** The warning share of the target has passed (75% by default): the assigned technician hears of it. */
    public void warn(long engagementId, ClockKind kind, String title) {
        SlaClock warned = clock(engagementId, kind);
        if (warned.getWarnedAt() != null) {
            return;
        }
        warned.warned(clock.instant());
        alerts.warning(warned, title);
    }

    /**
     * The target passed: a breach record, and mail to the coordinators and the customer's manager. When the clock's
     * policy version promises a service credit at its priority, billing hears of it after commit and proposes it.
     */
    public long recordBreach(long engagementId, ClockKind kind, String title) {
        SlaClock missed = clock(engagementId, kind);
        SlaBreach breach = breaches.save(new SlaBreach(missed, clock.instant()));
        // timers due together (a late triage, a node that was down) may escalate before the breach is recorded
        Optional.ofNullable(missed.getEscalatedAt()).ifPresent(breach::escalated);
        breach.notified(String.join(", ", alerts.breach(breach, missed, title)));
        Optional.ofNullable(missed.getPolicyVersionId()).flatMap(versions::findById)
                .flatMap(version -> version.serviceCredit(breach.getPriority()))
                .ifPresent(promise -> events.publishEvent(new ServiceCreditPromised(breach.getId(), engagementId,
                        missed.getCustomerId(), title, kind, breach.getPriority(), breach.getDueAt(),
                        breach.getBreachedAt(), promise.percent(), promise.capPercent())));
        return breach.getId();
    }

    /**
     * Nobody answered the breach by the escalation share of the target (e.g. 150%): the escalation address is mailed,
     * the managers' investigation task moves up and the breach records it. Once per clock, however often the timer
     * fires. The clock is the one the calling process instance watches, never one its variables name.
     */
    public void escalate(String watchProcessInstanceId, String title) {
        SlaClock unanswered = watchedBy(watchProcessInstanceId);
        if (!unanswered.mayEscalate()) {
            return;
        }
        Instant now = clock.instant();
        unanswered.escalated(now);
        alerts.escalation(unanswered, title, unanswered.overdue(now, calendars.of(unanswered)));
        breaches.findFirstByClockIdOrderByBreachedAtDesc(unanswered.getId()).ifPresent(breach -> breach.escalated(now));
        timers.prioritiseInvestigation(unanswered, ESCALATED_INVESTIGATION_PRIORITY);
    }

    public void recordInvestigation(long breachId, BreachCause cause, String findings, String manager) {
        SlaBreach breach = breaches.findById(breachId)
                .orElseThrow(() -> DomainException.notFound("SLA breach " + breachId + " does not exist"));
        if (cause == null) {
            throw DomainException.invalid("cause is required: STAFFING, ROUTING, CUSTOMER_DELAY, TECHNICAL or OTHER");
        }
        if (findings == null || findings.isBlank()) {
            throw DomainException.invalid("findings are required");
        }
        if (findings.length() > 4000) {
            throw DomainException.invalid("findings must be at most 4000 characters");
        }
        breach.investigated(manager, clock.instant(), cause.name(), findings.strip());
    }

    private SlaClock watchedBy(String watchProcessInstanceId) {
        return clocks.findByWatchProcessInstanceId(watchProcessInstanceId).orElseThrow(() -> new IllegalStateException(
                "No SLA clock is watched by process instance " + watchProcessInstanceId));
    }

    private SlaClock clock(long engagementId, ClockKind kind) {
        return clocks.findByEngagementIdAndKind(engagementId, kind)
                .orElseThrow(() -> new IllegalStateException("Engagement " + engagementId + " has no " + kind + " clock"));
    }
}

package com.quarterhour.sla.internal;

import com.quarterhour.shared.Priority;
import com.quarterhour.calendar.BusinessCalendar;
import com.quarterhour.sla.CalendarKind;
import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.SlaTarget;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One SLA clock of an engagement. It runs in working time of its calendar from the start, may pause while
 * the customer is awaited, and stops at the first response or at resolution. Its warning, due and escalation
 * instants are what the clock's timers fire at. It keeps the terms it started on (policy version and calendar, and
 * the target's warning share and escalation level), so a later change of the policy reaches it only when re-applied;
 * the working-time calendar itself is given to it by the service ({@link ClockCalendars}), never built here.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long engagementId;
    private Long customerId;
    @Enumerated(EnumType.STRING)
    private ClockKind kind;
    private String planCode;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Enumerated(EnumType.STRING)
    private CalendarKind calendar;
    private String timeZone;
    private String country;
    private Integer targetMinutes;
    private int warnAtPercent = SlaTarget.DEFAULT_WARN_AT_PERCENT;
    private Integer escalateAtPercent;
    private String escalateTo;
    private Instant startedAt;
    private Instant runningSince;
    private long consumedSeconds;
    private Instant warnAt;
    private Instant dueAt;
    private Instant warnedAt;
    private Instant escalateAt;
    private Instant escalatedAt;
    private Instant stoppedAt;
    private String assignee;
    private String watchProcessInstanceId;
    /** The policy version the clock runs on; null: no policy, measured without a target. */
    private Long policyVersionId;
    /** The stored calendar its business-hours target counts in; null: the customer's office hours. */
    private Long calendarId;
    @Version
    private long version;

    /** Where a due time lies that the clock's calendar does not reach within its horizon of years. */
    public static final Instant BEYOND_REACH = Instant.parse("9999-12-31T00:00:00Z");

    protected SlaClock() {
    }

    public SlaClock(long engagementId, long customerId, ClockKind kind, ZoneId zone, String country, Instant startedAt) {
        this.engagementId = engagementId;
        this.customerId = customerId;
        this.kind = kind;
        this.timeZone = zone.getId();
        this.country = country;
        this.startedAt = startedAt;
        this.runningSince = startedAt;
    }

    /**
     * Sets the plan, priority and terms (start, triage, re-apply): the due time is recomputed from the start under
     * the new target, in {@code working}, the calendar of that target. A warning or escalation already sent is not
     * sent again.
     */
    public void retarget(String planCode, Priority priority, ClockTerms terms, Optional<SlaTarget> target,
            BusinessCalendar working) {
        if (isStopped()) {
            return;
        }
        this.planCode = planCode;
        this.priority = priority;
        this.policyVersionId = terms.policyVersionId();
        this.calendarId = terms.calendarId().orElse(null);
        this.targetMinutes = target.map(t -> Math.toIntExact(t.duration().toMinutes())).orElse(null);
        this.calendar = calendarOf(target);
        this.warnAtPercent = target.map(SlaTarget::warnAtPercent).orElse(SlaTarget.DEFAULT_WARN_AT_PERCENT);
        Optional<SlaTarget.Escalation> escalation = target.flatMap(SlaTarget::escalationLevel);
        this.escalateAtPercent = escalation.map(SlaTarget.Escalation::atPercent).orElse(null);
        this.escalateTo = escalation.map(SlaTarget.Escalation::mailTo).orElse(null);
        schedule(working);
    }

    /** The kind of working time a target counts in; a clock without a target is measured around the clock. */
    public static CalendarKind calendarOf(Optional<SlaTarget> target) {
        return target.map(SlaTarget::calendar).orElse(CalendarKind.AROUND_THE_CLOCK);
    }

    /** The sla-clock process instance that times this clock's warning, breach and escalation. */
    public void watchedBy(String processInstanceId) {
        this.watchProcessInstanceId = processInstanceId;
    }

    public void assignTo(String assignee) {
        this.assignee = assignee;
    }

    /** Waiting for the customer: the working time so far is banked and nothing is due until the clock resumes. */
    public void pause(Instant at, BusinessCalendar working) {
        if (!isRunning()) {
            throw new IllegalStateException("The " + kind + " clock of engagement " + engagementId + " is not running");
        }
        consumedSeconds += working.workingTimeBetween(runningSince, at).toSeconds();
        runningSince = null;
        warnAt = null;
        dueAt = null;
        escalateAt = null;
    }

    /** The customer answered: what is left of the target runs from now. */
    public void resume(Instant at, BusinessCalendar working) {
        if (isRunning() || isStopped()) {
            throw new IllegalStateException("The " + kind + " clock of engagement " + engagementId + " is not paused");
        }
        runningSince = at;
        schedule(working);
    }

    /** A stopped clock runs again from {@code at} (a reopened request), with the working time it had used. */
    public void reopen(Instant at, BusinessCalendar working) {
        if (!isStopped()) {
            throw new IllegalStateException("The " + kind + " clock of engagement " + engagementId + " is not stopped");
        }
        stoppedAt = null;
        runningSince = at;
        schedule(working);
    }

    public void stop(Instant at, BusinessCalendar working) {
        if (isStopped()) {
            return;
        }
        if (isRunning()) {
            consumedSeconds += working.workingTimeBetween(runningSince, at).toSeconds();
            runningSince = null;
        }
        stoppedAt = at;
    }

    public void warned(Instant at) {
        warnedAt = at;
        warnAt = null;
    }

    /** Whether an unanswered breach may climb to the second level: running, with an escalation, not yet escalated. */
    public boolean mayEscalate() {
        return isRunning() && escalateAtPercent != null && escalatedAt == null;
    }

    public void escalated(Instant at) {
        escalatedAt = at;
        escalateAt = null;
    }

    /** How much working time past its due time the clock is at {@code now} (zero when not overdue), in {@code working}. */
    public Duration overdue(Instant now, BusinessCalendar working) {
        return target().map(t -> positive(elapsed(now, working).minus(t.duration()))).orElse(Duration.ZERO);
    }

    private void schedule(BusinessCalendar working) {
        Optional<SlaTarget> target = target();
        if (target.isEmpty() || !isRunning()) {
            warnAt = null;
            dueAt = null;
            escalateAt = null;
            return;
        }
        Duration consumed = Duration.ofSeconds(consumedSeconds);
        dueAt = reached(working, target.get().duration().minus(consumed));
        warnAt = warnedAt != null ? null : reached(working, target.get().warningAfter().minus(consumed));
        escalateAt = escalatedAt != null ? null : target.get().escalationAfter()
                .map(after -> reached(working, after.minus(consumed)))
                .orElse(null);
    }

    /**
     * When this much more working time has passed. A calendar too sparse for a long target (a few open hours a week
     * against a policy's months) reaches it beyond its horizon: then the clock is due {@link #BEYOND_REACH}, and its
     * timers wait, rather than a request failing to start.
     */
    private Instant reached(BusinessCalendar working, Duration more) {
        try {
            return working.dueTime(runningSince, positive(more));
        } catch (BusinessCalendar.NoWorkingTimeException e) {
            return BEYOND_REACH;
        }
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    /** Working time used so far (up to {@code now} while running), in {@code working}, the clock's calendar. */
    public Duration elapsed(Instant now, BusinessCalendar working) {
        Duration banked = Duration.ofSeconds(consumedSeconds);
        return isRunning() ? banked.plus(working.workingTimeBetween(runningSince, now)) : banked;
    }

    public Optional<SlaTarget> target() {
        SlaTarget.Escalation escalation = escalateAtPercent == null ? null : new SlaTarget.Escalation(escalateAtPercent, escalateTo);
        return Optional.ofNullable(targetMinutes)
                .map(minutes -> new SlaTarget(Duration.ofMinutes(minutes), calendar, warnAtPercent, escalation));
    }

    public boolean hasTarget() {
        return targetMinutes != null;
    }

    public boolean isRunning() {
        return runningSince != null;
    }

    public boolean isStopped() {
        return stoppedAt != null;
    }

    public boolean isPaused() {
        return !isRunning() && !isStopped();
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public ClockKind getKind() {
        return kind;
    }

    public String getPlanCode() {
        return planCode;
    }

    public Priority getPriority() {
        return priority;
    }

    public CalendarKind getCalendar() {
        return calendar;
    }

    public Long getPolicyVersionId() {
        return policyVersionId;
    }

    public Long getCalendarId() {
        return calendarId;
    }

    /** The customer's zone when the clock started. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String getCountry() {
        return country;
    }

    public Integer getTargetMinutes() {
        return targetMinutes;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getWarnAt() {
        return warnAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }

    public int getWarnAtPercent() {
        return warnAtPercent;
    }

    public Optional<SlaTarget.Escalation> getEscalation() {
        return target().flatMap(SlaTarget::escalationLevel);
    }

    public Instant getEscalateAt() {
        return escalateAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }

    public String getAssignee() {
        return assignee;
    }

    public Optional<String> getWatchProcessInstanceId() {
        return Optional.ofNullable(watchProcessInstanceId);
    }
}

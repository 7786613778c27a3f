package com.quarterhour.engagement.internal;

import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.Conversation;
import com.quarterhour.conversation.MessageChannel;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.customer.CustomerContacts;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.engagement.AdjustmentStatus;
import com.quarterhour.engagement.AdjustmentType;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.CustomerAwaited;
import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.engagement.InvoicedWork;
import com.quarterhour.engagement.RequestReopened;
import com.quarterhour.engagement.RequestReported;
import com.quarterhour.engagement.RequestResolved;
import com.quarterhour.engagement.RootCause;
import com.quarterhour.engagement.TimeCaptured;
import com.quarterhour.engagement.TimeCorrection;
import com.quarterhour.identity.StaffDirectory;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.ContractTerms;
import com.quarterhour.sla.SlaService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of each step of a support request. The process's delegates and the REST API both come here, so
 * Tasklist and the API are two doors to the same checks.
 */
@Service
@Transactional
@EnableConfigurationProperties(ReopenWindowProperties.class)
public class SupportRequestLifecycle {

    static final int TEXT_LIMIT = 4000;
    static final int TITLE_LIMIT = 200;
    static final int MAX_AGENTS = 20;
    static final int MINUTES_PER_DAY = 24 * 60;
    static final int CORRECTION_REASON_LIMIT = 2000;
    static final int DECISION_COMMENT_LIMIT = 2000;

    private final EngagementRepository engagements;
    private final TimeEntryRepository timeEntries;
    private final AdjustmentRepository adjustments;
    private final TimeEntryCorrectionRepository corrections;
    private final CustomerService customers;
    private final CustomerContacts contacts;
    private final PlanCatalog plans;
    private final StaffDirectory staff;
    private final SlaService sla;
    private final ContractTerms contracts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Conversation conversation;
    private final InvoicedWork invoiced;
    private final ReopenWindowProperties reopening;

    SupportRequestLifecycle(EngagementRepository engagements, TimeEntryRepository timeEntries,
            AdjustmentRepository adjustments, TimeEntryCorrectionRepository corrections, CustomerService customers,
            CustomerContacts contacts, PlanCatalog plans, StaffDirectory staff, SlaService sla, ContractTerms contracts,
            Clock clock, ApplicationEventPublisher events, EntityManager entityManager, Conversation conversation,
            InvoicedWork invoiced, ReopenWindowProperties reopening) {
        this.contacts = contacts;
        this.conversation = conversation;
        this.invoiced = invoiced;
        this.reopening = reopening;
        this.engagements = engagements;
        this.timeEntries = timeEntries;
        this.adjustments = adjustments;
        this.corrections = corrections;
        this.customers = customers;
        this.plans = plans;
        this.staff = staff;
        this.sla = sla;
        this.contracts = contracts;
        this.clock = clock;
        this.events = events;
        this.entityManager = entityManager;
    }

    /**
     * Validates and records a new request and publishes {@link RequestReported} with it (the received mail follows
     * after commit). The reporter, when given, must be a contact of the request's customer. Off-hours means outside the customer's working time (its contract calendar
     * or its office hours): when a report arrived, or when a booked appointment starts; the priority-suggestion table
     * decides what that means for the priority.
     */
    public Engagement register(Report report, String reportedBy) {
        if (report.customerId() == null) {
            throw DomainException.invalid("customerId is required");
        }
        CustomerView customer = customers.find(report.customerId())
                .orElseThrow(() -> DomainException.invalid("Customer " + report.customerId() + " does not exist"));
        String title = requireText(report.title(), "title", TITLE_LIMIT);
        String description = optionalText(report.description(), "description", TEXT_LIMIT);
        if (report.channel() == null) {
            throw DomainException.invalid("channel is required: REPORT, APPOINTMENT or PHONE_DIRECT");
        }
        if (report.impact() == null) {
            throw DomainException.invalid("The impact is required: FULLY_USABLE, PARTIALLY_IMPAIRED, SEVERELY_IMPAIRED or UNUSABLE");
        }
        Instant now = clock.instant();
        Instant reportedAt = report.reportedAt() != null ? report.reportedAt() : now;
        if (reportedAt.isAfter(now)) {
            throw DomainException.invalid("reportedAt must not be in the future");
        }
        boolean appointment = report.channel() == Channel.APPOINTMENT;
        if (appointment && report.appointmentStart() == null) {
            throw DomainException.invalid("An appointment needs its start (appointmentStart)");
        }
        if (!appointment && report.appointmentStart() != null) {
            throw DomainException.invalid("appointmentStart is only for channel APPOINTMENT");
        }
        if (appointment && report.appointmentStart().isBefore(reportedAt)) {
            throw DomainException.invalid("The start must be in the future");
        }
        // A report is judged by when it arrives, an appointment by when the customer wants the work done.
        Instant asked = appointment ? report.appointmentStart() : reportedAt;
        boolean offHours = !contracts.businessHours(customer).isWorkingTime(asked);
        Long reporter = reporterOf(report, customer.id());
        Engagement engagement = new Engagement(customer.id(), title, description, report.channel(), report.impact(),
                report.travel(), offHours, reportedAt, report.appointmentStart(), reportedBy);
        engagement.reportedByContact(reporter);
        engagement = engagements.save(engagement);
        events.publishEvent(new RequestReported(engagement.getId(), customer.id(), reporter));
        return engagement;
    }

    private Long reporterOf(Report report, long customerId) {
        if (report.reporterContactId() == null) {
            return null;
        }
        return contacts.byId(report.reporterContactId())
                .filter(contact -> contact.customerId() == customerId)
                .orElseThrow(() -> DomainException.invalid("reporterContactId " + report.reporterContactId()
                        + " is not a contact of customer " + customerId))
                .id();
    }

    public void startedAs(long engagementId, String processInstanceId) {
        engagement(engagementId).startedAs(processInstanceId);
    }

    public void appointmentBegan(long engagementId) {
        engagement(engagementId).appointmentBegan();
    }

    /** Which plan covers the request; a per-minute plan answers only with a payment method on file (seed 003). */
    public Entitlement checkEntitlement(long engagementId) {
        Engagement engagement = engagement(engagementId);
        CustomerView customer = customers.get(engagement.getCustomerId());
        Entitlement entitlement = customer.activePlanCode()
                .map(plans::require)
                .map(plan -> new Entitlement(plan.code(), true, plan.billingIncrementMinutes()))
                .orElseGet(() -> new Entitlement(Plan.STANDARD, false, plans.standard().billingIncrementMinutes()));
        engagement.entitledUnder(entitlement.planCode());
        return entitlement;
    }

    public void recordSuggestedPriority(long engagementId, Priority suggested) {
        if (suggested == null) {
            throw new IllegalStateException("priority-suggestion returned no priority for engagement " + engagementId);
        }
        engagement(engagementId).suggest(suggested);
    }

    /** The response clock starts at the report (an appointment: when it begins) under the suggested priority. */
    public void startSlaClocks(long engagementId) {
        Engagement engagement = engagement(engagementId);
        sla.start(engagementId, engagement.getCustomerId(), engagement.getPlanCode(), engagement.getEffectivePriority(),
                engagement.getSlaStart());
    }

    /**
     * Confirms or overrides the priority, sets the billable flag, assigns a technician (or none: the work waits in
     * the technicians' queue for the first of them to claim it); may add a plan.
     */
    public Plan applyTriage(long engagementId, TriageDecision decision) {
        Engagement engagement = lockedEngagement(engagementId);
        engagement.requireStatus(EngagementStatus.REPORTED, "triage");
        if (decision.priority() == null) {
            throw DomainException.invalid("priority is required: P1, P2, P3 or P4");
        }
        if (decision.billable() == null) {
            throw DomainException.invalid("billable is required");
        }
        String technician = blankToNull(decision.technician());
        if (technician != null && !staff.isTechnician(technician)) {
            throw DomainException.invalid("'" + technician + "' is not a technician");
        }
        CustomerView customer = customers.get(engagement.getCustomerId());
        String addPlan = blankToNull(decision.addPlanCode());
        Plan plan;
        if (addPlan != null) {
            if (customer.subscription().isPresent()) {
                throw DomainException.conflict("Customer " + customer.id() + " already has the plan "
                        + customer.activePlanCode().orElseThrow());
            }
            plan = plans.require(addPlan);
            customers.subscribe(customer.id(), addPlan, null);
        } else {
            plan = customer.activePlanCode().map(plans::require).orElseGet(plans::standard);
        }
        if (decision.paymentMethodOnFile() && !customer.paymentMethodOnFile()) {
            customers.recordPaymentMethodOnFile(customer.id());
        }
        boolean paymentSecured = decision.paymentMethodOnFile() || customer.paymentMethodOnFile();
        if (decision.billable() && plan.requiresPaymentMethod() && !paymentSecured) {
            throw DomainException.invalid("The " + plan.code() + " plan needs a deposit or payment method on file "
                    + "before billable work; confirm one or mark the request not billable");
        }
        engagement.triage(decision.priority(), decision.billable(), technician, plan.code());
        sla.triaged(engagementId, plan.code(), decision.priority(), technician);
        return plan;
    }

    /**
     * Captures time on an open engagement without touching its Work task, so that several technicians and an
     * integration may capture at once. The engagement's row is locked for the capture: captures on one engagement
     * queue up rather than interleave with each other, with a resolution or with the completion. The first capture
     * is the first response. The caller publishes the capture ({@link TimeCaptured}).
     */
    public TimeCaptured captureTime(long engagementId, LocalDate workDate, Integer minutes, Integer agents, String note,
            boolean notePublic, String technician) {
        Engagement engagement = lockedEngagement(engagementId);
        engagement.requireStatus(EngagementStatus.IN_PROGRESS, "capture time on");
        Instant now = clock.instant();
        TimeEntry entry = record(engagement, workDate, minutes, agents, note, notePublic, technician, now);
        if (engagement.workedOn(now)) {
            sla.responded(engagementId, now);
        }
        return captured(engagement, entry);
    }

    /**
     * Records one pass of work and, when it resolves the request, opens the approvals it needs. The pass's time is
     * optional when it resolves or waits for the customer. The first pass stops the response clock; waiting for the
     * customer pauses the resolution clock; resolving stops it. The pass's public reply goes to the customer (when
     * waiting, it is the question, which {@link CustomerAwaited} names); resolving publishes {@link RequestResolved}.
     */
    public WorkOutcome recordWork(long engagementId, WorkReport work, String technician) {
        Engagement engagement = lockedEngagement(engagementId);
        engagement.requireStatus(EngagementStatus.IN_PROGRESS, "capture time on");
        // every text first, so that a refused pass writes nothing
        optionalText(work.note(), "note", TEXT_LIMIT);
        optionalText(work.resolutionNote(), "resolution note", TEXT_LIMIT);
        optionalText(work.waiverReason(), "waiver reason", TEXT_LIMIT);
        String reply = optionalText(work.publicReply(), "public reply", TEXT_LIMIT);
        Instant now = clock.instant();
        if (engagement.getTechnician() == null && staff.isTechnician(technician)) {
            // claimed from the technicians' queue in Tasklist
            engagement.assignTo(technician);
            sla.assigned(engagementId, technician);
        }
        if (work.minutes() != null || !(work.resolve() || work.waitForCustomer())) {
            events.publishEvent(captured(engagement,
                    record(engagement, work.workDate(), work.minutes(), work.agents(), work.note(), work.notePublic(),
                            technician, now)));
        }
        if (engagement.workedOn(now)) {
            sla.responded(engagementId, now);
        }
        Long replyId = reply == null ? null : conversation.post(engagementId, engagement.getCustomerId(),
                new NewMessage(AuthorKind.STAFF, technician, null, Visibility.PUBLIC, MessageChannel.TASKLIST, reply,
                        List.of())).id();
        if (work.waitForCustomer()) {
            engagement.awaitCustomer();
            sla.customerAwaited(engagementId, now);
            events.publishEvent(new CustomerAwaited(engagementId, engagement.getCustomerId(), replyId));
            return new WorkOutcome(false, true, null, 0, null);
        }
        if (!work.resolve()) {
            return new WorkOutcome(false, false, null, 0, null);
        }
        if (work.rootCause() == null) {
            throw DomainException.invalid("rootCause is required to resolve: CUSTOMER, BUG or OTHER");
        }
        String resolution = requireText(work.resolutionNote(), "resolution note", TEXT_LIMIT);
        engagement.resolve(work.rootCause(), resolution, now);
        sla.resolved(engagementId, now);
        events.publishEvent(new RequestResolved(engagementId, engagement.getCustomerId(), reopening.reopenWindow()));
        int billableMinutes = billableMinutes(engagementId);
        Long bugCredit = null;
        if (work.rootCause() == RootCause.BUG && billableMinutes > 0) {
            bugCredit = adjustments.save(new Adjustment(engagementId, AdjustmentType.BUG_CREDIT, resolution, technician, now)).getId();
        }
        Long waiver = null;
        if (work.waiverRequested()) {
            String reason = requireText(work.waiverReason(), "waiver reason", TEXT_LIMIT);
            if (!engagement.isBillable()) {
                throw DomainException.invalid("Engagement " + engagementId + " is not billable: there is no charge to waive");
            }
            waiver = adjustments.save(new Adjustment(engagementId, AdjustmentType.WAIVER, reason, technician, now)).getId();
        }
        return new WorkOutcome(true, false, bugCredit, bugCredit == null ? 0 : billableMinutes, waiver);
    }

    /** The customer answered (what they said, if given, is at most 4000 characters): the resolution clock runs. */
    public void resumeWork(long engagementId, String reply, String technician) {
        optionalText(reply, "note", TEXT_LIMIT);
        Engagement engagement = lockedEngagement(engagementId);
        engagement.customerReplied();
        sla.customerReplied(engagementId, clock.instant());
        if (reply != null && !reply.isBlank()) {
            // what they said by phone or in person, kept beside their written replies; for staff only
            conversation.post(engagementId, engagement.getCustomerId(), new NewMessage(AuthorKind.STAFF, technician,
                    null, Visibility.INTERNAL, MessageChannel.TASKLIST, "The customer answered: " + reply.strip(),
                    List.of()));
        }
    }

    /**
     * A customer's reply within the reopen window: the request goes back to its technician's work and the resolution
     * clock runs again from now with the working time it had used (see {@link SlaService#reopened}). Refused (409, the
     * request is closed) after the window, and once an invoice (a draft or an issued one) bills the request: what was
     * invoiced is never billed twice, nor its time edited.
     */
    public void reopen(long engagementId, long replyMessageId) {
        Engagement engagement = lockedEngagement(engagementId);
        Instant now = clock.instant();
        boolean inWindow = engagement.getStatus() == EngagementStatus.COMPLETED
                && now.isBefore(reopenWindowEnds(engagement));
        if (!inWindow || invoiced.billsAny(engagementId)) {
            throw closed(engagementId);
        }
        engagement.reopen();
        sla.reopened(engagementId, now);
        events.publishEvent(new RequestReopened(engagementId, engagement.getCustomerId(), replyMessageId));
    }

    /** When the reopen window of a completed engagement ends: its completion plus the configured window. */
    public Date reopenWindowEnds(long engagementId) {
        return Date.from(reopenWindowEnds(engagement(engagementId)));
    }

    private Instant reopenWindowEnds(Engagement engagement) {
        if (engagement.getCompletedAt() == null) {
            throw new IllegalStateException("Engagement " + engagement.getId() + " is not completed");
        }
        return engagement.getCompletedAt().plus(reopening.reopenWindow());
    }

    /** The refusal of a reply to a request that is over: the customer reports a new one instead. */
    public static DomainException closed(long engagementId) {
        return DomainException.conflict(SupportRequestStart.businessKey(engagementId) + " is closed: report a new request");
    }

    /**
     * A public message from staff: the first one answers the customer as a first pass of work does, and stops the
     * response clock.
     */
    public void staffAnswered(long engagementId) {
        Engagement engagement = lockedEngagement(engagementId);
        Instant now = clock.instant();
        if (engagement.responded(now)) {
            sla.responded(engagementId, now);
        }
    }

    /**
     * Who works an engagement triaged to the technicians' queue: the first technician to capture time on it or to
     * resolve it. False when it is someone else's.
     */
    public boolean claim(long engagementId, String technician) {
        Engagement engagement = lockedEngagement(engagementId);
        if (engagement.getTechnician() == null) {
            engagement.assignTo(technician);
            sla.assigned(engagementId, technician);
            return true;
        }
        return engagement.getTechnician().equals(technician);
    }

    private TimeEntry record(Engagement engagement, LocalDate workDate, Integer minutes, Integer agents, String note,
            boolean notePublic, String technician, Instant now) {
        Plan plan = plans.find(engagement.getPlanCode()).orElseGet(plans::standard);
        CheckedTime time = checkedTime(engagement, plan, workDate, minutes, agents, note, now);
        return timeEntries.save(new TimeEntry(engagement.getId(), technician, time.workDate(), time.minutes(),
                time.agents(), time.note(), engagement.isBillable(), now, notePublic));
    }

    private static TimeCaptured captured(Engagement engagement, TimeEntry entry) {
        return new TimeCaptured(engagement.getId(), engagement.getCustomerId(), entry.getId(), entry.getWorkDate(),
                entry.getMinutes());
    }

    /**
     * Time as a pass of work may record it: a day from the report to today, the exact minutes worked (billing rounds
     * each entry up to the plan's increment), agents, a note.
     */
    private record CheckedTime(LocalDate workDate, int minutes, int agents, String note) {
    }

    private CheckedTime checkedTime(Engagement engagement, Plan plan, LocalDate workDate, Integer minutes,
            Integer agentsOrNull, String note, Instant now) {
        if (workDate == null) {
            throw DomainException.invalid("workDate is required");
        }
        CustomerView customer = customers.get(engagement.getCustomerId());
        LocalDate today = LocalDate.ofInstant(now, customer.timeZone());
        LocalDate reported = LocalDate.ofInstant(engagement.getReportedAt(), customer.timeZone());
        if (workDate.isAfter(today)) {
            throw DomainException.invalid("workDate " + workDate + " is in the future");
        }
        if (workDate.isBefore(reported)) {
            throw DomainException.invalid("workDate " + workDate + " is before the request was reported (" + reported + ")");
        }
        if (minutes == null) {
            throw DomainException.invalid("minutes is required");
        }
        if (minutes <= 0) {
            throw DomainException.invalid("minutes must be positive");
        }
        if (minutes > MINUTES_PER_DAY) {
            throw DomainException.invalid("minutes must be at most " + MINUTES_PER_DAY + " (one day) per entry");
        }
        int agents = agentsOrNull == null ? 1 : agentsOrNull;
        if (agents < 1 || agents > MAX_AGENTS) {
            throw DomainException.invalid("agents must be between 1 and " + MAX_AGENTS);
        }
        if (agents > 1 && !plan.billsPerAgent()) {
            throw DomainException.invalid("Several agents are only recorded on per-minute plans; " + plan.code() + " bills time, not agents");
        }
        return new CheckedTime(workDate, minutes, agents, requireText(note, "note", TEXT_LIMIT));
    }

    /**
     * Corrects a time entry of an open engagement and keeps what it said before. Completed engagements are billed at
     * month end, so their time is frozen (409): what is owed then changes only through a waiver or a bug credit.
     */
    public TimeEntry correctTime(long engagementId, long timeEntryId, TimeCorrection correction, String actor) {
        Engagement engagement = lockedEngagement(engagementId);
        TimeEntry entry = timeEntries.findById(timeEntryId)
                .filter(t -> t.getEngagementId().equals(engagementId))
                .orElseThrow(() -> DomainException.notFound("Time entry " + timeEntryId + " of engagement " + engagementId
                        + " does not exist"));
        if (engagement.getStatus() == EngagementStatus.COMPLETED) {
            throw DomainException.conflict("Engagement " + engagementId + " is completed: its time is billed at month end"
                    + " and never edited; ask a manager for a waiver or a bug credit instead");
        }
        Instant now = clock.instant();
        Plan plan = plans.find(engagement.getPlanCode()).orElseGet(plans::standard);
        CheckedTime time = checkedTime(engagement, plan, correction.workDate(), correction.minutes(), correction.agents(),
                correction.note(), now);
        String reason = requireText(correction.reason(), "reason", CORRECTION_REASON_LIMIT);
        corrections.save(new TimeEntryCorrection(entry, actor, now, reason));
        entry.correct(time.workDate(), time.minutes(), time.agents(), time.note());
        events.publishEvent(new TimeCaptured(engagementId, engagement.getCustomerId(), entry.getId(), entry.getWorkDate(),
                entry.getMinutes()));
        return entry;
    }

    public List<TimeEntryCorrection> corrections(long timeEntryId) {
        return corrections.findByTimeEntryIdOrderByIdAsc(timeEntryId);
    }

    private int billableMinutes(long engagementId) {
        return timeEntries.findByEngagementIdOrderByWorkDateAscIdAsc(engagementId).stream()
                .filter(TimeEntry::isBillable)
                .mapToInt(e -> e.getMinutes() * e.getAgents())
                .sum();
    }

    /**
     * A manager's decision on the engagement's pending adjustment of this type: the one its approval task is for,
     * found here rather than named by the task, whose variables its user may write.
     */
    public void decidePending(long engagementId, AdjustmentType type, boolean approved, String comment, String manager) {
        lockedEngagement(engagementId);
        String text = requireText(comment, "comment", DECISION_COMMENT_LIMIT);
        pending(engagementId, type)
                .orElseThrow(() -> DomainException.conflict("Engagement " + engagementId + " has no pending " + type))
                .decide(approved, manager, text, clock.instant());
    }

    /** The engagement's adjustment of this type that waits for a manager's decision, if any. */
    public Optional<Adjustment> pending(long engagementId, AdjustmentType type) {
        return adjustments.findByEngagementIdOrderByIdAsc(engagementId).stream()
                .filter(a -> a.getType() == type && a.getStatus() == AdjustmentStatus.PENDING)
                .findFirst();
    }

    public Adjustment adjustment(long adjustmentId) {
        return adjustments.findById(adjustmentId)
                .orElseThrow(() -> DomainException.notFound("Adjustment " + adjustmentId + " does not exist"));
    }

    public void complete(long engagementId) {
        lockedEngagement(engagementId).complete(clock.instant());
    }

    public Engagement engagement(long id) {
        return engagements.findById(id).orElseThrow(() -> DomainException.notFound("Engagement " + id + " does not exist"));
    }

    /** The engagement with its row locked until the transaction ends: read it so first, before any other change. */
    public Engagement forUpdate(long id) {
        return lockedEngagement(id);
    }

    /**
     * For a change: the row stays locked until the transaction ends, so changes of one engagement queue up. A step
     * locks it once: the API's action, the service task it completes and the lifecycle's rules each ask for the lock,
     * and an engagement this transaction holds locked already is not read again.
     */
    private Engagement lockedEngagement(long id) {
        Engagement engagement = entityManager.find(Engagement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (engagement == null) {
            throw DomainException.notFound("Engagement " + id + " does not exist");
        }
        return engagement;
    }

    public TimeEntry timeEntry(long timeEntryId) {
        return timeEntries.findById(timeEntryId).orElseThrow();
    }

    public List<TimeEntry> timeEntries(long engagementId) {
        return timeEntries.findByEngagementIdOrderByWorkDateAscIdAsc(engagementId);
    }

    public List<Adjustment> adjustments(long engagementId) {
        return adjustments.findByEngagementIdOrderByIdAsc(engagementId);
    }

    /** The time entries of these engagements, each engagement's in the order {@link #timeEntries} gives them. */
    public List<TimeEntry> timeEntriesOf(Collection<Long> engagementIds) {
        return engagementIds.isEmpty() ? List.of() : timeEntries.findByEngagementIdInOrderByWorkDateAscIdAsc(engagementIds);
    }

    /** The adjustments of these engagements, oldest first. */
    public List<Adjustment> adjustmentsOf(Collection<Long> engagementIds) {
        return engagementIds.isEmpty() ? List.of() : adjustments.findByEngagementIdInOrderByIdAsc(engagementIds);
    }

    static String requireText(String value, String name, int limit) {
        String text = optionalText(value, name, limit);
        if (text == null) {
            throw DomainException.invalid("The " + name + " is required");
        }
        return text;
    }

    static String optionalText(String value, String name, int limit) {
        String text = blankToNull(value);
        if (text != null && text.length() > limit) {
            throw DomainException.invalid("The " + name + " must be at most " + limit + " characters");
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

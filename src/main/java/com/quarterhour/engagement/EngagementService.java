package com.quarterhour.engagement;

import com.quarterhour.conversation.AttachmentContent;
import com.quarterhour.conversation.MessagePosted;
import com.quarterhour.conversation.MessageView;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.customer.ContactService;
import com.quarterhour.customer.ContactView;
import com.quarterhour.engagement.EngagementDetails.AdjustmentView;
import com.quarterhour.engagement.EngagementDetails.TimeEntryView;
import com.quarterhour.engagement.internal.Adjustment;
import com.quarterhour.engagement.internal.Engagement;
import com.quarterhour.engagement.internal.EngagementRepository;
import com.quarterhour.engagement.internal.HandOver;
import com.quarterhour.engagement.internal.Report;
import com.quarterhour.engagement.internal.RequestConversation;
import com.quarterhour.engagement.internal.SupportRequest;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import com.quarterhour.engagement.internal.SupportRequestStart;
import com.quarterhour.engagement.internal.TimeEntry;
import com.quarterhour.identity.Groups;
import com.quarterhour.identity.StaffDirectory;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.EngineSystem;
import com.quarterhour.shared.EngineUser;
import com.quarterhour.shared.Paging;
import com.quarterhour.shared.Priority;
import com.quarterhour.shared.Verdict;
import com.quarterhour.sla.SlaClockQuery;
import com.quarterhour.sla.SlaService;
import com.quarterhour.sla.SlaStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.VariableInstance;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.variable.VariableMap;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engagement part of the REST contract. Each step of the request completes the matching user task of the
 * support-request process as its caller, so the API and Tasklist are two doors to the same process; the process's
 * service tasks apply the rules. Time capture is no step: it is recorded on the open engagement directly.
 * Each action locks the engagement's row first, so that concurrent actions on one engagement queue up and the
 * later ones see what the earlier did (409).
 */
@Service
@Transactional
public class EngagementService {

    private final SupportRequestLifecycle lifecycle;
    private final SupportRequestStart start;
    private final EngagementRepository engagements;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final SlaService sla;
    private final SlaClockQuery clocks;
    private final IdentityService identity;
    private final StaffDirectory staff;
    private final TransactionTemplate newTransaction;
    private final ApplicationEventPublisher events;
    private final EstimateService estimates;
    private final RequestConversation conversation;
    private final ContactService contacts;

    private static final int RETRIES = 5;

    /** A resolution's values that the approval forms show: kept when a bug credit or waiver may need approving. */
    private static final Set<String> SHOWN_BY_APPROVALS = Set.of(SupportRequest.ROOT_CAUSE, SupportRequest.RESOLUTION_NOTE,
            SupportRequest.WAIVER_REASON);

    EngagementService(SupportRequestLifecycle lifecycle, SupportRequestStart start, EngagementRepository engagements,
            RuntimeService runtime, TaskService tasks, SlaService sla, SlaClockQuery clocks, IdentityService identity,
            StaffDirectory staff, PlatformTransactionManager transactions, ApplicationEventPublisher events,
            EstimateService estimates, RequestConversation conversation, ContactService contacts) {
        this.events = events;
        this.conversation = conversation;
        this.contacts = contacts;
        this.estimates = estimates;
        this.lifecycle = lifecycle;
        this.start = start;
        this.engagements = engagements;
        this.runtime = runtime;
        this.tasks = tasks;
        this.sla = sla;
        this.clocks = clocks;
        this.identity = identity;
        this.staff = staff;
        this.newTransaction = new TransactionTemplate(transactions);
    }

    /** {@code reporterContactId}: the customer contact who reported it, when known (optional). */
    public record NewEngagement(Long customerId, String title, String description, Channel channel, Impact impact,
            Instant appointmentStart, Instant reportedAt, Boolean travel, Long reporterContactId) {

        public NewEngagement(Long customerId, String title, String description, Channel channel, Impact impact,
                Instant appointmentStart, Instant reportedAt, Boolean travel) {
            this(customerId, title, description, channel, impact, appointmentStart, reportedAt, travel, null);
        }
    }

    public record Started(long id, String processInstanceId) {
    }

    /** Records the request and starts support-request by the message of its channel. */
    public Started report(NewEngagement request, String actor) {
        Engagement engagement = lifecycle.register(new Report(request.customerId(), request.title(), request.description(),
                request.channel(), request.impact(), request.appointmentStart(), request.reportedAt(),
                Boolean.TRUE.equals(request.travel()), request.reporterContactId()), actor);
        String message = engagement.getChannel() == Channel.APPOINTMENT
                ? SupportRequest.APPOINTMENT_BOOKED : SupportRequest.ISSUE_REPORTED;
        String processInstanceId = runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(SupportRequestStart.businessKey(engagement))
                .setVariables(start.variables(engagement))
                .correlateStartMessage()
                .getId();
        lifecycle.startedAs(engagement.getId(), processInstanceId);
        return new Started(engagement.getId(), processInstanceId);
    }

    /**
     * A customer user's own report or appointment (the portal, and customer users of the API): for its own account
     * only (another account reads as one that does not exist), by report or appointment, dated now, and without the
     * travel flag, which staff set. Its reporter is the contact it names (of its own account), or else the contact of
     * the calling portal login. Then exactly as {@link #report}.
     */
    public Started reportAsCustomer(long customerId, NewEngagement request, String actor) {
        if (request.customerId() != null && request.customerId() != customerId) {
            throw DomainException.invalid("Customer " + request.customerId() + " does not exist");
        }
        if (request.channel() == Channel.PHONE_DIRECT) {
            throw DomainException.invalid("channel must be REPORT or APPOINTMENT; PHONE_DIRECT requests are recorded by staff");
        }
        if (request.reportedAt() != null) {
            throw DomainException.invalid("reportedAt is for imports by staff; a customer's request is dated when it is sent");
        }
        if (Boolean.TRUE.equals(request.travel())) {
            throw DomainException.invalid("travel is set by staff");
        }
        Long reporter = request.reporterContactId() != null ? request.reporterContactId()
                : contacts.byPortalUser(actor).map(ContactView::id).orElse(null);
        return report(new NewEngagement(customerId, request.title(), request.description(), request.channel(),
                request.impact(), request.appointmentStart(), null, false, reporter), actor);
    }

    /** The business key of the engagement's support-request instance (and of the sla-clock instances it calls). */
    public static String businessKeyOf(long engagementId) {
        return SupportRequestStart.businessKey(engagementId);
    }

    /**
     * The engagement a support-request instance (or an sla-clock it called) is for, from its business key: set at its
     * start, so no task user can change it. Empty for any other key.
     */
    public static OptionalLong engagementOf(String businessKey) {
        try {
            return OptionalLong.of(SupportRequestStart.engagementId(businessKey));
        } catch (IllegalStateException | NumberFormatException notAnEngagement) {
            return OptionalLong.empty();
        }
    }

    /**
     * The request's conversation as the caller may read it: staff every message, a customer user (of its own
     * requests only; another's answer 404) the public ones.
     */
    @Transactional(readOnly = true)
    public List<MessageView> messages(long engagementId) {
        return conversation.messages(engagementId);
    }

    /**
     * Posts a message as the caller: a customer user always PUBLIC, as CUSTOMER, on its own requests only; staff as
     * STAFF with the visibility asked (required: nothing is made public or internal by default). {@code author} is the
     * caller's username; the author kind and contact follow from the caller, whatever the message says. What the
     * message does to the request follows its {@link MessagePosted} event.
     */
    public MessageView postMessage(long engagementId, NewMessage message) {
        return conversation.post(engagementId, message);
    }

    /** A customer's message from outside a login (e-mail): the engagement must be that customer's (404 otherwise). */
    public MessageView postAsCustomer(long engagementId, long customerId, NewMessage message) {
        return conversation.postAsCustomer(engagementId, customerId, message);
    }

    /** An attachment the caller may read (a customer: of a public message of its own request); 404 otherwise. */
    @Transactional(readOnly = true)
    public AttachmentContent messageAttachment(long engagementId, long attachmentId) {
        return conversation.attachment(engagementId, attachmentId);
    }

    @Transactional(readOnly = true)
    public EngagementDetails get(long id) {
        return details(lifecycle.engagement(id));
    }

    /** The properties a list of engagements sorts by; newest report first unless asked otherwise. */
    public static final String SORTABLE = "id,reportedAt,customerId,status,title";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "reportedAt", "id");

    /** The filters of a list of engagements; null means any. */
    public record EngagementFilter(Long customerId, EngagementStatus status, Priority priority) {
    }

    /**
     * One page of engagements, filtered and sorted in the database; seven queries whatever the page's size (the page,
     * its time entries, adjustments, SLA clocks, breaches, estimates and what issued invoices billed of the estimated
     * ones) besides the page's count and the plans of estimated ones.
     */
    @Transactional(readOnly = true)
    public Page<EngagementDetails> list(EngagementFilter filter, Pageable pageable) {
        Page<Engagement> page = engagements.findAll(
                EngagementRepository.matching(filter.customerId(), filter.status(), filter.priority()),
                Paging.sorted(pageable, NEWEST_FIRST, SORTABLE));
        List<Long> ids = page.map(Engagement::getId).toList();
        Map<Long, List<TimeEntry>> entries = lifecycle.timeEntriesOf(ids).stream()
                .collect(Collectors.groupingBy(TimeEntry::getEngagementId));
        Map<Long, List<Adjustment>> adjustments = lifecycle.adjustmentsOf(ids).stream()
                .collect(Collectors.groupingBy(Adjustment::getEngagementId));
        Map<Long, SlaStatus> slaStatus = clocks.statusOf(ids);
        Map<Long, EstimateView> estimateOf = estimates.against(page.getContent(), entries.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, en -> minutes(en.getValue()))));
        Map<Long, String> reporters = contacts.namesOf(page.map(Engagement::getReporterContactId).toList());
        return page.map(e -> details(e, entries.getOrDefault(e.getId(), List.of()),
                adjustments.getOrDefault(e.getId(), List.of()), slaStatus.getOrDefault(e.getId(), SlaStatus.NOT_STARTED),
                estimateOf.get(e.getId()),
                e.getReporterContactId() == null ? null : reporters.get(e.getReporterContactId())));
    }

    public record Triage(Priority priority, Boolean billable, String technician, String addPlanCode,
            Boolean paymentMethodOnFile) {
    }

    /** Completes Triage as the coordinator. Without a technician the work waits in the technicians' queue. */
    public EngagementDetails triage(long id, Triage triage, String actor) {
        Engagement engagement = lifecycle.forUpdate(id);
        engagement.requireStatus(EngagementStatus.REPORTED, "triage");
        Task task = activeTask(engagement, SupportRequest.TASK_TRIAGE);
        // the priority stays a variable: the Work form shows it
        complete(task, handOver(task, Variables.createVariables()
                .putValue(SupportRequest.PRIORITY, triage.priority() == null ? null : triage.priority().name())
                .putValue(SupportRequest.BILLABLE, triage.billable())
                .putValue(SupportRequest.TECHNICIAN, triage.technician())
                .putValue(SupportRequest.ADD_PLAN_CODE, triage.addPlanCode())
                .putValue(SupportRequest.PAYMENT_METHOD_ON_FILE, Boolean.TRUE.equals(triage.paymentMethodOnFile()))),
                actor);
        return get(id);
    }

    /** {@code notePublic}: whether the customer sees the note; shown unless {@code false}. */
    public record NewTimeEntry(LocalDate workDate, Integer minutes, String note, Integer agents, Boolean waitForCustomer,
            Boolean notePublic) {

        public NewTimeEntry(LocalDate workDate, Integer minutes, String note, Integer agents, Boolean waitForCustomer) {
            this(workDate, minutes, note, agents, waitForCustomer, null);
        }
    }

    /**
     * Captures time on the engagement, leaving its Work task open, so that several technicians and integrations
     * capture at once and every entry is kept; asked to, it then waits for the customer. A capture that loses a race
     * on the engagement's row is retried. Called inside a unit of work of its caller's (the demo data), it joins it: it
     * must see what that unit wrote, and a retry is then the caller's to decide.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public TimeEntryView captureTime(long id, NewTimeEntry entry, String actor) {
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? captureTimeOnce(id, entry, actor)
                : retried(() -> newTransaction.execute(status -> captureTimeOnce(id, entry, actor)));
    }

    /** Captures and answers the entry as the API shows it, read while the capture's transaction still holds it. */
    private TimeEntryView captureTimeOnce(long id, NewTimeEntry entry, String actor) {
        Engagement engagement = lifecycle.forUpdate(id);
        engagement.requireStatus(EngagementStatus.IN_PROGRESS, "capture time on");
        Task work = activeTask(engagement, SupportRequest.TASK_WORK);
        take(engagement, work, actor);
        TimeCaptured captured = lifecycle.captureTime(id, entry.workDate(), entry.minutes(), entry.agents(), entry.note(),
                !Boolean.FALSE.equals(entry.notePublic()), actor);
        // in the transaction: the event publication log records it with the entry, and its listeners run after commit
        events.publishEvent(captured);
        if (Boolean.TRUE.equals(entry.waitForCustomer())) {
            complete(work, handOver(work, Variables.createVariables()
                    .putValue(SupportRequest.OUTCOME, SupportRequest.OUTCOME_WAIT)), actor);
        }
        return view(lifecycle.timeEntry(captured.timeEntryId()));
    }

    /** Corrects a time entry while its engagement is open; completed engagements' time is frozen (409). */
    public TimeEntryView correctTime(long id, long timeEntryId, TimeCorrection correction, String actor) {
        return view(lifecycle.correctTime(id, timeEntryId, correction, actor));
    }

    /** The corrections of one of the engagement's time entries, oldest first. */
    @Transactional(readOnly = true)
    public List<TimeCorrection.Made> corrections(long id, long timeEntryId) {
        if (lifecycle.timeEntries(id).stream().noneMatch(t -> t.getId() == timeEntryId)) {
            throw DomainException.notFound("Time entry " + timeEntryId + " of engagement " + id + " does not exist");
        }
        return lifecycle.corrections(timeEntryId).stream()
                .map(c -> new TimeCorrection.Made(c.getCorrectedBy(), c.getCorrectedAt(), c.getReason(), c.getOldWorkDate(),
                        c.getOldMinutes(), c.getOldAgents(), c.getOldNote()))
                .toList();
    }

    public record CustomerReply(String note) {
    }

    /** The customer answered a request that was waiting for them: work resumes and the resolution clock runs. */
    public EngagementDetails resume(long id, CustomerReply reply, String actor) {
        Engagement engagement = lifecycle.forUpdate(id);
        engagement.requireStatus(EngagementStatus.WAITING_FOR_CUSTOMER, "resume");
        Task waiting = activeTask(engagement, SupportRequest.TASK_WAIT_FOR_CUSTOMER);
        take(engagement, waiting, actor);
        complete(waiting, handOver(waiting, Variables.createVariables()
                .putValue(SupportRequest.CUSTOMER_REPLY, reply == null ? null : reply.note())), actor);
        return get(id);
    }

    public record Resolution(RootCause rootCause, String note, LocalDate workDate, Integer minutes, String workNote,
            Boolean requestWaiver, String waiverReason) {
    }

    /** Resolves with a root cause; the last pass's time may be captured in the same step, and needs not be. */
    public EngagementDetails resolve(long id, Resolution resolution, String actor) {
        Engagement engagement = lifecycle.forUpdate(id);
        engagement.requireStatus(EngagementStatus.IN_PROGRESS, "resolve");
        if (resolution.rootCause() == null) {
            throw DomainException.invalid("rootCause is required: CUSTOMER, BUG or OTHER");
        }
        Task work = activeTask(engagement, SupportRequest.TASK_WORK);
        take(engagement, work, actor);
        VariableMap variables = Variables.createVariables()
                .putValue(SupportRequest.OUTCOME, SupportRequest.OUTCOME_RESOLVE)
                .putValue(SupportRequest.ROOT_CAUSE, resolution.rootCause().name())
                .putValue(SupportRequest.RESOLUTION_NOTE, resolution.note())
                .putValue(SupportRequest.WORK_DATE, resolution.workDate() == null ? null : resolution.workDate().toString())
                .putValue(SupportRequest.MINUTES, resolution.minutes())
                .putValue(SupportRequest.NOTE, resolution.workNote())
                .putValue(SupportRequest.WAIVER_REQUESTED, Boolean.TRUE.equals(resolution.requestWaiver()))
                .putValue(SupportRequest.WAIVER_REASON, resolution.waiverReason());
        boolean approvalMayFollow = resolution.rootCause() == RootCause.BUG || Boolean.TRUE.equals(resolution.requestWaiver());
        complete(work, handOver(work, variables, approvalMayFollow ? SHOWN_BY_APPROVALS : Set.of()), actor);
        return get(id);
    }

    public record Decision(Boolean approved, String comment) {
    }

    /** A manager's decision on a bug credit or waiver; completes the matching approval task. */
    public AdjustmentView decide(long adjustmentId, Decision decision, String actor) {
        if (decision.approved() == null) {
            throw DomainException.invalid("approved is required (true or false)");
        }
        Adjustment adjustment = lifecycle.adjustment(adjustmentId);
        Engagement engagement = lifecycle.forUpdate(adjustment.getEngagementId());
        if (adjustment.getStatus() != AdjustmentStatus.PENDING) {
            throw DomainException.conflict("Adjustment " + adjustmentId + " was already " + adjustment.getStatus());
        }
        boolean bugCredit = adjustment.getType() == AdjustmentType.BUG_CREDIT;
        // looked up after the engagement's lock: a decision made meanwhile has completed the task
        Task task = activeTask(engagement, bugCredit ? SupportRequest.TASK_APPROVE_BUG_CREDIT : SupportRequest.TASK_APPROVE_WAIVER);
        complete(task, handOver(task, Variables.createVariables()
                .putValue(bugCredit ? SupportRequest.BUG_CREDIT_DECISION : SupportRequest.WAIVER_DECISION,
                        Verdict.of(decision.approved()).name())
                .putValue(bugCredit ? SupportRequest.BUG_CREDIT_COMMENT : SupportRequest.WAIVER_COMMENT, decision.comment())),
                actor);
        return view(lifecycle.adjustment(adjustmentId));
    }

    /**
     * Through the API a technician works only an engagement that is theirs: one in the technicians' queue becomes
     * theirs (its task and the engagement), one of another technician is refused (409, naming them). Administrators
     * act on any engagement without taking it.
     */
    private void take(Engagement engagement, Task task, String actor) {
        if (staff.isMember(actor, Groups.ADMINS)) {
            return;
        }
        String holder = task.getAssignee() != null ? task.getAssignee() : engagement.getTechnician();
        if (holder != null && !holder.equals(actor) || !lifecycle.claim(engagement.getId(), actor)) {
            throw DomainException.conflict("Engagement " + engagement.getId() + " is assigned to "
                    + (holder != null ? holder : engagement.getTechnician()) + "; only they may work it");
        }
        if (task.getAssignee() == null) {
            EngineSystem.run(identity, () -> tasks.setAssignee(task.getId(), actor));
        }
    }

    private Task activeTask(Engagement engagement, String taskKey) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(engagement.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw DomainException.conflict("Engagement " + engagement.getId() + " has no open " + taskKey
                    + " step (it is " + engagement.getStatus() + ")");
        }
        return task;
    }

    /**
     * A task's values for the service task after it, which applies them in the same transaction: transient, except
     * those the instance already holds persisted (see {@link HandOver}).
     */
    private VariableMap handOver(Task task, VariableMap values) {
        return handOver(task, values, Set.of());
    }

    /** As {@link #handOver(Task, VariableMap)}, and the values named in {@code kept} are kept as well. */
    private VariableMap handOver(Task task, VariableMap values, Set<String> kept) {
        Set<String> persisted = runtime.createVariableInstanceQuery()
                .processInstanceIdIn(task.getProcessInstanceId())
                .variableNameIn(values.keySet().toArray(String[]::new))
                .list().stream()
                .map(VariableInstance::getName)
                .collect(Collectors.toCollection(HashSet::new));
        persisted.addAll(kept);
        return HandOver.of(values, persisted);
    }

    /** As the caller, with the caller's groups: the engine checks their task permissions, the process records them. */
    private void complete(Task task, VariableMap variables, String actor) {
        EngineUser.run(identity, actor, () -> tasks.complete(task.getId(), variables));
    }

    /** A few attempts for a change that lost a race on a row (a lock not granted in time, a concurrent update). */
    private static <T> T retried(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (ConcurrencyFailureException e) {
                if (attempt == RETRIES) {
                    throw e;
                }
            }
        }
    }

    private EngagementDetails details(Engagement e) {
        List<TimeEntry> timeEntries = lifecycle.timeEntries(e.getId());
        String reporter = e.getReporterContactId() == null ? null
                : contacts.namesOf(List.of(e.getReporterContactId())).get(e.getReporterContactId());
        return details(e, timeEntries, lifecycle.adjustments(e.getId()), sla.status(e.getId()),
                estimates.against(List.of(e), Map.of(e.getId(), minutes(timeEntries))).get(e.getId()), reporter);
    }

    private static int minutes(List<TimeEntry> timeEntries) {
        return timeEntries.stream().mapToInt(TimeEntry::getMinutes).sum();
    }

    private static EngagementDetails details(Engagement e, List<TimeEntry> timeEntries, List<Adjustment> adjustmentsOf,
            SlaStatus slaStatus, EstimateView estimate, String reporterName) {
        List<TimeEntryView> entries = timeEntries.stream().map(EngagementService::view).toList();
        List<AdjustmentView> adjustments = adjustmentsOf.stream().map(EngagementService::view).toList();
        int minutes = minutes(timeEntries);
        return new EngagementDetails(e.getId(), e.getCustomerId(), e.getTitle(), e.getDescription(), e.getChannel(),
                e.getImpact(), e.isTravel(), e.isOffHours(), e.getSuggestedPriority(), e.getEffectivePriority(),
                e.isBillable(), e.getStatus(), e.getPlanCode(), e.getTechnician(), e.getReportedAt(), e.getAppointmentStart(),
                slaStatus.responseDueAt(), slaStatus.resolutionDueAt(), slaStatus.resolutionPaused(), e.getFirstRespondedAt(),
                e.getResolvedAt(), e.getCompletedAt(), e.getRootCause(), e.getResolutionNote(), e.getProcessInstanceId(),
                slaStatus.breaches(), entries, minutes, adjustments,
                estimate, e.getReporterContactId(), reporterName);
    }

    private static TimeEntryView view(TimeEntry t) {
        return new TimeEntryView(t.getId(), t.getTechnician(), t.getWorkDate(), t.getMinutes(), t.getAgents(), t.getNote(),
                t.isBillable(), t.getCreatedAt(), t.isNotePublic());
    }

    private static AdjustmentView view(Adjustment a) {
        return new AdjustmentView(a.getId(), a.getType(), a.getStatus(), a.getReason(), a.getRequestedBy(),
                a.getDecidedBy(), a.getDecidedAt(), a.getDecisionComment());
    }
}

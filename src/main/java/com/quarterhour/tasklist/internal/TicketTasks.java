package com.quarterhour.tasklist.internal;

import com.quarterhour.billing.InvoiceService;
import com.quarterhour.billing.InvoiceView;
import com.quarterhour.billing.ServiceCredits;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EngagementDetails;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.identity.Groups;
import com.quarterhour.identity.StaffDirectory;
import com.quarterhour.identity.Viewers;
import com.quarterhour.shared.EngineSystem;
import com.quarterhour.shared.Formats;
import com.quarterhour.sla.ClockSnapshot;
import com.quarterhour.sla.SlaClockQuery;
import com.quarterhour.sla.SlaClocksMoved;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.exception.NullValueException;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Tasklist shows of a task: its name carries the ticket, a request's task is due with its SLA clock
 * ({@link TaskDates}), and Triage lists the technicians to choose from. Everything is read from the records the
 * business key (or, for an invoice review, the task's own copy of the invoice id) names.
 */
@Service
@Transactional
public class TicketTasks {

    private static final Logger log = LoggerFactory.getLogger(TicketTasks.class);

    static final String TRIAGE = "Triage";
    static final String REVIEW_INVOICE = "ReviewInvoice";
    static final String APPROVE_SERVICE_CREDIT = "ApproveServiceCredit";
    /** The tasks of support-request: they are due with the request's SLA clocks. */
    static final Set<String> REQUEST_TASKS = Set.of(TRIAGE, "Work", "WaitForCustomer", "ApproveBugCredit", "ApproveWaiver");
    /** The tasks named after their ticket: those of support-request, and the managers' tasks about a request or invoice. */
    static final Set<String> TICKET_TASKS = Set.of(TRIAGE, "Work", "WaitForCustomer", "ApproveBugCredit", "ApproveWaiver",
            "InvestigateBreach", APPROVE_SERVICE_CREDIT, REVIEW_INVOICE);
    static final String INVOICE_ID = "invoiceId";
    /** Triage's select of technicians takes its options from this task-local variable. */
    public static final String TECHNICIAN_OPTIONS = "technicianOptions";
    /** ACT_RU_TASK.NAME_ holds 255 characters. */
    static final int NAME_LIMIT = 255;
    static final String DASH = " \u2014 ";

    private final EngagementService engagements;
    private final CustomerService customers;
    private final SlaClockQuery clocks;
    private final InvoiceService invoices;
    private final ServiceCredits serviceCredits;
    private final StaffDirectory staff;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Viewers viewers;

    TicketTasks(EngagementService engagements, CustomerService customers, SlaClockQuery clocks, InvoiceService invoices,
            ServiceCredits serviceCredits, StaffDirectory staff, TaskService tasks, RuntimeService runtime,
            IdentityService identity, Viewers viewers) {
        this.engagements = engagements;
        this.customers = customers;
        this.clocks = clocks;
        this.invoices = invoices;
        this.serviceCredits = serviceCredits;
        this.staff = staff;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.viewers = viewers;
    }

    /** A user task was created: it is named after its ticket, dated by its SLA clock, and Triage gets its options. */
    public void opened(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        if (!TICKET_TASKS.contains(key)) {
            return;
        }
        Shown shown = shown(key, task.getExecution().getProcessBusinessKey(), task.getName(),
                () -> task.getExecution().getVariableLocal(INVOICE_ID));
        task.setName(shown.name());
        task.setDueDate(shown.due());
        task.setFollowUpDate(shown.followUp());
        if (TRIAGE.equals(key)) {
            task.setVariableLocal(TECHNICIAN_OPTIONS, technicianOptions());
        }
    }

    /**
     * At start: the tasks opened before this feature (an upgraded installation) still carry only their step's name;
     * they are named, dated and given their options as if they had just opened. Once each: a named task is not
     * looked at again. Each task in its own transaction, so that a node starting beside another skips what the other
     * did first.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void nameTasksOpenedBefore() {
        EngineSystem.run(identity, () -> tasks.createTaskQuery().taskDefinitionKeyIn(TICKET_TASKS.toArray(String[]::new))
                .taskNameNotLike("%: %").list().forEach(this::nameOpenedBefore));
    }

    private void nameOpenedBefore(Task open) {
        try {
            String businessKey = runtime.createProcessInstanceQuery().processInstanceId(open.getProcessInstanceId())
                    .singleResult().getBusinessKey();
            Shown shown = shown(open.getTaskDefinitionKey(), businessKey, open.getName(),
                    () -> runtime.getVariableLocal(open.getExecutionId(), INVOICE_ID));
            open.setName(shown.name());
            open.setDueDate(shown.due());
            open.setFollowUpDate(shown.followUp());
            tasks.saveTask(open);
            if (TRIAGE.equals(open.getTaskDefinitionKey())) {
                tasks.setVariableLocal(open.getId(), TECHNICIAN_OPTIONS, technicianOptions());
            }
        } catch (OptimisticLockingException | NullValueException takenMeanwhile) {
            log.info("Task {} changed while it was being named: left as it is", open.getId());
        }
    }

    /** What Tasklist shows of a ticket's task. */
    private record Shown(String name, Date due, Date followUp) {
    }

    private Shown shown(String key, String businessKey, String step, Supplier<Object> invoiceId) {
        String name = subject(key, businessKey, invoiceId).map(subject -> name(step, subject)).orElse(step);
        OptionalLong engagementId = EngagementService.engagementOf(businessKey);
        TaskDates dates = REQUEST_TASKS.contains(key) && engagementId.isPresent()
                ? datesOf(key, engagementId.getAsLong()) : TaskDates.NONE;
        return new Shown(name, date(dates.due()), date(dates.followUp()));
    }

    /**
     * The clocks of a request moved: its open tasks take the new dates. Inside the engine (a step of the request moved
     * them: triage, a pass of work, the customer's reply) the task that led there has just been completed and the
     * next one takes its dates when it is created, so only changes from outside (a re-applied policy, time captured
     * through the API) meet an open task here.
     */
    @EventListener
    public void on(SlaClocksMoved moved) {
        if (Context.getCommandContext() != null) {
            return;
        }
        EngineSystem.run(identity, () -> tasks.createTaskQuery()
                .processInstanceBusinessKey(EngagementService.businessKeyOf(moved.engagementId()))
                .taskDefinitionKeyIn(REQUEST_TASKS.toArray(String[]::new))
                .list()
                .forEach(open -> redate(open, datesOf(open.getTaskDefinitionKey(), moved.engagementId()))));
    }

    private void redate(Task open, TaskDates dates) {
        Date due = date(dates.due());
        Date followUp = date(dates.followUp());
        if (Objects.equals(open.getDueDate(), due) && Objects.equals(open.getFollowUpDate(), followUp)) {
            return;
        }
        open.setDueDate(due);
        open.setFollowUpDate(followUp);
        tasks.saveTask(open);
    }

    private TaskDates datesOf(String taskDefinitionKey, long engagementId) {
        List<ClockSnapshot> of = clocks.clocksOf(List.of(engagementId)).getOrDefault(engagementId, List.of());
        return TaskDates.of(taskDefinitionKey, of);
    }

    /** What the task is about, as "ENG-12 Printer offline — Acme Ltd"; empty for a task of no ticket. */
    private Optional<String> subject(String taskDefinitionKey, String businessKey, Supplier<Object> invoiceId) {
        if (REVIEW_INVOICE.equals(taskDefinitionKey)) {
            return invoiceId(invoiceId.get()).map(invoices::get).map(this::invoiceSubject);
        }
        OptionalLong engagementId = APPROVE_SERVICE_CREDIT.equals(taskDefinitionKey)
                ? serviceCredits.engagementOf(businessKey) : EngagementService.engagementOf(businessKey);
        if (engagementId.isEmpty()) {
            return Optional.empty();
        }
        EngagementDetails engagement = engagements.get(engagementId.getAsLong());
        return Optional.of(EngagementService.businessKeyOf(engagement.id()) + " " + engagement.title() + DASH
                + customers.get(engagement.customerId()).name());
    }

    /** The task's own copy of the invoice id (an input mapping of "Review invoice"), made as the task opened. */
    private static Optional<Long> invoiceId(Object value) {
        return value instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
    }

    /** A task's name is the same for every manager who reads it: the installation's default locale. */
    private String invoiceSubject(InvoiceView invoice) {
        return invoice.period() + ", " + Formats.of(viewers.defaults()).money(invoice.total(), invoice.currency()) + DASH
                + invoice.customerName();
    }

    static String name(String step, String subject) {
        String name = step + ": " + subject;
        return name.length() <= NAME_LIMIT ? name : name.substring(0, NAME_LIMIT - 1) + "\u2026";
    }

    /**
     * The technicians as Camunda Forms' select reads dynamic options: a JSON array of {label, value}. The select only
     * offers them; "Apply triage" still refuses anyone who is not a technician.
     */
    private Object technicianOptions() {
        List<Map<String, String>> options = staff.membersOf(Groups.TECHNICIANS).stream()
                .map(member -> {
                    Map<String, String> option = new LinkedHashMap<>();
                    option.put("label", member.name().equals(member.id()) ? member.id() : member.name() + " (" + member.id() + ")");
                    option.put("value", member.id());
                    return option;
                })
                .toList();
        return Variables.objectValue(new java.util.ArrayList<>(options))
                .serializationDataFormat(JsonListSerializer.FORMAT).create();
    }

    private static Date date(java.time.Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}

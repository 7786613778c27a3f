package com.quarterhour.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.engagement.EngagementDetails.TimeEntryView;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.Impact;
import com.quarterhour.engagement.RootCause;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.ContractTerms;
import com.quarterhour.sla.PolicyRequest;
import com.quarterhour.sla.SlaPolicies;
import com.quarterhour.sla.TargetRequest;
import com.quarterhour.sla.TermsRequest;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import com.quarterhour.support.process.ProcessAssertions;
import com.quarterhour.tasklist.internal.TicketTasks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist as the queue: a request's tasks are named after the ticket and due with the SLA clock of their step, and
 * the dates follow the clock when it is re-targeted or paused. Times are moved on the engine clock.
 */
@QuarterhourTest
class TicketTasksTest {

    /** A Tuesday at 10:00 in London (GMT in November). */
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-11-17T10:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired ProcessEngine engine;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired SlaPolicies policies;
    @Autowired ContractTerms terms;
    @Autowired TicketTasks tickets;

    @BeforeEach
    void init() {
        ProcessAssertions.init(engine);
        at(TUESDAY_MORNING);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyTaskOfARequestIsNamedAfterTheTicketAndDueWithTheClockOfItsStep() {
        long customer = customerOn(policy(60, 240));
        Started started = report(customer, "Printer offline");
        String ticket = "ENG-" + started.id() + " Printer offline \u2014 " + customers.get(customer).name();

        Task triage = task(started, "Triage");
        assertThat(triage.getName()).isEqualTo("Triage: " + ticket);
        assertThat(triage.getDueDate()).as("the response clock: 60 minutes round the clock")
                .isEqualTo(date("2026-11-17T11:00:00Z"));
        assertThat(triage.getFollowUpDate()).as("its warning at 75%").isEqualTo(date("2026-11-17T10:45:00Z"));

        at(Instant.parse("2026-11-17T10:20:00Z"));
        engagements.triage(started.id(), new Triage(Priority.P2, true, "technician", null, null), "coordinator");
        Task work = task(started, "Work");
        assertThat(work.getName()).isEqualTo("Work and capture time: " + ticket);
        assertThat(work.getDueDate()).as("the first response is still owed").isEqualTo(date("2026-11-17T11:00:00Z"));

        at(Instant.parse("2026-11-17T10:30:00Z"));
        engagements.captureTime(started.id(), new NewTimeEntry(today(), 30, "Cleared the queue", null, null), "technician");
        Task responded = task(started, "Work");
        assertThat(responded.getDueDate()).as("answered: the resolution clock, 240 minutes from the report")
                .isEqualTo(date("2026-11-17T14:00:00Z"));
        assertThat(responded.getFollowUpDate()).isEqualTo(date("2026-11-17T13:00:00Z"));

        engagements.resolve(started.id(), new Resolution(RootCause.BUG, "Our driver update", null, null, null, false,
                null), "technician");
        Task approval = task(started, "ApproveBugCredit");
        assertThat(approval.getName()).isEqualTo("Approve bug credit: " + ticket);
        assertThat(approval.getDueDate()).as("the resolution clock keeps its due time once stopped")
                .isEqualTo(date("2026-11-17T14:00:00Z"));
    }

    @Test
    void waitingForTheCustomerHasNoDueDateAndTheReplyMovesTheWorkByThePause() {
        long customer = customerOn(policy(60, 240));
        Started started = report(customer, "Mail bounces");
        engagements.triage(started.id(), new Triage(Priority.P2, true, "technician", null, null), "coordinator");

        at(Instant.parse("2026-11-17T11:00:00Z"));
        engagements.captureTime(started.id(), new NewTimeEntry(today(), 30, "Asked for the logs", null, true), "technician");
        Task waiting = task(started, "WaitForCustomer");
        assertThat(waiting.getName()).startsWith("Wait for the customer: ENG-" + started.id() + " Mail bounces");
        assertThat(waiting.getDueDate()).as("the resolution clock is paused: nothing is due").isNull();
        assertThat(waiting.getFollowUpDate()).isNull();

        at(Instant.parse("2026-11-17T13:00:00Z"));
        engagements.resume(started.id(), new EngagementService.CustomerReply("Logs attached"), "technician");
        Task work = task(started, "Work");
        assertThat(work.getDueDate()).as("60 of 240 minutes used before the pause: 180 left from 13:00")
                .isEqualTo(date("2026-11-17T16:00:00Z"));
        assertThat(work.getFollowUpDate()).as("the warning at 75% of 240 minutes, also moved by the two hours")
                .isEqualTo(date("2026-11-17T15:00:00Z"));
    }

    @Test
    void reApplyingOtherTermsMovesTheOpenTaskToTheNewDueTime() {
        long customer = customerOn(policy(60, 240));
        Started started = report(customer, "VPN drops");
        assertThat(task(started, "Triage").getDueDate()).isEqualTo(date("2026-11-17T11:00:00Z"));

        terms.put(customer, new TermsRequest(policy(120, 480), null));
        terms.reapply(customer);

        Task triage = task(started, "Triage");
        assertThat(triage.getDueDate()).isEqualTo(date("2026-11-17T12:00:00Z"));
        assertThat(triage.getFollowUpDate()).isEqualTo(date("2026-11-17T11:30:00Z"));
    }

    @Test
    void aRequestMeasuredWithoutATargetHasNoDueDate() {
        long walkIn = new TestCustomers(customers).withoutPlan();
        Started started = report(walkIn, "Keyboard sticks");

        Task triage = task(started, "Triage");
        assertThat(triage.getName()).isEqualTo("Triage: ENG-" + started.id() + " Keyboard sticks \u2014 "
                + customers.get(walkIn).name());
        assertThat(triage.getDueDate()).isNull();
        assertThat(triage.getFollowUpDate()).isNull();
    }

    @Test
    void aTaskOpenedBeforeTheUpgradeIsNamedAndDatedAtTheNextStart() {
        long customer = customerOn(policy(60, 240));
        Started started = report(customer, "Fax jammed");
        Task before = task(started, "Triage");
        // as an installation upgraded with this request waiting for triage: the step's name only, no dates, no options
        before.setName("Triage");
        before.setDueDate(null);
        before.setFollowUpDate(null);
        tasks.saveTask(before);
        tasks.removeVariableLocal(before.getId(), TicketTasks.TECHNICIAN_OPTIONS);

        tickets.nameTasksOpenedBefore();

        Task after = task(started, "Triage");
        assertThat(after.getName()).isEqualTo("Triage: ENG-" + started.id() + " Fax jammed \u2014 " + customers.get(customer).name());
        assertThat(after.getDueDate()).isEqualTo(date("2026-11-17T11:00:00Z"));
        assertThat(after.getFollowUpDate()).isEqualTo(date("2026-11-17T10:45:00Z"));
        assertThat(tasks.getVariableLocal(after.getId(), TicketTasks.TECHNICIAN_OPTIONS)).asList().isNotEmpty();
        tickets.nameTasksOpenedBefore();
        assertThat(task(started, "Triage").getName()).as("named once").isEqualTo(after.getName());
    }

    @Test
    void theWorkFormOpensOnTheCustomersTodayAndRecordsTheDateTheTechnicianLeavesOrChooses() {
        // 12:00 UTC on Tuesday 17 November is already 01:00 on Wednesday 18 November in Auckland (NZDT)
        at(Instant.parse("2026-11-17T12:00:00Z"));
        long customer = customers.create(new NewCustomer("Auckland customer " + System.nanoTime(), "GBP",
                "Pacific/Auckland", "NZ", new BigDecimal("0.15"), "manager", null)).id();
        Started started = report(customer, "Router resets");
        engagements.triage(started.id(), new Triage(Priority.P2, true, "technician", null, null), "coordinator");

        Task work = task(started, "Work");
        assertThat(forms.getTaskFormVariables(work.getId()).getValue("workDate", String.class))
                .as("what the form shows: the customer's today, not London's 17th").isEqualTo("2026-11-18");
        forms.submitTaskForm(work.getId(), Map.of("minutes", 30, "note", "Reset the router", "outcome", "CONTINUE"));
        assertThat(workDates(started)).containsExactly(LocalDate.parse("2026-11-18"));

        at(Instant.parse("2026-11-18T12:00:00Z"));
        Task next = task(started, "Work");
        assertThat(forms.getTaskFormVariables(next.getId()).getValue("workDate", String.class))
                .as("the second pass opened as the first was recorded, on that day").isEqualTo("2026-11-18");
        forms.submitTaskForm(next.getId(), Map.of("workDate", "2026-11-18", "minutes", 15,
                "note", "Changed the cable", "outcome", "CONTINUE"));
        Task third = task(started, "Work");
        assertThat(forms.getTaskFormVariables(third.getId()).getValue("workDate", String.class))
                .as("the next day in Auckland now").isEqualTo("2026-11-19");
        forms.submitTaskForm(third.getId(), Map.of("workDate", "2026-11-18", "minutes", 15,
                "note", "Back-dated: forgot to record it", "outcome", "CONTINUE"));
        assertThat(workDates(started)).as("the date the technician chose, not the default")
                .containsExactlyInAnyOrder(LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-18"),
                        LocalDate.parse("2026-11-18"));
    }

    private long policy(int responseMinutes, int resolutionMinutes) {
        List<TargetRequest> targets = Arrays.stream(Priority.values())
                .map(p -> new TargetRequest(p, responseMinutes, resolutionMinutes, "24/7")).toList();
        return policies.create(new PolicyRequest("Tasklist " + System.nanoTime(), targets, 75, null, null, null)).id();
    }

    private long customerOn(long policy) {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        terms.put(customer, new TermsRequest(policy, null));
        return customer;
    }

    private Started report(long customer, String title) {
        return engagements.report(new NewEngagement(customer, title, "Details", Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, false), "coordinator");
    }

    private Task task(Started started, String key) {
        return tasks.createTaskQuery().processInstanceId(started.processInstanceId()).taskDefinitionKey(key)
                .singleResult();
    }

    private List<LocalDate> workDates(Started started) {
        return engagements.get(started.id()).timeEntries().stream().map(TimeEntryView::workDate).toList();
    }

    private static void at(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    private static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.now().toInstant(), LONDON);
    }
}

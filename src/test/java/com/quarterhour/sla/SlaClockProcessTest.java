package com.quarterhour.sla;

import static com.quarterhour.support.process.ProcessAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementDetails;
import com.quarterhour.engagement.EngagementService.CustomerReply;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.engagement.Impact;
import com.quarterhour.engagement.RootCause;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.EventPublications;
import com.quarterhour.support.MailBodies;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import com.quarterhour.support.TestMailServer;
import com.quarterhour.support.process.ProcessAssertions;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA clocks through support-request.bpmn and sla-clock.bpmn: time moves by setting the engine clock
 * (ClockUtil) and running the clock's due timer jobs, never by sleeping. Alert mails land in GreenMail, sent after the
 * job's transaction from the event publication log: the test waits until the engagement's alerts are completed there.
 */
@QuarterhourTest
class SlaClockProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMailServer.extension();

    @Autowired ProcessEngine engine;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired EventPublicationRegistry publications;
    @Autowired CompletedEventPublications completedPublications;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void init() {
        ProcessAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aResponseOnTimeStopsTheClockWithoutWarningOrBreach() {
        at("2026-11-17T10:00"); // a Tuesday
        Started started = report(customerOn("BPS-20"), Impact.PARTIALLY_IMPAIRED);
        assertThat(engagements.get(started.id()).responseDueAt()).isEqualTo(london("2026-11-17T14:00"));
        assertThat(timer(started, "RESPONSE", "TimerBreach").getDuedate()).isEqualTo(Date.from(london("2026-11-17T14:00")));
        assertThat(timer(started, "RESPONSE", "TimerWarning").getDuedate()).isEqualTo(Date.from(london("2026-11-17T13:00")));

        triage(started, Priority.P3);
        at("2026-11-17T11:30");
        work(started, false);

        ProcessInstance clock = clockOf(started, "RESPONSE");
        assertThat(clock).isEnded().hasPassed("AwaitStop", "EndStopped").hasNotPassed("Warn", "RecordBreach");
        EngagementDetails details = engagements.get(started.id());
        assertThat(details.firstRespondedAt()).isEqualTo(london("2026-11-17T11:30"));
        assertThat(details.breaches()).isEmpty();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void threeQuartersOfTheTargetWarnTheAssignedTechnician() throws MessagingException {
        at("2026-11-17T10:00");
        Started started = report(customerOn("BPS-20"), Impact.PARTIALLY_IMPAIRED);
        triage(started, Priority.P3);

        at("2026-11-17T12:59");
        assertThat(runDueTimers(started, "RESPONSE")).isZero();
        at("2026-11-17T13:00");
        assertThat(runDueTimers(started, "RESPONSE")).isEqualTo(1);

        ProcessInstance clock = clockOf(started, "RESPONSE");
        assertThat(clock).hasPassed("TimerWarning", "Warn", "EndWarned").isWaitingAt("AwaitStop");
        MimeMessage warning = onlyMail();
        assertThat(recipients(warning)).containsExactly("technician@quarterhour.example");
        assertThat(warning.getSubject()).startsWith("[SLA warning] ENG-" + started.id());

        at("2026-11-17T13:30");
        work(started, false);
        assertThat(clock).isEnded().hasNotPassed("RecordBreach");
        assertThat(engagements.get(started.id()).breaches()).isEmpty();
    }

    @Test
    void aWarningAndBreachWhoseTransactionRollsBackMailNobody() {
        at("2026-11-17T10:00");
        Started started = report(customerOn("BPS-20"), Impact.PARTIALLY_IMPAIRED);
        at("2026-11-17T14:00");
        List<Job> due = management.createJobQuery().processInstanceId(clockOf(started, "RESPONSE").getId())
                .timers().active().executable().list();
        assertThat(due).hasSize(2);
        // the engine's jobs join the Spring transaction around them: the warning and the breach are rolled back with it
        transactions.executeWithoutResult(status -> {
            due.forEach(job -> management.executeJob(job.getId()));
            status.setRollbackOnly();
        });

        assertThat(engagements.get(started.id()).breaches()).isEmpty();
        assertThat(new EventPublications(publications).incomplete(alertOf(started))).isZero();
        assertThat(completedPublications.findAll()).noneMatch(publication -> alertOf(started).test(publication.getEvent()));
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMissedTargetIsRecordedMailedAndInvestigatedByAManager() throws MessagingException {
        at("2026-11-17T10:00");
        Started started = report(customerOn("BPS-20"), Impact.PARTIALLY_IMPAIRED);
        // before triage nobody is assigned: the warning goes to the coordinators
        at("2026-11-17T14:00");
        assertThat(runDueTimers(started, "RESPONSE")).isEqualTo(2);

        ProcessInstance clock = clockOf(started, "RESPONSE");
        assertThat(clock).hasPassed("Warn", "RecordBreach").isWaitingAt("AwaitStop", "InvestigateBreach");
        List<MimeMessage> mails = Arrays.asList(MAIL.getReceivedMessages());
        MimeMessage breachMail = mails.stream().filter(m -> subject(m).startsWith("[SLA breach]")).findFirst().orElseThrow();
        assertThat(recipients(breachMail)).contains("coordinator@quarterhour.example", "manager@quarterhour.example");
        MimeMessage warningMail = mails.stream().filter(m -> subject(m).startsWith("[SLA warning]")).findFirst().orElseThrow();
        assertThat(recipients(warningMail)).contains("coordinator@quarterhour.example");
        // in words, in the customer's time zone, with links to the request's task (triage) and the board
        String triageTask = tasks.createTaskQuery().processInstanceBusinessKey("ENG-" + started.id())
                .taskDefinitionKey("Triage").singleResult().getId();
        String taskLink = "http://localhost:8080/operaton/app/tasklist/#/?task=" + triageTask;
        assertThat(subject(warningMail)).isEqualTo("[SLA warning] ENG-" + started.id()
                + " Printer offline: response due Tue, 17 Nov 2026, 14:00 GMT");
        assertThat(MailBodies.text(warningMail)).contains("ENG-" + started.id() + " Printer offline for Test customer",
                "75% of the response target of 4 business hours has passed: the response is due Tue, 17 Nov 2026, 14:00 GMT.",
                "Plan: BPS-20, priority P3 (Medium)", "Clock started: Tue, 17 Nov 2026, 10:00 GMT",
                "Open the task in Tasklist: " + taskLink, "The board: http://localhost:8080/board");
        assertThat(MailBodies.html(warningMail)).contains("4 business hours", "href=\"" + taskLink + "\"",
                "href=\"http://localhost:8080/board\"");
        assertThat(subject(breachMail)).isEqualTo("[SLA breach] ENG-" + started.id()
                + " Printer offline: response was due Tue, 17 Nov 2026, 14:00 GMT");
        assertThat(MailBodies.text(breachMail)).contains(
                "The response target of 4 business hours was missed: the response was due Tue, 17 Nov 2026, 14:00 GMT.",
                "Open the task in Tasklist: " + taskLink);
        assertThat(MailBodies.html(breachMail)).contains("Investigate SLA breach", "href=\"" + taskLink + "\"");
        for (MimeMessage alert : List.of(warningMail, breachMail)) {
            assertThat(MailBodies.of(alert).values()).allSatisfy(body -> assertThat(body)
                    .doesNotContain("/api/", "RESPONSE", "BUSINESS_HOURS", "AROUND_THE_CLOCK"));
        }

        EngagementDetails breached = engagements.get(started.id());
        assertThat(breached.breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.clock()).isEqualTo(ClockKind.RESPONSE);
            assertThat(breach.dueAt()).isEqualTo(london("2026-11-17T14:00"));
            assertThat(breach.breachedAt()).isEqualTo(london("2026-11-17T14:00"));
            assertThat(breach.targetMinutes()).isEqualTo(240);
            assertThat(breach.investigatedBy()).isNull();
        });

        Task investigation = tasks.createTaskQuery().processInstanceId(clock.getId()).singleResult();
        assertThat(investigation).hasCandidateGroup("managers").hasDefinitionKey("InvestigateBreach");
        assertThat(investigation.getName()).as("Tasklist names the request")
                .startsWith("Investigate SLA breach: ENG-" + started.id() + " Printer offline \u2014 Test customer ");
        at("2026-11-17T15:00");
        engine.getIdentityService().setAuthentication("manager", List.of("managers"));
        try {
            // the manager may write any variable of the task: the breach and clock it is for stay what they were
            tasks.setVariables(investigation.getId(), Map.of("breachId", 424242L, "engagementId", 424242L,
                    "actor", "coordinator"));
            tasks.complete(investigation.getId(), Map.of("breachCause", "STAFFING", "breachFindings", "Two technicians off sick"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(engagements.get(started.id()).breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.investigatedBy()).isEqualTo("manager");
            assertThat(breach.cause()).isEqualTo("STAFFING");
            assertThat(breach.findings()).isEqualTo("Two technicians off sick");
        });

        triage(started, Priority.P3);
        work(started, false);
        assertThat(clock).isEnded().hasPassed("RecordInvestigation", "EndInvestigated", "EndStopped");
    }

    @Test
    void triageSettingP1OnA247PlanRetimesTheResponseFromTheReport() {
        at("2026-11-17T10:00");
        Started started = report(customerOn("PER-USE"), Impact.PARTIALLY_IMPAIRED);
        assertThat(engagements.get(started.id()).suggestedPriority()).isEqualTo(Priority.P3);
        assertThat(engagements.get(started.id()).responseDueAt()).isEqualTo(london("2026-11-17T14:00"));

        at("2026-11-17T10:20");
        triage(started, Priority.P1);

        assertThat(engagements.get(started.id()).responseDueAt()).isEqualTo(london("2026-11-17T11:00"));
        assertThat(timer(started, "RESPONSE", "TimerBreach").getDuedate()).isEqualTo(Date.from(london("2026-11-17T11:00")));
        assertThat(timer(started, "RESPONSE", "TimerWarning").getDuedate()).isEqualTo(Date.from(london("2026-11-17T10:45")));
        at("2026-11-17T11:00");
        assertThat(runDueTimers(started, "RESPONSE")).isEqualTo(2);
        assertThat(engagements.get(started.id()).breaches()).singleElement()
                .satisfies(breach -> assertThat(breach.priority()).isEqualTo(Priority.P1));
    }

    @Test
    void aPlanAddedAtTriageGivesAMeasuredClockItsTarget() {
        at("2026-11-17T10:00");
        Started started = report(customerWithoutPlan(), Impact.PARTIALLY_IMPAIRED);
        ProcessInstance clock = clockOf(started, "RESPONSE");
        assertThat(clock).isWaitingAt("AwaitUntargeted");
        assertThat(engagements.get(started.id()).responseDueAt()).isNull();

        engagements.triage(started.id(), new Triage(Priority.P3, true, "technician", "BPS-20", null), "coordinator");

        assertThat(clock).hasPassed("TargetSet").isWaitingAt("AwaitStop");
        assertThat(engagements.get(started.id()).responseDueAt()).isEqualTo(london("2026-11-17T14:00"));
        assertThat(timer(started, "RESPONSE", "TimerBreach").getDuedate()).isEqualTo(Date.from(london("2026-11-17T14:00")));
    }

    @Test
    void aClockWithoutATargetIsMeasuredAndNeverAlerts() {
        at("2026-11-17T10:00");
        Started started = report(customerWithoutPlan(), Impact.PARTIALLY_IMPAIRED);
        engagements.triage(started.id(), new Triage(Priority.P3, true, "technician", null, null), "coordinator");
        at("2026-11-20T10:00");
        assertThat(runDueTimers(started, "RESPONSE")).isZero();
        work(started, false);

        assertThat(clockOf(started, "RESPONSE")).isEnded().hasPassed("AwaitUntargeted", "EndStopped").hasNotPassed("AwaitStop");
        assertThat(engagements.get(started.id()).responseDueAt()).isNull();
        assertThat(engagements.get(started.id()).breaches()).isEmpty();
    }

    @Test
    void aFridayAfternoonRequestIsDueMondayAndTheWeekendNeverFiresATimer() {
        at("2026-11-20T16:00"); // Friday
        Started started = report(customerOn("BPS-20"), Impact.PARTIALLY_IMPAIRED);
        assertThat(engagements.get(started.id()).responseDueAt()).isEqualTo(london("2026-11-23T12:00"));

        at("2026-11-22T23:59"); // Sunday night
        assertThat(runDueTimers(started, "RESPONSE")).isZero();
        at("2026-11-23T11:00"); // 3 working hours: Friday 16-17, Monday 9-11
        assertThat(runDueTimers(started, "RESPONSE")).isEqualTo(1);
        at("2026-11-23T12:00");
        assertThat(runDueTimers(started, "RESPONSE")).isEqualTo(1);
        assertThat(engagements.get(started.id()).breaches()).hasSize(1);
    }

    @Test
    void christmasAndBoxingDayAreNotWorkingTime() {
        at("2025-12-24T16:00"); // Wednesday; Thursday and Friday are bank holidays
        Started started = report(customerOn("BPS-40"), Impact.PARTIALLY_IMPAIRED);
        assertThat(engagements.get(started.id()).responseDueAt()).isEqualTo(london("2025-12-29T12:00"));
        at("2025-12-26T16:00");
        assertThat(runDueTimers(started, "RESPONSE")).isZero();
    }

    @Test
    void dueTimesFollowTheCustomersClockOverTheSpringChange() {
        at("2026-03-27T16:00"); // Friday, GMT; clocks go forward on Sunday
        Started started = report(customerOn("BPS-20"), Impact.PARTIALLY_IMPAIRED);
        assertThat(engagements.get(started.id()).responseDueAt()).isEqualTo(Instant.parse("2026-03-30T11:00:00Z"));
        assertThat(timer(started, "RESPONSE", "TimerBreach").getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-30T11:00:00Z")));
    }

    @Test
    void waitingForTheCustomerPausesTheResolutionClock() {
        at("2026-11-17T10:00");
        Started started = report(customerOn("SHARED-247"), Impact.PARTIALLY_IMPAIRED);
        EngagementDetails reported = engagements.get(started.id());
        assertThat(reported.responseDueAt()).isEqualTo(london("2026-11-17T10:30"));
        assertThat(reported.resolutionDueAt()).isEqualTo(london("2026-11-17T14:00"));
        triage(started, Priority.P3);

        at("2026-11-17T10:10");
        engagements.captureTime(started.id(), new NewTimeEntry(today(), 15, "Asked for the crash logs", null, true), "technician");
        EngagementDetails waiting = engagements.get(started.id());
        assertThat(waiting.status()).isEqualTo(EngagementStatus.WAITING_FOR_CUSTOMER);
        assertThat(waiting.resolutionClockPaused()).isTrue();
        assertThat(waiting.resolutionDueAt()).isNull();
        assertThat(clockOf(started, "RESPONSE")).isEnded();
        assertThat(processOf(started)).isWaitingAt("WaitForCustomer");
        assertThat(ProcessAssertions.task("WaitForCustomer", processOf(started))).isAssignedTo("technician");

        at("2026-11-17T17:00"); // long past the unpaused due time: nothing fires while paused
        assertThat(runDueTimers(started, "RESOLUTION")).isZero();

        engagements.resume(started.id(), new CustomerReply("Logs attached"), "technician");
        EngagementDetails resumed = engagements.get(started.id());
        assertThat(resumed.status()).isEqualTo(EngagementStatus.IN_PROGRESS);
        // 10 minutes were used before the pause: 3 h 50 min remain from 17:00
        assertThat(resumed.resolutionDueAt()).isEqualTo(london("2026-11-17T20:50"));
        assertThat(timer(started, "RESOLUTION", "TimerBreach").getDuedate()).isEqualTo(Date.from(london("2026-11-17T20:50")));
        assertThat(processOf(started)).hasPassed("WaitForCustomer", "ResumeWork").isWaitingAt("Work");

        at("2026-11-17T18:00");
        engagements.resolve(started.id(), new Resolution(RootCause.CUSTOMER, "Driver reinstalled", today(), 30,
                "Reinstalled the driver", false, null), "technician");
        assertThat(clockOf(started, "RESOLUTION")).isEnded().hasNotPassed("RecordBreach");
        assertThat(engagements.get(started.id()).breaches()).isEmpty();
    }

    @Test
    void aResolutionMissedWhileWorkingIsABreachOfTheResolutionClock() {
        at("2026-11-17T10:00");
        Started started = report(customerOn("SHARED-247"), Impact.PARTIALLY_IMPAIRED);
        triage(started, Priority.P3);
        at("2026-11-17T10:05");
        work(started, false);
        at("2026-11-17T14:00");
        assertThat(runDueTimers(started, "RESOLUTION")).isEqualTo(2);
        assertThat(engagements.get(started.id()).breaches()).singleElement()
                .satisfies(breach -> assertThat(breach.clock()).isEqualTo(ClockKind.RESOLUTION));
    }

    // --- helpers

    private Started report(long customer, Impact impact) {
        return engagements.report(new NewEngagement(customer, "Printer offline", "Nothing prints", Channel.REPORT, impact,
                null, null, false), "coordinator");
    }

    private void triage(Started started, Priority priority) {
        engagements.triage(started.id(), new Triage(priority, true, "technician", null, null), "coordinator");
    }

    private void work(Started started, boolean waitForCustomer) {
        engagements.captureTime(started.id(), new NewTimeEntry(today(), 15, "Called the customer", null, waitForCustomer),
                "technician");
    }

    private ProcessInstance processOf(Started started) {
        return runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId()).singleResult();
    }

    /** The sla-clock instance watching one clock of the request (ended ones included, for assertions). */
    private ProcessInstance clockOf(Started started, String kind) {
        String id = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(started.processInstanceId())
                .variableValueEquals("clock", kind)
                .singleResult().getId();
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
        if (running != null) {
            return running;
        }
        // the process assertions read an ended instance from history by its id
        ExecutionEntity ended = new ExecutionEntity();
        ended.setId(id);
        ended.setProcessInstanceId(id);
        return ended;
    }

    private Job timer(Started started, String kind, String activityId) {
        return management.createJobQuery().processInstanceId(clockOf(started, kind).getId()).activityId(activityId).singleResult();
    }

    /** Runs the clock's timers that are due by the engine clock (suspended ones are not); returns how many ran. */
    private int runDueTimers(Started started, String kind) {
        List<Job> due = management.createJobQuery().processInstanceId(clockOf(started, kind).getId())
                .timers().active().executable().list();
        due.forEach(job -> management.executeJob(job.getId()));
        new EventPublications(publications).awaitCompleted(alertOf(started));
        return due.size();
    }

    private static Predicate<Object> alertOf(Started started) {
        return event -> event instanceof SlaAlertRaised alert && alert.engagementId() == started.id();
    }

    private MimeMessage onlyMail() {
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        return MAIL.getReceivedMessages()[0];
    }

    private List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void at(String londonTime) {
        ClockUtil.setCurrentTime(Date.from(london(londonTime)));
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.now().toInstant(), LONDON);
    }

    private long customerOn(String plan) {
        return new TestCustomers(customers).onPlan(plan);
    }

    private long customerWithoutPlan() {
        return new TestCustomers(customers).withoutPlan();
    }
}

package com.quarterhour.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.CustomerReply;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.Impact;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.internal.ClockTimers;
import com.quarterhour.sla.internal.SlaClock;
import com.quarterhour.sla.internal.SlaClockRepository;
import com.quarterhour.support.EventPublications;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import com.quarterhour.support.TestMailServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second escalation level through sla-clock.bpmn: a breach nobody answered by 150% of the target mails the
 * escalation address and moves the managers' investigation task up, once. Time moves with the engine clock, never by
 * sleeping. The clocks get their escalation level as a re-applied policy gives it: set on the stored clock, then
 * re-timed.
 */
@QuarterhourTest
class SlaEscalationProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String HEAD_OF_SUPPORT = "head.of.support@quarterhour.example";
    private static final Date WHILE_PAUSED = Date.from(SlaService.WHILE_PAUSED);

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMailServer.extension();

    @Autowired ProcessEngine engine;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired EventPublicationRegistry publications;
    @Autowired TransactionTemplate transactions;
    @Autowired SlaClockRepository clocks;
    @Autowired ClockTimers timers;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aBreachNobodyAnswersEscalatesAt150PercentOnce() throws MessagingException, IOException {
        at("2026-11-17T10:00"); // a Tuesday: 4 business hours are due at 14:00, 6 at 16:00
        Started started = report(customerOn("BPS-20"));
        escalateAt150Percent(started, ClockKind.RESPONSE);
        String watch = watchOf(started, ClockKind.RESPONSE);
        assertThat(timer(watch, "TimerEscalation").getDuedate()).isEqualTo(Date.from(london("2026-11-17T16:00")));

        at("2026-11-17T14:00");
        assertThat(runDueTimers(started, watch)).isEqualTo(2);
        assertThat(investigation(watch).getPriority()).isEqualTo(50);
        at("2026-11-17T15:59");
        assertThat(runDueTimers(started, watch)).isZero();
        assertThat(escalationMails()).isEmpty();

        at("2026-11-17T16:00");
        assertThat(runDueTimers(started, watch)).isEqualTo(1);

        assertThat(instance(watch)).hasPassed("TimerEscalation", "Escalate", "EndEscalated")
                .isWaitingAt("AwaitStop", "InvestigateBreach");
        MimeMessage escalation = onlyEscalationMail();
        assertThat(recipients(escalation)).containsExactly(HEAD_OF_SUPPORT);
        assertThat(escalation.getSubject())
                .isEqualTo("[SLA escalation] ENG-" + started.id() + " Printer offline: response 2 h past due, unanswered");
        assertThat(body(escalation)).contains("ENG-" + started.id() + " Printer offline for Test customer",
                "has still had no response", "target of 240 minutes (BUSINESS_HOURS) was due Tue 17 Nov 2026 14:00 GMT",
                "now 2 h past due in working time, 150% of the target", "/api/engagements/" + started.id());
        assertThat(investigation(watch).getPriority()).isEqualTo(80);
        assertThat(engagements.get(started.id()).breaches()).singleElement()
                .satisfies(breach -> assertThat(breach.escalatedAt()).isEqualTo(london("2026-11-17T16:00")));

        // the timer firing again (here: the step run once more) escalates nothing a second time
        at("2026-11-17T16:05");
        runtime.createProcessInstanceModification(watch).startBeforeActivity("Escalate").execute();
        new EventPublications(publications).awaitCompleted(event -> event instanceof SlaAlertRaised);
        assertThat(escalationMails()).hasSize(1);
        assertThat(engagements.get(started.id()).breaches()).singleElement()
                .satisfies(breach -> assertThat(breach.escalatedAt()).isEqualTo(london("2026-11-17T16:00")));
    }

    @Test
    void aBreachAnsweredBeforeTheEscalationLevelDoesNotEscalate() {
        at("2026-11-17T10:00");
        Started started = report(customerOn("BPS-20"));
        escalateAt150Percent(started, ClockKind.RESPONSE);
        String watch = watchOf(started, ClockKind.RESPONSE);
        at("2026-11-17T14:00");
        assertThat(runDueTimers(started, watch)).isEqualTo(2);

        at("2026-11-17T15:00");
        triage(started, Priority.P3);
        escalateAt150Percent(started, ClockKind.RESPONSE); // triage took the plan's target, which has no escalation
        engagements.captureTime(started.id(), new NewTimeEntry(today(), 15, "Called the customer", null, false), "technician");

        // the answer stopped the clock: its timers went with "Run against the target", the investigation stays open
        assertThat(instance(watch)).hasPassed("EndStopped").hasNotPassed("Escalate").isWaitingAt("InvestigateBreach");
        at("2026-11-17T16:00");
        assertThat(runDueTimers(started, watch)).isZero();
        assertThat(escalationMails()).isEmpty();
        assertThat(investigation(watch).getPriority()).isEqualTo(50);
        assertThat(engagements.get(started.id()).breaches()).singleElement()
                .satisfies(breach -> assertThat(breach.escalatedAt()).isNull());
    }

    @Test
    void waitingForTheCustomerHoldsTheEscalationAndResumingMovesIt() {
        at("2026-11-17T10:00");
        Started started = report(customerOn("SHARED-247")); // resolution: 4 hours around the clock
        triage(started, Priority.P3);
        escalateAt150Percent(started, ClockKind.RESOLUTION);
        String watch = watchOf(started, ClockKind.RESOLUTION);
        assertThat(timer(watch, "TimerEscalation").getDuedate()).isEqualTo(Date.from(london("2026-11-17T16:00")));

        at("2026-11-17T10:10");
        engagements.captureTime(started.id(), new NewTimeEntry(today(), 15, "Asked for the crash logs", null, true), "technician");
        assertThat(timer(watch, "TimerEscalation").getDuedate()).isEqualTo(WHILE_PAUSED);
        at("2026-11-17T17:00");
        assertThat(runDueTimers(started, watch)).isZero();

        engagements.resume(started.id(), new CustomerReply("Logs attached"), "technician");
        // 10 minutes were used: the breach comes 3 h 50 min and the escalation 5 h 50 min after 17:00
        assertThat(timer(watch, "TimerBreach").getDuedate()).isEqualTo(Date.from(london("2026-11-17T20:50")));
        assertThat(timer(watch, "TimerEscalation").getDuedate()).isEqualTo(Date.from(london("2026-11-17T22:50")));
        at("2026-11-17T22:49");
        assertThat(runDueTimers(started, watch)).isEqualTo(2);
        assertThat(escalationMails()).isEmpty();
        at("2026-11-17T22:50");
        assertThat(runDueTimers(started, watch)).isEqualTo(1);

        assertThat(instance(watch)).hasPassed("Escalate").isWaitingAt("AwaitStop", "InvestigateBreach");
        assertThat(subject(onlyEscalationMail())).endsWith("resolution 2 h past due, unanswered");
        assertThat(investigation(watch).getPriority()).isEqualTo(80);
    }

    @Test
    void triageToATargetWithoutAnEscalationLevelSendsItsTimerFarAhead() {
        at("2026-11-17T10:00");
        Started started = report(customerOn("BPS-20"));
        escalateAt150Percent(started, ClockKind.RESPONSE);
        String watch = watchOf(started, ClockKind.RESPONSE);
        assertThat(timer(watch, "TimerEscalation").getDuedate()).isEqualTo(Date.from(london("2026-11-17T16:00")));

        at("2026-11-17T10:20");
        triage(started, Priority.P2); // the plan's target for P2 has no escalation level

        assertThat(timer(watch, "TimerEscalation").getDuedate()).isEqualTo(WHILE_PAUSED);
        at("2026-11-17T16:00");
        assertThat(runDueTimers(started, watch)).isEqualTo(2);
        assertThat(instance(watch)).hasNotPassed("Escalate");
        assertThat(escalationMails()).isEmpty();
    }

    @Test
    void anEscalationDueBeforeTheBreachIsRecordedOpensTheInvestigationAtHighPriority() {
        at("2026-11-17T10:00");
        Started started = report(customerOn("BPS-20"));
        escalateAt150Percent(started, ClockKind.RESPONSE);
        String watch = watchOf(started, ClockKind.RESPONSE);

        // all three timers are due at once (e.g. the nodes were down); the escalation happens to run first
        at("2026-11-17T17:00");
        management.executeJob(timer(watch, "TimerEscalation").getId());
        assertThat(runDueTimers(started, watch)).isEqualTo(2);

        assertThat(investigation(watch).getPriority()).isEqualTo(80);
        assertThat(engagements.get(started.id()).breaches()).singleElement()
                .satisfies(breach -> assertThat(breach.escalatedAt()).isEqualTo(london("2026-11-17T17:00")));
        assertThat(escalationMails()).hasSize(1);
    }

    @Test
    void theEscalationActsOnTheClockItsInstanceWatchesWhateverItsVariablesSay() {
        at("2026-11-17T10:00");
        Started breached = report(customerOn("BPS-20"));
        escalateAt150Percent(breached, ClockKind.RESPONSE);
        String watch = watchOf(breached, ClockKind.RESPONSE);
        at("2026-11-17T11:00");
        Started other = report(customerOn("BPS-20"));
        escalateAt150Percent(other, ClockKind.RESPONSE);
        at("2026-11-17T14:00");
        assertThat(runDueTimers(breached, watch)).isEqualTo(2);

        // someone with access to the engine points the watch at another request and clock
        runtime.setVariables(watch, Map.of("engagementId", other.id(), "clock", "RESOLUTION"));
        at("2026-11-17T16:00");
        assertThat(runDueTimers(breached, watch)).isEqualTo(1);

        assertThat(clock(breached, ClockKind.RESPONSE).getEscalatedAt()).isEqualTo(london("2026-11-17T16:00"));
        assertThat(clock(other, ClockKind.RESPONSE).getEscalatedAt()).isNull();
        assertThat(clock(other, ClockKind.RESOLUTION).getEscalatedAt()).isNull();
        assertThat(subject(onlyEscalationMail())).startsWith("[SLA escalation] ENG-" + breached.id() + " ");
    }

    // --- helpers

    /** What re-applying a policy whose target escalates to the head of support at 150% does to an open clock. */
    private void escalateAt150Percent(Started started, ClockKind kind) {
        transactions.executeWithoutResult(status -> {
            SlaClock open = clock(started, kind);
            SlaTarget target = open.target().orElseThrow();
            open.retarget(open.getPlanCode(), open.getPriority(), Optional.of(new SlaTarget(target.duration(),
                    target.calendar(), target.warnAtPercent(), new SlaTarget.Escalation(150, HEAD_OF_SUPPORT))));
            clocks.flush();
            timers.retime(open);
        });
    }

    private SlaClock clock(Started started, ClockKind kind) {
        return clocks.findByEngagementIdAndKind(started.id(), kind).orElseThrow();
    }

    private Started report(long customer) {
        return engagements.report(new NewEngagement(customer, "Printer offline", "Nothing prints", Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, false), "coordinator");
    }

    private void triage(Started started, Priority priority) {
        engagements.triage(started.id(), new Triage(priority, true, "technician", null, null), "coordinator");
    }

    private String watchOf(Started started, ClockKind kind) {
        return clock(started, kind).getWatchProcessInstanceId().orElseThrow();
    }

    private ProcessInstance instance(String watch) {
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(watch).singleResult();
        if (running != null) {
            return running;
        }
        // camunda-bpm-assert reads an ended instance from history by its id
        ExecutionEntity ended = new ExecutionEntity();
        ended.setId(watch);
        ended.setProcessInstanceId(watch);
        return ended;
    }

    private Job timer(String watch, String activityId) {
        return management.createJobQuery().processInstanceId(watch).activityId(activityId).singleResult();
    }

    private Task investigation(String watch) {
        return tasks.createTaskQuery().processInstanceId(watch).taskDefinitionKey("InvestigateBreach").singleResult();
    }

    /** Runs the watch's timers that are due by the engine clock, earliest first; returns how many ran. */
    private int runDueTimers(Started started, String watch) {
        List<Job> due = management.createJobQuery().processInstanceId(watch).timers().active().executable().list().stream()
                .sorted(Comparator.comparing(Job::getDuedate)).toList();
        due.forEach(job -> management.executeJob(job.getId()));
        new EventPublications(publications).awaitCompleted(event -> event instanceof SlaAlertRaised alert
                && alert.engagementId() == started.id());
        return due.size();
    }

    private List<MimeMessage> escalationMails() {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).startsWith("[SLA escalation]")).toList();
    }

    private MimeMessage onlyEscalationMail() {
        assertThat(escalationMails()).hasSize(1);
        return escalationMails().get(0);
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
    }

    private static String body(MimeMessage message) throws MessagingException, IOException {
        return message.getContent().toString();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long customerOn(String plan) {
        return new TestCustomers(customers).onPlan(plan);
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
}

package com.quarterhour.sla;

import static com.quarterhour.support.process.ProcessAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService.CustomerReply;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.Impact;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.internal.SlaClock;
import com.quarterhour.sla.internal.SlaClockRepository;
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
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * The second escalation level through sla-clock.bpmn: a breach nobody answered by 150% of the target mails the
 * escalation address and moves the managers' investigation task up, once. The customers run on their own contract
 * policy with that level. Time moves with the engine clock, never by sleeping.
 */
@QuarterhourTest
class SlaEscalationProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String HEAD_OF_SUPPORT = "head.of.support@quarterhour.example";
    private static final Date WHILE_PAUSED = Date.from(SlaService.WHILE_PAUSED);
    private static final TargetRequest P3_FOUR_BUSINESS_HOURS = new TargetRequest(Priority.P3, 240, null, "BUSINESS");

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMailServer.extension();

    @Autowired ProcessEngine engine;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired EventPublicationRegistry publications;
    @Autowired SlaClockRepository clocks;
    @Autowired SlaPolicies policies;
    @Autowired ContractTerms terms;

    @BeforeEach
    void init() {
        ProcessAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aBreachNobodyAnswersEscalatesAt150PercentOnce() throws MessagingException {
        at("2026-11-17T10:00"); // a Tuesday: 4 business hours are due at 14:00, 6 at 16:00
        Started started = report(customerOn(escalatingPolicy(P3_FOUR_BUSINESS_HOURS)));
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
                .isEqualTo("[SLA escalation] ENG-" + started.id() + " Printer offline: response 2 hours past due, unanswered");
        // the request's own task (triage), not the managers' investigation
        String taskLink = "http://localhost:8080/operaton/app/tasklist/#/?task=" + tasks.createTaskQuery()
                .processInstanceBusinessKey("ENG-" + started.id()).taskDefinitionKey("Triage").singleResult().getId();
        assertThat(MailBodies.text(escalation)).contains("ENG-" + started.id() + " Printer offline for Test customer",
                "has still had no response", "response target of 4 business hours was due Tue, 17 Nov 2026, 14:00 GMT",
                "now 2 hours past due in working time, 150% of the target", "Open the task in Tasklist: " + taskLink,
                "The board: http://localhost:8080/board");
        assertThat(MailBodies.html(escalation)).contains("has still had no response", "2 hours past due",
                "href=\"" + taskLink + "\"", "href=\"http://localhost:8080/board\"");
        assertThat(MailBodies.of(escalation).values()).allSatisfy(body -> assertThat(body)
                .doesNotContain("/api/", "RESPONSE", "BUSINESS_HOURS", "AROUND_THE_CLOCK"));
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
        Started started = report(customerOn(escalatingPolicy(P3_FOUR_BUSINESS_HOURS)));
        String watch = watchOf(started, ClockKind.RESPONSE);
        at("2026-11-17T14:00");
        assertThat(runDueTimers(started, watch)).isEqualTo(2);

        at("2026-11-17T15:00");
        triage(started, Priority.P3);
        assertThat(timer(watch, "TimerEscalation").getDuedate()).isEqualTo(Date.from(london("2026-11-17T16:00")));
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
        Started started = report(customerOn(escalatingPolicy(new TargetRequest(Priority.P3, 30, 240, "24/7"))));
        triage(started, Priority.P3);
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
        assertThat(subject(onlyEscalationMail())).endsWith("resolution 2 hours past due, unanswered");
        assertThat(investigation(watch).getPriority()).isEqualTo(80);
    }

    @Test
    void triageToAShorterTargetBringsTheEscalationForward() {
        at("2026-11-17T10:00");
        Started started = report(customerOn(escalatingPolicy(P3_FOUR_BUSINESS_HOURS,
                new TargetRequest(Priority.P1, 60, null, "24/7"))));
        String watch = watchOf(started, ClockKind.RESPONSE);
        assertThat(timer(watch, "TimerEscalation").getDuedate()).isEqualTo(Date.from(london("2026-11-17T16:00")));

        at("2026-11-17T10:20");
        triage(started, Priority.P1);
        // 60 minutes around the clock from the report: due 11:00, escalated at 150% after 90 minutes
        assertThat(timer(watch, "TimerEscalation").getDuedate()).isEqualTo(Date.from(london("2026-11-17T11:30")));

        at("2026-11-17T11:30");
        assertThat(runDueTimers(started, watch)).isEqualTo(3);
        assertThat(instance(watch)).hasPassed("Warn", "RecordBreach", "Escalate");
        assertThat(subject(onlyEscalationMail())).endsWith("response 30 minutes past due, unanswered");
        assertThat(investigation(watch).getPriority()).isEqualTo(80);
    }

    @Test
    void aLevelAddedToThePolicyReachesAnOpenRequestOnlyWhenReapplied() throws MessagingException {
        at("2026-11-17T10:00");
        PolicyDetails withoutLevel = policies.create(new PolicyRequest("Climbing " + System.nanoTime(),
                List.of(P3_FOUR_BUSINESS_HOURS), null, null, null, null));
        Started started = report(customerOn(withoutLevel.id()));
        String watch = watchOf(started, ClockKind.RESPONSE);
        assertThat(timer(watch, "TimerEscalation").getDuedate()).isEqualTo(WHILE_PAUSED);

        at("2026-11-17T11:00");
        policies.update(withoutLevel.id(), new PolicyRequest(withoutLevel.name(), List.of(P3_FOUR_BUSINESS_HOURS), null,
                null, 150, HEAD_OF_SUPPORT));
        assertThat(timer(watch, "TimerEscalation").getDuedate()).as("a change waits for re-apply").isEqualTo(WHILE_PAUSED);

        policies.reapply(withoutLevel.id());
        assertThat(timer(watch, "TimerEscalation").getDuedate()).isEqualTo(Date.from(london("2026-11-17T16:00")));
        at("2026-11-17T16:00");
        assertThat(runDueTimers(started, watch)).isEqualTo(3);
        assertThat(recipients(onlyEscalationMail())).containsExactly(HEAD_OF_SUPPORT);
    }

    @Test
    void anEscalationDueBeforeTheBreachIsRecordedOpensTheInvestigationAtHighPriority() {
        at("2026-11-17T10:00");
        Started started = report(customerOn(escalatingPolicy(P3_FOUR_BUSINESS_HOURS)));
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
        long customer = customerOn(escalatingPolicy(P3_FOUR_BUSINESS_HOURS));
        Started breached = report(customer);
        String watch = watchOf(breached, ClockKind.RESPONSE);
        at("2026-11-17T11:00");
        Started other = report(customer);
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

    /** A policy with these targets that escalates an unanswered breach to the head of support at 150%. */
    private long escalatingPolicy(TargetRequest... targets) {
        return policies.create(new PolicyRequest("Escalating " + System.nanoTime(), List.of(targets), null, null, 150,
                HEAD_OF_SUPPORT)).id();
    }

    /** A customer on a plan whose own contract terms name this policy. */
    private long customerOn(long policyId) {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        terms.put(customer, new TermsRequest(policyId, null));
        return customer;
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
        // the process assertions read an ended instance from history by its id
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
}

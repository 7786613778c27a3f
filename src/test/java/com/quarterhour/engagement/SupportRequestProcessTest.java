package com.quarterhour.engagement;

import static com.quarterhour.support.process.ProcessAssertions.assertThat;
import static com.quarterhour.support.process.ProcessAssertions.execute;
import static com.quarterhour.support.process.ProcessAssertions.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.calendar.BusinessCalendars;
import com.quarterhour.calendar.CalendarDetails;
import com.quarterhour.calendar.CalendarRequest;
import com.quarterhour.calendar.OpeningInterval;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EngagementService.Decision;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.ContractTerms;
import com.quarterhour.sla.TermsRequest;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import com.quarterhour.support.process.ProcessAssertions;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/support-request.bpmn, through the API's door and through Tasklist's (task completion). */
@QuarterhourTest
class SupportRequestProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired ProcessEngine engine;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired BusinessCalendars calendars;
    @Autowired ContractTerms terms;

    /** A Tuesday at 10:00 in London: working time, so no request is off-hours unless a test says so. */
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-11-17T10:00:00Z");

    @BeforeEach
    void init() {
        ProcessAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(TUESDAY_MORNING));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void reportedIssueIsTriagedWorkedInPassesAndCompleted() {
        long customer = customerOn("BPS-20");
        Started started = report(customer, Channel.REPORT, Impact.SEVERELY_IMPAIRED, null);
        ProcessInstance instance = instance(started);

        assertThat(instance).isWaitingAt("Triage").hasPassed("CheckEntitlement", "SuggestPriority", "RecordSuggestedPriority");
        assertThat(task(instance)).hasCandidateGroup("coordinators");
        EngagementDetails reported = engagements.get(started.id());
        assertThat(reported.status()).isEqualTo(EngagementStatus.REPORTED);
        assertThat(reported.planCode()).isEqualTo("BPS-20");
        assertThat(reported.priority()).as("the suggestion applies until triage").isEqualTo(Priority.P2);
        assertThat(reported.offHours()).isFalse();

        engagements.triage(started.id(), new Triage(Priority.P3, true, "technician", null, null), "coordinator");
        assertThat(instance).isWaitingAt("Work").hasPassed("ApplyTriage");
        assertThat(task(instance)).isAssignedTo("technician");
        assertThat(engagements.get(started.id()).priority()).isEqualTo(Priority.P3);

        engagements.captureTime(started.id(), new NewTimeEntry(today(), 45, "Checked the logs", null, null), "technician");
        assertThat(instance).isWaitingAt("Work");
        EngagementDetails working = engagements.get(started.id());
        assertThat(working.firstRespondedAt()).as("the first pass is the first response").isNotNull();
        assertThat(working.status()).isEqualTo(EngagementStatus.IN_PROGRESS);

        engagements.resolve(started.id(), new Resolution(RootCause.CUSTOMER, "Cable unplugged", today(), 15,
                "Walked the customer through it", false, null), "technician");
        assertThat(instance).isWaitingAt("AwaitReply")
                .hasPassed("GatewayBug", "JoinBug", "GatewayWaiver", "JoinWaiver", "CompleteEngagement")
                .hasNotPassed("ApproveBugCredit", "ApproveWaiver");
        closeReopenWindow(instance);
        assertThat(instance).isEnded().hasPassed("ReopenWindowClosed", "EndCompleted");
        EngagementDetails done = engagements.get(started.id());
        assertThat(done.status()).isEqualTo(EngagementStatus.COMPLETED);
        assertThat(done.timeEntries()).extracting(EngagementDetails.TimeEntryView::minutes).containsExactly(45, 15);
        assertThat(done.rootCause()).isEqualTo(RootCause.CUSTOMER);
        assertThat(done.adjustments()).isEmpty();
    }

    @Test
    void ourBugAndAWaiverNeedManagerApprovalBeforeCompletion() {
        long customer = customerOn("PER-INCIDENT");
        Started started = triaged(customer);
        engagements.captureTime(started.id(), new NewTimeEntry(today(), 90, "Reproduced the crash", null, null), "technician");
        engagements.resolve(started.id(), new Resolution(RootCause.BUG, "Our release broke the export", null, null,
                null, true, "The incident was caused by our release"), "technician");
        ProcessInstance instance = instance(started);

        assertThat(instance).isWaitingAt("ApproveBugCredit");
        assertThat(task(instance)).hasCandidateGroup("managers");
        assertThat(instance).variables().containsEntry("creditMinutes", 90);
        EngagementDetails resolved = engagements.get(started.id());
        assertThat(resolved.status()).isEqualTo(EngagementStatus.RESOLVED);
        long bugCredit = adjustment(resolved, AdjustmentType.BUG_CREDIT).id();
        long waiver = adjustment(resolved, AdjustmentType.WAIVER).id();

        engagements.decide(bugCredit, new Decision(true, "Confirmed regression"), "manager");
        assertThat(instance).isWaitingAt("ApproveWaiver").hasPassed("RecordBugCreditDecision");
        engagements.decide(waiver, new Decision(false, "Credit is enough"), "manager");

        assertThat(instance).isWaitingAt("AwaitReply").hasPassed("RecordWaiverDecision", "CompleteEngagement");
        EngagementDetails done = engagements.get(started.id());
        assertThat(done.status()).isEqualTo(EngagementStatus.COMPLETED);
        assertThat(adjustment(done, AdjustmentType.BUG_CREDIT).status()).isEqualTo(AdjustmentStatus.APPROVED);
        assertThat(adjustment(done, AdjustmentType.BUG_CREDIT).decidedBy()).isEqualTo("manager");
        assertThat(adjustment(done, AdjustmentType.WAIVER).status()).isEqualTo(AdjustmentStatus.REJECTED);
        assertThatThrownBy(() -> engagements.decide(waiver, new Decision(true, "again"), "manager"))
                .isInstanceOf(DomainException.class).hasMessageContaining("already REJECTED");
    }

    @Test
    void anApprovalDecidesItsOwnEngagementsAdjustmentWhateverItsVariablesSay() {
        Started other = triaged(customerOn("PER-INCIDENT"));
        engagements.resolve(other.id(), new Resolution(RootCause.BUG, "Our bug too", today(), 30, "Fixed", true,
                "Our release"), "technician");
        long otherCredit = adjustment(engagements.get(other.id()), AdjustmentType.BUG_CREDIT).id();
        Started started = triaged(customerOn("PER-INCIDENT"));
        engagements.resolve(started.id(), new Resolution(RootCause.BUG, "Our bug", today(), 60, "Fixed", false, null),
                "technician");
        ProcessInstance instance = instance(started);
        String approval = task(instance).getId();

        tasks.setVariables(approval, Map.of("bugCreditId", otherCredit, "waiverId", otherCredit, "type", "WAIVER",
                "adjustmentId", otherCredit));
        tasks.complete(approval, Map.of("bugCreditDecision", "APPROVE", "bugCreditComment", "Confirmed"));

        assertThat(instance).isWaitingAt("AwaitReply").hasNotPassed("ApproveWaiver");
        assertThat(adjustment(engagements.get(started.id()), AdjustmentType.BUG_CREDIT).status()).isEqualTo(AdjustmentStatus.APPROVED);
        assertThat(engagements.get(other.id()).adjustments()).extracting(EngagementDetails.AdjustmentView::status)
                .containsOnly(AdjustmentStatus.PENDING);
        assertThat(instance(other)).isWaitingAt("ApproveBugCredit");
    }

    @Test
    void theWorkStaysWithItsTechnicianWhateverTheTaskVariablesSay() {
        Started started = triaged(customerOn("BPS-20"));
        ProcessInstance instance = instance(started);
        String work = task(instance).getId();
        tasks.setVariables(work, Map.of("technician", "coordinator", "engagementId", 424242L));

        tasks.complete(work, Map.of("workDate", today().toString(), "minutes", 20, "note", "Looked at it",
                "outcome", "CONTINUE"));

        assertThat(instance).isWaitingAt("Work");
        assertThat(task(instance)).isAssignedTo("technician");
        assertThat(engagements.get(started.id()).timeEntries()).extracting(EngagementDetails.TimeEntryView::minutes)
                .containsExactly(20);
    }

    @Test
    void aWaiverWithoutABugGoesStraightToItsApproval() {
        long customer = customerOn("PER-INCIDENT");
        Started started = triaged(customer);
        engagements.resolve(started.id(), new Resolution(RootCause.OTHER, "Outage at our provider", today(), 30,
                "Waited for the provider", true, "Outage on our side"), "technician");
        ProcessInstance instance = instance(started);

        assertThat(instance).isWaitingAt("ApproveWaiver").hasNotPassed("ApproveBugCredit");
        long waiver = adjustment(engagements.get(started.id()), AdjustmentType.WAIVER).id();
        engagements.decide(waiver, new Decision(true, "Provider outage"), "manager");
        assertThat(instance).isWaitingAt("AwaitReply").hasPassed("CompleteEngagement");
        assertThat(adjustment(engagements.get(started.id()), AdjustmentType.WAIVER).status()).isEqualTo(AdjustmentStatus.APPROVED);
    }

    @Test
    void aBookedAppointmentWaitsUntilItStarts() {
        long customer = customerOn("PER-USE");
        Instant start = ClockUtil.now().toInstant().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        Started started = report(customer, Channel.APPOINTMENT, Impact.FULLY_USABLE, start);
        ProcessInstance instance = instance(started);

        assertThat(instance).isWaitingAt("WaitForAppointment");
        assertThat(job(instance)).hasDueDate(Date.from(start));
        assertThat(engagements.get(started.id()).status()).isEqualTo(EngagementStatus.SCHEDULED);

        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(1)));
        execute(job(instance));

        assertThat(instance).isWaitingAt("Triage").hasPassed("OpenAppointment");
        EngagementDetails opened = engagements.get(started.id());
        assertThat(opened.status()).isEqualTo(EngagementStatus.REPORTED);
        assertThat(opened.offHours()).as("a Thursday at 10:00").isFalse();
        assertThat(opened.suggestedPriority()).isEqualTo(Priority.P4);
    }

    @Test
    void aCallTakenInTasklistIsRegisteredByTheStartForm() {
        long customer = customerWithoutPlan();
        // as Tasklist submits the report-request start form: numbers as Integer, choices as strings
        ProcessInstance instance = runtime.startProcessInstanceByKey("support-request", Map.of(
                "customerId", (int) customer, "title", "Boss called about e-mail", "description", "",
                "channel", "PHONE_DIRECT", "impact", "FULLY_USABLE", "travel", false));

        assertThat(instance).isWaitingAt("Triage").hasPassed("RegisterEngagement").hasNotPassed("WaitForAppointment");
        long id = (Long) runtime.getVariable(instance.getId(), "engagementId");
        EngagementDetails registered = engagements.get(id);
        assertThat(registered.suggestedPriority()).as("straight to a manager by phone: at least P3").isEqualTo(Priority.P3);
        assertThat(registered.planCode()).isEqualTo("STANDARD");
        assertThat(runtime.getVariable(instance.getId(), "hasPlan")).isEqualTo(false);

        // the coordinator adds a plan to the customer who had none
        tasks.complete(task(instance).getId(), Map.of("priority", "P3", "billable", true, "technician", "technician",
                "addPlanCode", "PAYG"));
        assertThat(instance).isWaitingAt("Work");
        assertThat(customers.get(customer).activePlanCode()).contains("PAYG");
        assertThat(engagements.get(id).planCode()).isEqualTo("PAYG");
    }

    @Test
    void anAppointmentEnteredInTasklistAlsoWaitsForItsStart() {
        long customer = customerOn("BPS-40");
        String start = ClockUtil.now().toInstant().plus(1, ChronoUnit.DAYS).atZone(LONDON).toOffsetDateTime()
                .truncatedTo(ChronoUnit.MINUTES).toString();
        ProcessInstance instance = runtime.startProcessInstanceByKey("support-request", Map.of(
                "customerId", (int) customer, "title", "Quarterly review", "channel", "APPOINTMENT",
                "impact", "FULLY_USABLE", "appointmentStart", start));

        assertThat(instance).isWaitingAt("WaitForAppointment").hasPassed("RegisterEngagement", "GatewayAppointment");
    }

    @Test
    void tasklistCompletionIsValidatedLikeTheApiAndWritesNothingWhenRejected() {
        long customer = customerOn("BPS-20");
        Started started = triaged(customer);
        ProcessInstance instance = instance(started);
        String work = task(instance).getId();

        assertThatThrownBy(() -> tasks.complete(work, Map.of("workDate", today().toString(), "minutes", 0,
                "note", "Looked at it", "outcome", "CONTINUE")))
                .isInstanceOf(DomainException.class).hasMessageContaining("minutes must be positive");
        // the form opens on today's date: a technician who clears it sends none
        assertThatThrownBy(() -> tasks.complete(work, Variables.putValue("workDate", null).putValue("outcome", "CONTINUE")))
                .isInstanceOf(DomainException.class).hasMessageContaining("workDate is required");
        assertThatThrownBy(() -> tasks.complete(work, Map.of("workDate", today().plusDays(1).toString(), "minutes", 15,
                "note", "Tomorrow's work", "outcome", "CONTINUE")))
                .isInstanceOf(DomainException.class).hasMessageContaining("in the future");
        assertThatThrownBy(() -> tasks.complete(work, Map.of("workDate", today().toString(), "minutes", 15,
                "note", "Fixed", "outcome", "RESOLVE", "resolutionNote", "Fixed")))
                .isInstanceOf(DomainException.class).hasMessageContaining("rootCause is required");

        assertThat(instance).isWaitingAt("Work");
        assertThat(engagements.get(started.id()).timeEntries()).isEmpty();
        assertThat(engagements.get(started.id()).status()).isEqualTo(EngagementStatus.IN_PROGRESS);
    }

    @Test
    void aReportArrivingOutsideWorkingHoursIsNotUrgentByItself() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-22T21:30:00Z"))); // Sunday night in London
        long customer = customerOn("PER-USE");
        Started newMailbox = report(customer, Channel.REPORT, Impact.FULLY_USABLE, null);
        Started slowPrinter = report(customer, Channel.REPORT, Impact.PARTIALLY_IMPAIRED, null);

        assertThat(engagements.get(newMailbox.id()).offHours()).isTrue();
        assertThat(engagements.get(newMailbox.id()).suggestedPriority()).isEqualTo(Priority.P4);
        assertThat(engagements.get(slowPrinter.id()).suggestedPriority()).isEqualTo(Priority.P3);
    }

    @Test
    void aSeverelyImpairedServiceReportedOutsideWorkingHoursIsSuggestedUrgent() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-21T20:30:00Z"))); // Saturday evening in London
        Started started = report(customerOn("BPS-20"), Channel.REPORT, Impact.SEVERELY_IMPAIRED, null);

        EngagementDetails reported = engagements.get(started.id());
        assertThat(reported.offHours()).isTrue();
        assertThat(reported.suggestedPriority()).isEqualTo(Priority.P1);
    }

    @Test
    void anAppointmentBookedOutsideWorkingHoursAsksForUrgentWork() {
        Instant saturdayMorning = Instant.parse("2026-11-21T10:00:00Z");
        Started started = report(customerOn("PER-USE"), Channel.APPOINTMENT, Impact.FULLY_USABLE, saturdayMorning);
        assertThat(engagements.get(started.id()).offHours()).as("booked on a Tuesday morning, for a Saturday").isTrue();
        assertThat(instance(started)).isWaitingAt("WaitForAppointment");

        ClockUtil.setCurrentTime(Date.from(saturdayMorning.plusSeconds(1)));
        execute(job(instance(started)));

        assertThat(instance(started)).isWaitingAt("Triage");
        assertThat(engagements.get(started.id()).suggestedPriority()).isEqualTo(Priority.P1);
    }

    @Test
    void outsideWorkingTimeMeansOutsideTheCustomersOwnCalendarWhenItsContractNamesOne() {
        long customer = customerOn("PER-USE");
        CalendarDetails sixDays = calendars.create(new CalendarRequest("Six days " + System.nanoTime(), "Europe/London",
                Map.of(DayOfWeek.FRIDAY, List.of(new OpeningInterval("09:00", "17:00")),
                        DayOfWeek.SATURDAY, List.of(new OpeningInterval("09:00", "13:00"))), false, null, null));
        terms.put(customer, new TermsRequest(null, sixDays.id()));
        Instant saturdayMorning = Instant.parse("2026-11-21T10:00:00Z");

        Started started = report(customer, Channel.APPOINTMENT, Impact.FULLY_USABLE, saturdayMorning);

        assertThat(engagements.get(started.id()).offHours()).as("the contract calendar is open on Saturday mornings").isFalse();
        ClockUtil.setCurrentTime(Date.from(saturdayMorning.plusSeconds(1)));
        assertThat(instance(started)).isWaitingAt("WaitForAppointment");
        execute(job(instance(started)));
        assertThat(engagements.get(started.id()).suggestedPriority()).isEqualTo(Priority.P4);
    }

    @Test
    void onlyTechniciansCanBeAssignedAtTriage() {
        long customer = customerOn("BPS-20");
        Started started = report(customer, Channel.REPORT, Impact.PARTIALLY_IMPAIRED, null);

        assertThatThrownBy(() -> engagements.triage(started.id(), new Triage(Priority.P3, true, "manager", null, null), "coordinator"))
                .isInstanceOf(DomainException.class).hasMessageContaining("not a technician");
        assertThat(instance(started)).isWaitingAt("Triage");
        assertThat(engagements.get(started.id()).status()).isEqualTo(EngagementStatus.REPORTED);
    }

    @Test
    void whatTheApiHandsToAServiceTaskLeavesNoProcessVariablesBehind() {
        Started started = report(customerOn("BPS-20"), Channel.REPORT, Impact.PARTIALLY_IMPAIRED, null);
        ProcessInstance instance = instance(started);
        engagements.triage(started.id(), new Triage(Priority.P2, true, "technician", null, null), "coordinator");
        engagements.captureTime(started.id(), new NewTimeEntry(today(), 30, "Asked for the logs", null, true), "technician");
        assertThat(instance).isWaitingAt("WaitForCustomer");
        engagements.resume(started.id(), new EngagementService.CustomerReply("Logs attached"), "technician");

        assertThat(runtime.getVariables(instance.getId()))
                .as("the forms' display values stay, the triaged priority among them (the Work form shows it)")
                .containsEntry("priority", "P2").containsKeys("title", "customerName", "planCode", "billingIncrement")
                .doesNotContainKeys("billable", "technician", "addPlanCode", "paymentMethodOnFile", "outcome",
                        "customerReply", "resolved", "waiting", "customerId", "entitlementNote");
        assertThat(engagements.get(started.id()).technician()).isEqualTo("technician");

        engagements.resolve(started.id(), new Resolution(RootCause.OTHER, "Reset the profile", null, null, null, false,
                null), "technician");
        assertThat(instance).isWaitingAt("AwaitReply");
        assertThat(engagements.get(started.id()).resolutionNote()).isEqualTo("Reset the profile");
    }

    @Test
    void aValueTheInstanceAlreadyHoldsIsUpdatedInPlaceAndStillApplied() {
        Started started = report(customerOn("BPS-20"), Channel.REPORT, Impact.PARTIALLY_IMPAIRED, null);
        ProcessInstance instance = instance(started);
        // as an instance started before values were handed over, or a Tasklist user writing the task's variables
        runtime.setVariable(instance.getId(), "technician", "someone-else");
        runtime.setVariable(instance.getId(), "billable", false);

        engagements.triage(started.id(), new Triage(Priority.P3, true, "technician", null, null), "coordinator");

        assertThat(instance).isWaitingAt("Work");
        assertThat(task(instance)).isAssignedTo("technician");
        assertThat(engagements.get(started.id()).billable()).isTrue();
    }

    /** The customer did not reply within the reopen window (seven days by default): its timer closes the request. */
    private static void closeReopenWindow(ProcessInstance instance) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(7, ChronoUnit.DAYS).plusSeconds(60)));
        execute(job(instance));
    }

    private Started triaged(long customer) {
        Started started = report(customer, Channel.REPORT, Impact.PARTIALLY_IMPAIRED, null);
        engagements.triage(started.id(), new Triage(Priority.P3, true, "technician", null, null), "coordinator");
        return started;
    }

    private Started report(long customer, Channel channel, Impact impact, Instant appointmentStart) {
        return engagements.report(new NewEngagement(customer, "Request " + channel, "Details", channel, impact,
                appointmentStart, null, false), "coordinator");
    }

    private ProcessInstance instance(Started started) {
        return runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId()).singleResult();
    }

    private static org.operaton.bpm.engine.task.Task task(ProcessInstance instance) {
        return ProcessAssertions.task(instance);
    }

    private static EngagementDetails.AdjustmentView adjustment(EngagementDetails details, AdjustmentType type) {
        return details.adjustments().stream().filter(a -> a.type() == type).findFirst().orElseThrow();
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

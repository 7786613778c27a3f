package com.quarterhour.billing;

import static com.quarterhour.support.process.ProcessAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.quarterhour.billing.internal.MonthEndBilling;
import com.quarterhour.billing.internal.ServiceCreditProcess;
import com.quarterhour.billing.internal.ServiceCreditProposal.Status;
import com.quarterhour.billing.internal.ServiceCreditProposal;
import com.quarterhour.billing.internal.ServiceCreditProposalRepository;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.Impact;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.BreachView;
import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.ContractTerms;
import com.quarterhour.sla.PolicyRequest;
import com.quarterhour.sla.ServiceCreditPromised;
import com.quarterhour.sla.SlaAlertRaised;
import com.quarterhour.sla.SlaPolicies;
import com.quarterhour.sla.TargetRequest;
import com.quarterhour.sla.TermsRequest;
import com.quarterhour.support.EventPublications;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import com.quarterhour.support.TestMailServer;
import com.quarterhour.support.process.ProcessAssertions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
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
 * SLA breach → service credit through service-credit.bpmn and month-end billing: a breach whose policy promises a
 * credit opens "Approve service credit" once; an approved credit lands on the next invoice, capped for the month; a
 * rejected one on none. The customers breach in May 2012, a month no other test bills, and their subscriptions end
 * with June so that no other test's run sees them. Time moves with the engine clock.
 */
@QuarterhourTest
class ServiceCreditProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Breaches mail their alerts: a server that takes them, so that no publication is left incomplete. */
    @RegisterExtension
    static final GreenMailExtension MAIL = TestMailServer.extension();

    @Autowired ProcessEngine engine;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired EventPublicationRegistry publications;
    @Autowired SlaPolicies policies;
    @Autowired ContractTerms terms;
    @Autowired ServiceCredits credits;
    @Autowired ServiceCreditProposalRepository proposals;
    @Autowired MonthEndBilling billing;
    @Autowired InvoiceService invoices;

    @BeforeEach
    void init() {
        ProcessAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void bps20WithThreeApprovedP1BreachesIsCredited55Then55ThenNothingAtThe10PercentCapOnceAndARejectedOneNotAtAll() {
        at("2012-05-01T09:00");
        long customer = customerOn("BPS-20", creditingPolicy("5", "10"));
        List<Long> breaches = List.of(breach(customer, "2012-05-08T10:00"), breach(customer, "2012-05-09T10:00"),
                breach(customer, "2012-05-10T10:00"), breach(customer, "2012-05-11T10:00"));

        at("2012-05-14T09:00");
        decide(breaches.get(0), "APPROVE", "Mail down for two hours");
        decide(breaches.get(1), "REJECT", "The customer's own firewall");
        decide(breaches.get(2), "APPROVE", "Missed");
        decide(breaches.get(3), "APPROVE", "Missed again");
        assertThat(instance(breaches.get(0))).hasPassed("StartProposed", "ApproveServiceCredit", "GatewayApproved",
                "RecordServiceCredit", "EndApproved").isEnded();
        assertThat(instance(breaches.get(1))).hasPassed("RecordRejection", "EndRejected").hasNotPassed("RecordServiceCredit")
                .isEnded();
        assertThat(proposal(breaches.get(0)).getDecidedBy()).isEqualTo("manager");
        assertThat(proposal(breaches.get(1)).getStatus()).isEqualTo(Status.REJECTED);
        assertThat(proposal(breaches.get(1)).getDecisionComment()).isEqualTo("The customer's own firewall");

        at("2012-06-01T02:00");
        InvoiceView may = bill("2012-05", customer);
        List<InvoiceView.Line> credited = may.lines().stream().filter(l -> l.kind().equals("SERVICE_CREDIT")).toList();
        assertThat(credited).extracting(InvoiceView.Line::amount)
                .containsExactly(money("-55.00"), money("-55.00"), money("0.00"));
        String first = "Service credit, ENG-" + engagementOf(breaches.get(0)) + " Mail server down: P1 response target "
                + "missed on 8 May 2012: 5% of the monthly fee £1,100.00 = £55.00";
        assertThat(credited.get(0).description()).isEqualTo(first);
        assertThat(credited.get(1).description()).contains("ENG-" + engagementOf(breaches.get(2)) + " ");
        assertThat(credited.get(2).description()).contains("ENG-" + engagementOf(breaches.get(3)) + " ")
                .endsWith("; the month's cap of 10% of the monthly fee (£110.00) is reached: nothing more credited");
        assertThat(may.subtotal()).isEqualTo(money("990.00")); // 1,100 - 55 - 55
        assertThat(may.tax()).isEqualTo(money("198.00"));
        assertThat(may.total()).isEqualTo(money("1188.00"));
        assertThat(proposal(breaches.get(0)).getInvoiceId()).isEqualTo(may.id());
        assertThat(proposal(breaches.get(3)).getInvoiceId()).isEqualTo(may.id());
        assertThat(proposal(breaches.get(1)).getInvoiceId()).isNull();

        // a re-run of May bills nobody twice, and June's invoice credits nothing again
        long rerun = billing.open(YearMonth.of(2012, 5), "test").getId();
        assertThat(billing.draft(rerun, customer).invoiceId()).isNull();
        billing.close(rerun);
        at("2012-07-01T02:00");
        InvoiceView june = bill("2012-06", customer);
        assertThat(june.lines()).extracting(InvoiceView.Line::kind).containsExactly("FEE");
        assertThat(june.total()).isEqualTo(money("1320.00"));
    }

    @Test
    void aCreditOnADraftRejectedInReviewGoesBackAndTheNextDraftDeductsIt() {
        at("2012-05-01T09:00");
        long customer = customerOn("BPS-100", creditingPolicy("5", "10"));
        long breach = breach(customer, "2012-05-08T10:00");
        decide(breach, "APPROVE", "Missed");

        // BPS-100: £4,000 - £200 = £3,800, VAT £760, total £4,560: above the £4,000 review threshold
        at("2012-06-01T02:00");
        long run = billing.open(YearMonth.of(2012, 5), "test").getId();
        MonthEndBilling.Draft draft = billing.draft(run, customer);
        assertThat(draft.reviewNeeded()).isTrue();
        assertThat(proposal(breach).getInvoiceId()).isEqualTo(draft.invoiceId());
        billing.review(run, draft.invoiceId(), false, "Wrong VAT rate on file", "manager");
        billing.close(run);
        assertThat(proposal(breach).getInvoiceId()).isNull();

        long again = billing.open(YearMonth.of(2012, 5), "test").getId();
        MonthEndBilling.Draft redrafted = billing.draft(again, customer);
        assertThat(invoices.get(redrafted.invoiceId()).lines()).filteredOn(l -> l.kind().equals("SERVICE_CREDIT"))
                .extracting(InvoiceView.Line::amount).containsExactly(money("-200.00"));
        assertThat(proposal(breach).getInvoiceId()).isEqualTo(redrafted.invoiceId());
    }

    @Test
    void theFormDecidesOnlyTheCreditItsInstanceWasStartedForWhateverTheTaskVariablesSay() {
        at("2012-05-01T09:00");
        long policy = creditingPolicy("5", "10");
        long customer = customerOn("BPS-20", policy);
        long other = customerOn("BPS-20", policy);
        long breach = breach(customer, "2012-05-08T10:00");
        long otherBreach = breach(other, "2012-05-08T11:00");
        Task task = approvalTask(breach);
        assertThat(tasks.getVariables(task.getId())).containsEntry("priority", "P1")
                .containsEntry("request", "ENG-" + engagementOf(breach) + " Mail server down")
                .containsEntry("proposedCredit", "5% of the monthly fee £1,100.00 = £55.00 on the next invoice; the "
                        + "month's service credits stop at 10% (£110.00)");

        Map<String, Object> redirect = new HashMap<>();
        redirect.put("breachId", otherBreach);
        redirect.put("customerId", other);
        redirect.put("proposalId", proposal(otherBreach).getId());
        redirect.put("engagementId", engagementOf(otherBreach));
        tasks.setVariables(task.getId(), redirect);
        redirect.put(ServiceCreditProcess.DECISION, "APPROVE");
        redirect.put(ServiceCreditProcess.COMMENT, "Approved");
        complete(task, redirect);

        assertThat(proposal(breach).getStatus()).isEqualTo(Status.APPROVED);
        assertThat(proposal(otherBreach).getStatus()).isEqualTo(Status.PROPOSED);
        assertThat(approvalTask(otherBreach)).isNotNull();
    }

    @Test
    void aDecisionOtherThanApproveOrRejectOrWithoutACommentIsRefusedAndTheTaskStaysOpen() {
        at("2012-05-01T09:00");
        long breach = breach(customerOn("BPS-20", creditingPolicy("5", "10")), "2012-05-08T10:00");
        Task task = approvalTask(breach);

        assertThatThrownBy(() -> complete(task, Map.of(ServiceCreditProcess.DECISION, "MAYBE",
                ServiceCreditProcess.COMMENT, "Hm")))
                .isInstanceOf(DomainException.class).hasMessage("serviceCreditDecision must be APPROVE or REJECT");
        assertThatThrownBy(() -> complete(task, Map.of(ServiceCreditProcess.DECISION, " APPROVE ",
                ServiceCreditProcess.COMMENT, "Yes")))
                .isInstanceOf(DomainException.class).hasMessage("serviceCreditDecision must be exactly APPROVE or REJECT");
        assertThatThrownBy(() -> complete(task, Map.of(ServiceCreditProcess.DECISION, "REJECT",
                ServiceCreditProcess.COMMENT, "  ")))
                .isInstanceOf(DomainException.class).hasMessageContaining("serviceCreditComment is required");

        assertThat(approvalTask(breach).getId()).isEqualTo(task.getId());
        assertThat(proposal(breach).getStatus()).isEqualTo(Status.PROPOSED);
    }

    @Test
    void aBreachIsProposedOnceHoweverOftenItsEventIsDelivered() {
        at("2012-05-01T09:00");
        long customer = customerOn("BPS-20", creditingPolicy("5", "10"));
        long breach = breach(customer, "2012-05-08T10:00");

        ServiceCreditPromised again = new ServiceCreditPromised(breach, engagementOf(breach), customer,
                "Mail server down", ClockKind.RESPONSE, Priority.P1, Instant.now(), Instant.now(), new BigDecimal("5"),
                new BigDecimal("10"));
        assertThat(credits.propose(again)).isFalse();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ServiceCreditProcess.PROCESS_KEY)
                .processInstanceBusinessKey(ServiceCreditProcess.businessKey(proposal(breach).getId())).count())
                .isEqualTo(1);
    }

    @Test
    void aCustomerWithoutAMonthlyFeeGetsNoProposal() {
        at("2012-05-01T09:00");
        long customer = new TestCustomers(customers).withoutPlan();
        terms.put(customer, new TermsRequest(creditingPolicy("5", "10"), null));

        long breach = breach(customer, "2012-05-08T10:00");

        assertThat(proposals.findByBreachId(breach)).isEmpty();
    }

    @Test
    void aPolicyWithoutAPromiseForThePriorityProposesNothing() {
        at("2012-05-01T09:00");
        long policy = policies.create(new PolicyRequest("No credit " + System.nanoTime(),
                List.of(new TargetRequest(Priority.P1, 60, null, "24/7")), null, null, null, null)).id();
        long breach = breach(customerOn("BPS-20", policy), "2012-05-08T10:00");

        assertThat(proposals.findByBreachId(breach)).isEmpty();
    }

    // --- helpers

    /** P1: a response within 60 minutes around the clock, crediting {@code percent} per breach up to {@code cap}. */
    private long creditingPolicy(String percent, String cap) {
        return policies.create(new PolicyRequest("Crediting " + System.nanoTime(),
                List.of(new TargetRequest(Priority.P1, 60, null, "24/7", new BigDecimal(percent))), null, null, null,
                null, new BigDecimal(cap))).id();
    }

    /** On the plan from May 2012 to the end of June 2012, its contract naming the policy. */
    private long customerOn(String plan, long policyId) {
        long customer = new TestCustomers(customers).onPlan(plan, LocalDate.of(2012, 5, 1));
        customers.cancel(customer, customers.subscriptions(customer).get(0).id(), LocalDate.of(2012, 6, 30));
        terms.put(customer, new TermsRequest(policyId, null));
        return customer;
    }

    /** A P1 request reported at {@code londonTime} whose response target (60 min) is missed; answers the breach id. */
    private long breach(long customer, String londonTime) {
        at(londonTime);
        Started started = engagements.report(new NewEngagement(customer, "Mail server down", "Nobody gets mail",
                Channel.REPORT, Impact.PARTIALLY_IMPAIRED, null, null, false), "coordinator");
        engagements.triage(started.id(), new Triage(Priority.P1, true, "technician", null, null), "coordinator");
        at(LocalDateTime.parse(londonTime).plusMinutes(61).toString());
        management.createJobQuery().timers().active().executable().list().stream()
                .filter(job -> started.id() == engagementIdOf(job))
                .sorted(Comparator.comparing(Job::getDuedate)).forEach(job -> management.executeJob(job.getId()));
        // the proposal, and the warning and breach mails, all sent before the test's mail server stops
        new EventPublications(publications).awaitCompleted(event -> event instanceof ServiceCreditPromised promised
                && promised.engagementId() == started.id()
                || event instanceof SlaAlertRaised alert && alert.engagementId() == started.id());
        List<BreachView> recorded = engagements.get(started.id()).breaches();
        assertThat(recorded).hasSize(1);
        return recorded.get(0).id();
    }

    private long engagementIdOf(Job job) {
        Object id = runtime.getVariable(job.getExecutionId(), "engagementId");
        return id instanceof Number n ? n.longValue() : -1;
    }

    private long engagementOf(long breachId) {
        return proposal(breachId).getEngagementId();
    }

    private ServiceCreditProposal proposal(long breachId) {
        return proposals.findByBreachId(breachId).orElseThrow();
    }

    private Task approvalTask(long breachId) {
        Task task = tasks.createTaskQuery().processDefinitionKey(ServiceCreditProcess.PROCESS_KEY)
                .processInstanceBusinessKey(ServiceCreditProcess.businessKey(proposal(breachId).getId())).singleResult();
        assertThat(task).isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(ServiceCreditProcess.TASK_APPROVE);
        assertThat(task.getName()).as("Tasklist names the request the credit is for")
                .startsWith("Approve service credit: ENG-" + proposal(breachId).getEngagementId() + " Mail server down \u2014 ");
        return task;
    }

    private void decide(long breachId, String decision, String comment) {
        complete(approvalTask(breachId), Map.of(ServiceCreditProcess.DECISION, decision, ServiceCreditProcess.COMMENT,
                comment));
    }

    /** As the manager would in Tasklist: the engine knows who completes the task. */
    private void complete(Task task, Map<String, Object> variables) {
        engine.getIdentityService().setAuthentication("manager", List.of("managers"));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private ProcessInstance instance(long breachId) {
        String id = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ServiceCreditProcess.PROCESS_KEY)
                .processInstanceBusinessKey(ServiceCreditProcess.businessKey(proposal(breachId).getId()))
                .singleResult().getId();
        ExecutionEntity ended = new ExecutionEntity();
        ended.setId(id);
        ended.setProcessInstanceId(id);
        return ended;
    }

    /** A run of the period for this customer alone: drafted and issued. */
    private InvoiceView bill(String period, long customer) {
        long run = billing.open(YearMonth.parse(period), "test").getId();
        MonthEndBilling.Draft draft = billing.draft(run, customer);
        assertThat(draft.invoiceId()).isNotNull();
        billing.issue(run, draft.invoiceId());
        billing.close(run);
        return invoices.get(draft.invoiceId());
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static void at(String londonTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(londonTime).atZone(LONDON).toInstant()));
    }
}

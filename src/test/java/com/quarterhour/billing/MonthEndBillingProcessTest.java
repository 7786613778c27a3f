package com.quarterhour.billing;

import static com.quarterhour.billing.BillingFixtures.LONDON;
import static com.quarterhour.billing.BillingFixtures.at;
import static com.quarterhour.support.process.ProcessAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.billing.BillingRunService.Started;
import com.quarterhour.billing.InvoiceService.InvoiceFilter;
import com.quarterhour.billing.InvoiceService.ReviewDecision;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.RootCause;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.process.ProcessAssertions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of processes/month-end-billing.bpmn: timer and API starts, review, rejection, re-runs and a crash. */
@QuarterhourTest
class MonthEndBillingProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired CustomerService customers;
    @Autowired EngagementService engagements;
    @Autowired BillingRunService runs;
    @Autowired InvoiceService invoices;
    @Autowired JdbcTemplate jdbc;

    BillingFixtures fixtures;

    @BeforeEach
    void init() {
        ProcessAssertions.init(engine);
        fixtures = new BillingFixtures(customers, engagements, management, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theTimerBillsLastMonthAtOneInTheMorningLondonTime() {
        Job timer = management.createJobQuery().processDefinitionKey(BillingFixtures.processKey()).timers().singleResult();
        ZonedDateTime due = timer.getDuedate().toInstant().atZone(LONDON);
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.getHour()).as("01:00 in London, whatever the server's zone").isEqualTo(1);
        assertThat(due.getMinute()).isZero();

        YearMonth april = YearMonth.of(2022, 4);
        at("2022-03-20T10:00:00Z");
        long customer = fixtures.gbpCustomer("Timer Ltd");
        fixtures.onPlanFor(customer, "BPS-20", april);
        fixtures.completed(customer, "Printer offline", "2022-04-12T09:00:00Z", 45, 45);

        at("2022-05-01T00:00:05Z"); // 01:00:05 BST on 1 May
        management.executeJob(timer.getId());

        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(BillingFixtures.processKey())
                .variableValueEquals("period", "2022-04").singleResult();
        assertThat(instance).hasPassed("StartScheduled", "OpenScheduledRun", "JoinStart").isWaitingAt("SelectCustomers");
        assertThat(fixtures.runJobs(instance.getId())).isEmpty();
        assertThat(instance).isEnded().hasPassed("DraftBatch", "CloseRun", "EndRun")
                .as("issued in bulk: nobody is left to bill one by one").hasNotPassed("DraftInvoice", "ReviewInvoice");

        Job next = management.createJobQuery().processDefinitionKey(BillingFixtures.processKey()).timers().singleResult();
        assertThat(next.getDuedate().toInstant()).as("1 June 01:00 BST").isEqualTo(Instant.parse("2022-06-01T00:00:00Z"));

        List<InvoiceView> billed = invoicesOf(customer, "2022-04");
        assertThat(billed).hasSize(1);
        InvoiceView invoice = billed.get(0);
        assertThat(invoice.number()).isEqualTo("INV-2022-000001");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.lines()).extracting(InvoiceView.Line::kind).containsExactly("FEE", "TIME", "TIME");
        assertThat(invoice.total()).isEqualByComparingTo("1320.00");
        BillingRunView run = runs.get(invoice.billingRunId());
        assertThat(run.startedBy()).isEqualTo("schedule");
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.counts().issued()).isEqualTo(1);
    }

    @Test
    void aRunStartedThroughTheApiSendsLargeInvoicesToReviewAndIssuesTheRest() {
        YearMonth june = YearMonth.of(2021, 6);
        at("2021-05-20T10:00:00Z");
        long large = fixtures.gbpCustomer("Large Ltd");
        fixtures.onPlanFor(large, "BPS-100", june);
        long small = fixtures.gbpCustomer("Small Ltd");
        fixtures.onPlanFor(small, "PER-INCIDENT", june);
        fixtures.completed(small, "Mail bounce", "2021-06-08T10:00:00Z", 150);
        long idle = fixtures.gbpCustomer("Idle Ltd");

        at("2021-07-02T08:00:00Z");
        Started started = runs.start("2021-06", "manager");
        ProcessInstance instance = instance(started);
        assertThat(instance).hasPassed("StartRequested", "JoinStart").isWaitingAt("SelectCustomers");
        assertThat(fixtures.runJobs(instance.getId())).isEmpty();

        assertThat(instance).hasPassed("DraftBatch", "DraftInvoice", "GatewayDrafted").isWaitingAt("ReviewInvoice");
        Task review = ProcessAssertions.task(instance);
        assertThat(review).hasCandidateGroup("managers");
        assertThat(tasks.getVariable(review.getId(), "invoiceTotal")).isEqualTo("£4,800.00");
        assertThat(review.getName()).as("Tasklist names the invoice and its customer")
                .isEqualTo("Review invoice: 2021-06, £4,800.00 \u2014 " + customers.get(large).name());

        BillingRunView waiting = runs.get(started.id());
        assertThat(waiting.status()).isEqualTo("RUNNING");
        assertThat(waiting.customers()).extracting(BillingRunView.CustomerOutcome::customerId).containsExactly(large, small)
                .doesNotContain(idle);
        assertThat(waiting.counts().inReview()).isEqualTo(1);
        assertThat(waiting.counts().issued()).isEqualTo(1);
        InvoiceView draft = invoicesOf(large, "2021-06").get(0);
        assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.number()).isNull();
        InvoiceView issued = invoicesOf(small, "2021-06").get(0);
        assertThat(issued.number()).isEqualTo("INV-2021-000001");
        assertThat(issued.total()).as("150 min: two incidents of £150 + 20 % VAT").isEqualByComparingTo("360.00");

        assertThatThrownBy(() -> invoices.review(draft.id(), new ReviewDecision(true, " "), "manager"))
                .isInstanceOf(DomainException.class).hasMessageContaining("comment is required");
        assertThat(instance).isWaitingAt("ReviewInvoice");

        InvoiceView approved = invoices.review(draft.id(), new ReviewDecision(true, "Matches the contract"), "manager");
        assertThat(approved.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(approved.number()).isEqualTo("INV-2021-000002");
        assertThat(approved.review().reviewedBy()).isEqualTo("manager");
        assertThat(instance).hasPassed("RecordReview", "GatewayApproved").isWaitingAt("CloseRun");
        assertThat(fixtures.runJobs(instance.getId())).isEmpty();
        assertThat(instance).isEnded();

        BillingRunView done = runs.get(started.id());
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.counts()).isEqualTo(new BillingRunView.Counts(2, 2, 0, 2, 0, 0, 0));
        assertThat(done.invoices()).extracting(BillingRunView.InvoiceSummary::number)
                .containsExactlyInAnyOrder("INV-2021-000001", "INV-2021-000002");
        assertThatThrownBy(() -> invoices.review(draft.id(), new ReviewDecision(true, "again"), "manager"))
                .isInstanceOf(DomainException.class).hasMessageContaining("waits for no review");
    }

    @Test
    void aRejectedDraftGetsNoNumberAndTheNextRunBillsThePeriodAgain() {
        YearMonth february = YearMonth.of(2023, 2);
        at("2023-01-20T10:00:00Z");
        long customer = fixtures.gbpCustomer("Rejected Ltd");
        fixtures.onPlanFor(customer, "BPS-100", february);
        fixtures.completed(customer, "Server rebuild", "2023-02-14T10:00:00Z", 120);

        at("2023-03-01T09:00:00Z");
        Started first = runs.start("2023-02", "manager");
        ProcessInstance firstRun = instance(first);
        fixtures.runJobs(first.processInstanceId());
        Task review = ProcessAssertions.task(firstRun);
        // the manager may write any variable of the task: what it is for stays what it was
        tasks.setVariables(review.getId(), java.util.Map.of("invoiceId", 424242L, "runId", 424242L, "customerId", 424242L));
        // as Tasklist submits the review-invoice form
        tasks.complete(review.getId(), java.util.Map.of("reviewDecision", "REJECT", "reviewComment", "Wrong hours"));
        assertThat(firstRun).hasPassed("EndRejected").hasNotPassed("IssueInvoice");
        fixtures.runJobs(first.processInstanceId());
        assertThat(firstRun).isEnded();

        InvoiceView rejected = invoicesOf(customer, "2023-02").get(0);
        assertThat(rejected.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(rejected.number()).isNull();
        assertThat(rejected.review().comment()).isEqualTo("Wrong hours");
        assertThat(runs.get(first.id()).counts().rejected()).isEqualTo(1);
        assertThat(fixtures.numbersOf(2023)).isEmpty();
        assertThat(fixtures.timesBilledPerEntry(customer)).containsOnly(0);

        Started second = runs.start("2023-02", "manager");
        fixtures.runJobs(second.processInstanceId());
        InvoiceView redrafted = invoicesOf(customer, "2023-02").stream()
                .filter(i -> i.status() == InvoiceStatus.DRAFT).findFirst().orElseThrow();
        invoices.review(redrafted.id(), new ReviewDecision(true, "Corrected"), "manager");
        fixtures.runJobs(second.processInstanceId());

        assertThat(fixtures.numbersOf(2023)).as("the rejected draft used no number").containsExactly(1);
        assertThat(fixtures.liveMonthlyInvoices(customer, february)).isEqualTo(1);
        assertThat(fixtures.timesBilledPerEntry(customer)).containsOnly(1);
    }

    @Test
    void aSecondRunOfThePeriodChangesNothing() {
        YearMonth march = YearMonth.of(2024, 3);
        at("2024-02-20T10:00:00Z");
        long fee = fixtures.gbpCustomer("Fee Ltd");
        fixtures.onPlanFor(fee, "BPS-40", march);
        fixtures.completed(fee, "Backup check", "2024-03-05T10:00:00Z", 60);
        long payg = fixtures.gbpCustomer("Payg Ltd");
        fixtures.onPlanFor(payg, "PAYG", march);
        fixtures.completed(payg, "New laptop", "2024-03-07T10:00:00Z", 30);

        at("2024-04-03T09:00:00Z");
        Started first = runs.start("2024-03", "manager");
        assertThat(fixtures.runJobs(first.processInstanceId())).isEmpty();
        List<InvoiceView> before = invoicesOf(null, "2024-03");
        String balancesBefore = jdbc.queryForList("select * from customer_balance order by customer_id").toString();

        Started second = runs.start("2024-03", "manager");
        ProcessInstance instance = instance(second);
        assertThat(fixtures.runJobs(second.processInstanceId())).isEmpty();
        assertThat(instance).isEnded().hasPassed("DraftBatch", "CloseRun")
                .hasNotPassed("DraftInvoice", "IssueInvoice", "ReviewInvoice");

        assertThat(invoicesOf(null, "2024-03")).isEqualTo(before);
        assertThat(jdbc.queryForList("select * from customer_balance order by customer_id").toString())
                .isEqualTo(balancesBefore);
        assertThat(fixtures.numbersOf(2024)).containsExactly(1, 2);
        BillingRunView view = runs.get(second.id());
        // the fee plan's customer is selected and skipped; the PAYG customer has no unbilled work left to select
        assertThat(view.counts()).isEqualTo(new BillingRunView.Counts(1, 0, 0, 0, 0, 1, 0));
        assertThat(view.customers()).extracting(BillingRunView.CustomerOutcome::outcome).containsOnly("ALREADY_BILLED");
        assertThat(view.invoices()).isEmpty();
    }

    @Test
    void aRunThatCrashedHalfWayIsRerunWithoutBillingTwiceOrLeavingAGap() {
        YearMonth september = YearMonth.of(2020, 9);
        at("2020-08-20T10:00:00Z");
        // billed in USD without a plan while the catalogue lacks STANDARD's dollar prices (a slip in the database):
        // pricing fails until the data is corrected
        withoutStandardDollarPrices(() -> crashedRunIsRerun(september));
    }

    /** Runs the scenario while the catalogue lacks STANDARD's USD price list, and puts it back after. */
    private void withoutStandardDollarPrices(Runnable scenario) {
        List<Map<String, Object>> standardInDollars = jdbc.queryForList(
                "select * from plan_price_list where plan_code = 'STANDARD' and currency = 'USD'");
        jdbc.update("delete from plan_price_list where plan_code = 'STANDARD' and currency = 'USD'");
        try {
            scenario.run();
        } finally {
            for (Map<String, Object> list : standardInDollars) {
                jdbc.update("insert into plan_price_list (plan_code, currency, effective_from, hourly_rate, created_at)"
                        + " values ('STANDARD', 'USD', ?, ?, ?)", list.get("EFFECTIVE_FROM"), list.get("HOURLY_RATE"),
                        list.get("CREATED_AT"));
            }
        }
    }

    private void crashedRunIsRerun(YearMonth september) {
        long first = fixtures.gbpCustomer("First Ltd");
        fixtures.onPlanFor(first, "BPS-20", september);
        fixtures.completed(first, "Firewall rule", "2020-09-03T10:00:00Z", 60);
        long broken = fixtures.usdCustomer("Broken Inc");
        fixtures.completed(broken, "VPN certificate", "2020-09-10T14:00:00Z", 30);
        long last = fixtures.gbpCustomer("Last Ltd");
        fixtures.onPlanFor(last, "PAYG", september);
        fixtures.completed(last, "Phone setup", "2020-09-20T10:00:00Z", 45);

        at("2020-10-01T09:00:00Z");
        Started crashed = runs.start("2020-09", "manager");
        ProcessInstance crashedRun = instance(crashed);
        List<String> failures = fixtures.runJobs(crashed.processInstanceId());
        assertThat(failures).singleElement().asString().contains("Cannot price 2020-09 for customer " + broken)
                .contains("Plan STANDARD has no USD prices in force on 2020-09-01; it is priced in EUR, GBP");
        assertThat(runs.get(crashed.id()).status()).isEqualTo("RUNNING");
        assertThat(fixtures.numbersOf(2020)).containsExactly(1, 2);
        assertThat(invoicesOf(broken, "2020-09")).isEmpty();

        // the data is corrected: the customer was on the USD per-use plan all along
        fixtures.onPlanFor(broken, "PER-USE", september);
        Started rerun = runs.start("2020-09", "manager");
        assertThat(fixtures.runJobs(rerun.processInstanceId())).isEmpty();
        assertThat(runs.get(rerun.id()).customers()).extracting(BillingRunView.CustomerOutcome::outcome)
                .as("the fee plan's customer is skipped, the PAYG customer's work is billed and not selected")
                .containsExactly("ALREADY_BILLED", "ISSUED");

        // the crashed run's failed job is retried: the customer is billed by now, so it is skipped
        assertThat(fixtures.retryJobs(crashed.processInstanceId())).isEmpty();
        assertThat(crashedRun).isEnded();
        assertThat(runs.get(crashed.id()).status()).isEqualTo("COMPLETED");

        for (long customer : List.of(first, broken, last)) {
            assertThat(fixtures.liveMonthlyInvoices(customer, september)).isEqualTo(1);
            assertThat(fixtures.timesBilledPerEntry(customer)).containsOnly(1);
        }
        assertThat(fixtures.numbersOf(2020)).containsExactly(1, 2, 3);
        InvoiceView perUse = invoicesOf(broken, "2020-09").get(0);
        assertThat(perUse.number()).isEqualTo("INV-2020-000003");
        assertThat(perUse.total()).as("30 min at the P3 per-use rate $120/h").isEqualByComparingTo("60.00");
    }

    @Test
    void creditIsDrawnDownAndBugCreditsCostNothing() {
        YearMonth may = YearMonth.of(2019, 5);
        at("2019-04-20T10:00:00Z");
        long customer = fixtures.usdCustomer("Credit Inc");
        customers.subscribe(customer, "CREDIT-12", may.atDay(1));
        InvoiceView bundle = invoices.purchase(customer, new InvoiceService.Purchase(
                PurchaseType.CREDIT_BUNDLE, null));
        assertThat(bundle.kind()).isEqualTo(InvoiceKind.PURCHASE);
        assertThat(bundle.number()).isEqualTo("INV-2019-000001");
        assertThat(bundle.total()).isEqualByComparingTo("720.00");
        fixtures.completed(customer, "Laptop crash", "2019-05-06T14:00:00Z", Priority.P2, true, RootCause.CUSTOMER, 120);
        fixtures.completed(customer, "Our update broke sync", "2019-05-07T14:00:00Z", Priority.P1, true, RootCause.BUG, 60);
        long subscription = customers.subscriptions(customer).get(0).id();
        customers.cancel(customer, subscription, may.atEndOfMonth());

        at("2019-06-03T09:00:00Z");
        Started started = runs.start("2019-05", "manager");
        assertThat(fixtures.runJobs(started.processInstanceId())).isEmpty();
        InvoiceView invoice = invoicesOf(customer, "2019-05").get(0);
        assertThat(invoice.total()).isEqualByComparingTo("0.00");
        assertThat(invoice.lines()).extracting(InvoiceView.Line::description).satisfiesExactly(
                drawn -> assertThat(drawn).contains("$240.00 drawn from the credit balance ($480.00 left)"),
                credited -> assertThat(credited).startsWith("Bug credit approved"));
        assertThat(invoice.closingBalance().credit()).isEqualByComparingTo(new BigDecimal("480.00"));
        assertThat(invoice.number()).isEqualTo("INV-2019-000002");
    }

    @Test
    void aCustomerThatBulkBillingCannotPriceIsBilledOnItsOwnOnceTheDataIsCorrected() {
        withoutStandardDollarPrices(this::stuckCustomerIsBilledAlone);
    }

    private void stuckCustomerIsBilledAlone() {
        YearMonth july = YearMonth.of(2015, 7);
        at("2015-06-20T10:00:00Z");
        long before = fixtures.gbpCustomer("Before Ltd");
        fixtures.onPlanFor(before, "PAYG", july);
        fixtures.completed(before, "Password reset", "2015-07-03T10:00:00Z", 15);
        // USD without a plan, and no dollar standard rate: it cannot be priced
        long stuck = fixtures.usdCustomer("Stuck Inc");
        fixtures.completed(stuck, "Laptop rebuild", "2015-07-10T10:00:00Z", 90);
        long after = fixtures.gbpCustomer("After Ltd");
        fixtures.onPlanFor(after, "BPS-20", july);

        at("2015-08-02T09:00:00Z");
        Started started = runs.start("2015-07", "manager");
        ProcessInstance instance = instance(started);
        assertThat(fixtures.runJobs(started.processInstanceId())).singleElement().asString()
                .contains("Cannot price 2015-07 for customer " + stuck);
        assertThat(runs.get(started.id()).customers()).extracting(BillingRunView.CustomerOutcome::outcome)
                .as("the others of its batch and of the next one are issued in bulk")
                .containsExactly("ISSUED", "SELECTED", "ISSUED");
        assertThat(fixtures.numbersOf(2015)).containsExactly(1, 2);

        // the data is corrected and the failed job retried (as from Cockpit): the customer is priced on its own
        fixtures.onPlanFor(stuck, "PER-USE", july);
        assertThat(fixtures.retryJobs(started.processInstanceId())).isEmpty();
        assertThat(instance).isEnded().hasPassed("DraftBatch", "DraftInvoice", "GatewayDrafted", "JoinIssue",
                "IssueInvoice", "EndIssued", "CloseRun", "EndRun").hasNotPassed("ReviewInvoice", "EndSkipped");
        InvoiceView invoice = invoicesOf(stuck, "2015-07").get(0);
        assertThat(invoice.number()).isEqualTo("INV-2015-000003");
        assertThat(invoice.total()).as("1 h 30 min of P3 per use at $120/h").isEqualByComparingTo("180.00");
        assertThat(invoice.lines()).singleElement().extracting(InvoiceView.Line::minutes).isEqualTo(90);
        BillingRunView done = runs.get(started.id());
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.counts()).isEqualTo(new BillingRunView.Counts(3, 3, 0, 3, 0, 0, 0));
        for (long customer : List.of(before, stuck, after)) {
            assertThat(fixtures.liveMonthlyInvoices(customer, july)).isEqualTo(1);
        }
        assertThat(fixtures.timesBilledPerEntry(stuck)).containsOnly(1);
    }

    @Test
    void bulkBillingItemizesEveryEntryOnceAndNumbersTheBatchesWithoutGaps() {
        YearMonth november = YearMonth.of(2014, 11);
        at("2014-10-20T10:00:00Z");
        List<Long> customers = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long customer = fixtures.gbpCustomer("Batch " + i + " Ltd");
            fixtures.onPlanFor(customer, "PAYG", november);
            fixtures.completed(customer, "Ticket A of " + i, "2014-11-0" + (i + 2) + "T10:00:00Z", 30, 45);
            fixtures.completed(customer, "Ticket B of " + i, "2014-11-1" + i + "T10:00:00Z", 60);
            customers.add(customer);
        }

        at("2014-12-01T09:00:00Z");
        Started started = runs.start("2014-11", "manager");
        assertThat(fixtures.runJobs(started.processInstanceId())).isEmpty();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(started.processInstanceId())
                .activityId("DraftBatch").count()).as("five customers in batches of two").isEqualTo(3);

        assertThat(fixtures.numbersOf(2014)).containsExactly(1, 2, 3, 4, 5);
        for (long customer : customers) {
            InvoiceView invoice = invoicesOf(customer, "2014-11").get(0);
            assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
            assertThat(invoice.lines()).extracting(InvoiceView.Line::minutes).containsExactly(30, 45, 60);
            assertThat(invoice.total()).as("2 h 15 min at £70/h + 20 % VAT").isEqualByComparingTo("189.00");
            assertThat(fixtures.timesBilledPerEntry(customer)).containsOnly(1);
        }
        assertThat(runs.get(started.id()).counts()).isEqualTo(new BillingRunView.Counts(5, 5, 0, 5, 0, 0, 0));
    }

    /** The invoices of the customer (null: of all) for the period, in every status, oldest first. */
    private List<InvoiceView> invoicesOf(Long customer, String period) {
        return invoices.list(new InvoiceFilter(customer, period, EnumSet.allOf(InvoiceStatus.class)), PageRequest.of(0, 100))
                .getContent();
    }

    /** Call while the instance runs; the process assertions follow the returned instance into history once it ends. */
    private ProcessInstance instance(Started started) {
        return runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId()).singleResult();
    }
}

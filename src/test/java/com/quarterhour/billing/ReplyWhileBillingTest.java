package com.quarterhour.billing;

import static com.quarterhour.billing.BillingFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.quarterhour.billing.internal.MonthEndBilling;
import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.MessageChannel;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.engagement.RootCause;
import com.quarterhour.shared.DomainException;
import com.quarterhour.support.QuarterhourTest;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's reply and month-end billing of the same request at the same moment: they queue up on the request's
 * row, and whichever comes second sees the other's commit. The one holding the row is held open in a transaction of
 * the test until the other is seen waiting for the row's lock (or done, which is the race this prevents), in both
 * orders and through both ways billing drafts: customer by customer and in bulk batches.
 */
@QuarterhourTest
class ReplyWhileBillingTest {

    @Autowired CustomerService customers;
    @Autowired EngagementService engagements;
    @Autowired ManagementService management;
    @Autowired MonthEndBilling billing;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    BillingFixtures fixtures;
    ExecutorService other;

    @BeforeEach
    void init() {
        fixtures = new BillingFixtures(customers, engagements, management, jdbc);
        other = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void cleanUp() {
        other.shutdownNow();
        ClockUtil.reset();
    }

    /** How a run drafts the customer's invoice. */
    private interface Drafting {
        void draft(MonthEndBilling billing, long runId, long customer);
    }

    private static final Drafting ONE_BY_ONE = (billing, runId, customer) -> billing.draft(runId, customer);
    private static final Drafting IN_BATCHES = (billing, runId, customer) -> billing.batches(runId)
            .forEach(batch -> billing.draftBatch(runId, batch));

    @Test
    void aReplyWhileADraftIsBeingWrittenWaitsForItAndIsRefused() throws Exception {
        replyWaitsForTheDraftAndIsRefused(YearMonth.of(2029, 5), ONE_BY_ONE);
    }

    @Test
    void aReplyWhileABatchIsBeingWrittenWaitsForItAndIsRefused() throws Exception {
        replyWaitsForTheDraftAndIsRefused(YearMonth.of(2029, 9), IN_BATCHES);
    }

    @Test
    void aDraftWrittenWhileAReplyReopensTheRequestLeavesItForALaterRun() throws Exception {
        draftWaitsForTheReplyAndLeavesTheRequestOut(YearMonth.of(2030, 5), ONE_BY_ONE);
    }

    @Test
    void aBatchWrittenWhileAReplyReopensTheRequestLeavesItForALaterRun() throws Exception {
        draftWaitsForTheReplyAndLeavesTheRequestOut(YearMonth.of(2030, 9), IN_BATCHES);
    }

    private void replyWaitsForTheDraftAndIsRefused(YearMonth period, Drafting drafting) throws Exception {
        long customer = customerOnPayg(period);
        long request = fixtures.completed(customer, "Printer offline", lastDaysOf(period), 45);
        long runId = runOf(period, customer);

        Future<?> reply = inTransaction(() -> {
            drafting.draft(billing, runId, customer);
            return other.submit(() -> replies(request, customer));
        });

        assertThatThrownBy(reply::get).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT))
                .hasMessageContaining("is closed: report a new request");
        assertThat(engagements.get(request).status()).isEqualTo(EngagementStatus.COMPLETED);
        assertThat(billedEngagements(customer, period)).containsExactly(request);
    }

    private void draftWaitsForTheReplyAndLeavesTheRequestOut(YearMonth period, Drafting drafting) throws Exception {
        long customer = customerOnPayg(period);
        long settled = fixtures.completed(customer, "New laptop", period.atDay(10) + "T10:00:00Z", 30);
        long request = fixtures.completed(customer, "Printer offline", lastDaysOf(period), 45);
        long runId = runOf(period, customer);

        Future<?> draft = inTransaction(() -> {
            replies(request, customer);
            return other.submit(() -> drafting.draft(billing, runId, customer));
        });

        draft.get();
        assertThat(engagements.get(request).status()).isEqualTo(EngagementStatus.IN_PROGRESS);
        assertThat(billedEngagements(customer, period)).as("the reopened request is left out").containsExactly(settled);

        at(period.plusMonths(1).atDay(3) + "T10:00:00Z");
        engagements.resolve(request, new Resolution(RootCause.CUSTOMER, "Resolved again", null, null, null, false,
                null), "technician");
        YearMonth next = period.plusMonths(1);
        long nextRun = runOf(next, customer);
        drafting.draft(billing, nextRun, customer);
        assertThat(billedEngagements(customer, next)).as("billed once it is completed again").containsExactly(request);
        assertThat(fixtures.timesBilledPerEntry(customer)).containsOnly(1);
    }

    /**
     * Runs {@code start} in a transaction that stays open until what it started on the other thread waits for a row
     * lock, or has finished without waiting; then commits, and gives back what was started.
     */
    private Future<?> inTransaction(Supplier<Future<?>> start) {
        return new TransactionTemplate(transactions).execute(status -> {
            Future<?> started = start.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> started.isDone() || waitingForALock());
            return started;
        });
    }

    /** Whether a session of the database waits for a lock another holds. */
    private boolean waitingForALock() {
        String database = jdbc.execute((ConnectionCallback<String>) c -> {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName();
        });
        String waiting = "PostgreSQL".equals(database)
                ? "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        Integer count = jdbc.queryForObject(waiting, Integer.class);
        return count != null && count > 0;
    }

    private void replies(long request, long customer) {
        engagements.postAsCustomer(request, customer, new NewMessage(AuthorKind.CUSTOMER, "customer@example.com", null,
                Visibility.PUBLIC, MessageChannel.EMAIL, "It is broken again", List.of()));
    }

    /**
     * A run of the period on the 1st of the next month, within the reopen window of what completed at its end, for
     * this test's customer only: a batch drafts and issues every customer it holds, and other tests (and the browser
     * tests after them, on PostgreSQL's shared database) count the invoices of the customers they made.
     */
    private long runOf(YearMonth period, long customer) {
        at(period.plusMonths(1).atDay(1) + "T09:00:00Z");
        // a run of the period left running by an earlier run of these tests on the same database gives way
        long runId = billing.open(period, "manager", running -> true).getId();
        billing.selectCustomers(runId);
        jdbc.update("delete from billing_run_customer where billing_run_id = ? and customer_id <> ?", runId, customer);
        return runId;
    }

    /** On pay-as-you-go from the period on, so that later periods bill its work too. */
    private long customerOnPayg(YearMonth from) {
        long customer = fixtures.gbpCustomer("Race Ltd");
        customers.subscribe(customer, "PAYG", from.atDay(1));
        return customer;
    }

    private static String lastDaysOf(YearMonth period) {
        return period.atEndOfMonth().minusDays(2) + "T10:00:00Z";
    }

    /** The engagements that the customer's live invoice of the period bills time of. */
    private List<Long> billedEngagements(long customer, YearMonth period) {
        return jdbc.queryForList("""
                select distinct l.engagement_id from invoice_line l join invoice i on i.id = l.invoice_id
                where i.customer_id = ? and i.period = ? and i.status <> 'VOID' and l.engagement_id is not null
                order by l.engagement_id""", Long.class, customer, period.toString());
    }
}

package com.quarterhour.engagement;

import static com.quarterhour.support.process.ProcessAssertions.assertThat;
import static com.quarterhour.support.process.ProcessAssertions.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.Conversation;
import com.quarterhour.conversation.MessageChannel;
import com.quarterhour.conversation.MessageView;
import com.quarterhour.conversation.NewAttachment;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.EngineUser;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import com.quarterhour.support.process.ProcessAssertions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a message does to a support request: the customer's reply resumes a request waiting for them or reopens one
 * within the reopen window, staff's first public message is the first response, and a request closed (window over,
 * or invoiced) refuses a reply.
 */
@QuarterhourTest
@RecordApplicationEvents
class CustomerReplyProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A Tuesday at 10:00 in London. */
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-11-17T10:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(7);

    @Autowired ProcessEngine engine;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired Conversation conversation;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;
    @Autowired IdentityService identity;
    @Autowired MockMvc mvc;

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
    void theCustomersReplyResumesARequestWaitingForThem() {
        Reported started = triaged("SHARED-247");
        ProcessInstance instance = instance(started);
        Duration target = Duration.between(TUESDAY_MORNING, engagements.get(started.id()).resolutionDueAt());
        asTechnician(task(instance, "Work"), Map.of("workDate", today().toString(), "minutes", 15,
                "note", "Asked for the logs", "outcome", "WAIT", "publicReply", "Could you send us the logs?"));
        assertThat(instance).isWaitingAt("WaitForCustomer");
        assertThat(engagements.get(started.id()).resolutionClockPaused()).isTrue();
        MessageView question = conversation.messages(started.id(), true).get(0);
        assertThat(question.authorKind()).isEqualTo(AuthorKind.STAFF);
        assertThat(question.channel()).isEqualTo(MessageChannel.TASKLIST);
        assertThat(events.stream(CustomerAwaited.class))
                .containsExactly(new CustomerAwaited(started.id(), started.customerId(), question.id()));

        later(Duration.ofHours(1));
        customerReplies(started, "Logs attached");

        assertThat(instance).isWaitingAt("Work").hasPassed("CustomerReplied", "JoinReplied", "ResumeWork");
        assertThat(task(instance, "Work")).isAssignedTo("technician");
        EngagementDetails resumed = engagements.get(started.id());
        assertThat(resumed.status()).isEqualTo(EngagementStatus.IN_PROGRESS);
        assertThat(resumed.resolutionClockPaused()).isFalse();
        assertThat(resumed.resolutionDueAt()).as("the whole target from the reply: none of it was used before the pause")
                .isEqualTo(TUESDAY_MORNING.plus(Duration.ofHours(1)).plus(target));
    }

    @Test
    void aTechnicianStillResumesByHandWhenTheCustomerAnsweredByPhone() {
        Reported started = triaged("BPS-20");
        engagements.captureTime(started.id(), new NewTimeEntry(today(), 30, "Asked for the logs", null, true), "technician");
        ProcessInstance instance = instance(started);

        asTechnician(task(instance, "WaitForCustomer"), Map.of("customerReply", "Said on the phone: restart fixed it"));

        assertThat(instance).isWaitingAt("Work").hasPassed("JoinReplied", "ResumeWork").hasNotPassed("CustomerReplied");
        assertThat(engagements.get(started.id()).status()).isEqualTo(EngagementStatus.IN_PROGRESS);
        assertThat(conversation.messages(started.id(), true)).singleElement().satisfies(kept -> {
            assertThat(kept.body()).isEqualTo("The customer answered: Said on the phone: restart fixed it");
            assertThat(kept.visibility()).isEqualTo(Visibility.INTERNAL);
            assertThat(kept.author()).isEqualTo("technician");
        });
        assertThat(conversation.messages(started.id(), false)).as("the customer's view").isEmpty();
    }

    @Test
    void aReplyToARequestThatWaitsForNobodyStaysInTheConversation() {
        Reported started = triaged("BPS-20");
        ProcessInstance instance = instance(started);

        customerReplies(started, "Any news?");

        assertThat(instance).isWaitingAt("Work").hasNotPassed("ResumeWork", "ReopenRequest");
        assertThat(conversation.messages(started.id(), false)).extracting(MessageView::body).containsExactly("Any news?");
        assertThat(events.stream(RequestReopened.class)).isEmpty();
    }

    @Test
    void staffsFirstPublicMessageIsTheFirstResponseAndAnInternalNoteIsNot() {
        Reported started = report("SHARED-247");
        later(Duration.ofMinutes(5));
        staffPosts(started, Visibility.INTERNAL, "Looks like the printer again");
        assertThat(engagements.get(started.id()).firstRespondedAt()).isNull();
        assertThat(responseClockWatched(started)).isTrue();

        later(Duration.ofMinutes(5));
        Instant answered = ClockUtil.now().toInstant();
        staffPosts(started, Visibility.PUBLIC, "We are looking into it");

        EngagementDetails responded = engagements.get(started.id());
        assertThat(responded.firstRespondedAt()).isEqualTo(answered);
        assertThat(responseClockWatched(started)).as("the response clock stopped: its watch ended").isFalse();
    }

    @Test
    void aReplyWithinTheWindowReopensTheRequestForTheSameTechnicianUntilItClosesAgain() {
        Reported started = triaged("SHARED-247");
        ProcessInstance instance = instance(started);
        Duration target = Duration.between(TUESDAY_MORNING, engagements.get(started.id()).resolutionDueAt());
        later(Duration.ofHours(1));
        resolve(started);
        Instant completed = engagements.get(started.id()).completedAt();
        assertThat(instance).isWaitingAt("AwaitReply")
                .hasPassed("CompleteEngagement");
        assertThat(windowTimer(instance)).hasDueDate(Date.from(completed.plus(WINDOW)));
        assertThat(events.stream(RequestResolved.class)).containsExactly(new RequestResolved(started.id(), started.customerId(), Duration.ofDays(7)));

        later(Duration.ofDays(2));
        MessageView reply = customerReplies(started, "It broke again");

        assertThat(instance).isWaitingAt("Work", "ReopenedResolutionClock")
                .hasPassed("AwaitReply", "ReopenRequest", "ForkReopened").hasNotPassed("EndCompleted");
        assertThat(task(instance, "Work")).isAssignedTo("technician");
        EngagementDetails reopened = engagements.get(started.id());
        assertThat(reopened.status()).isEqualTo(EngagementStatus.IN_PROGRESS);
        assertThat(reopened.completedAt()).isNull();
        assertThat(reopened.resolvedAt()).isNull();
        assertThat(reopened.resolutionDueAt()).as("the target, less the hour used before the resolution, from the reply")
                .isEqualTo(ClockUtil.now().toInstant().plus(target).minus(Duration.ofHours(1)));
        assertThat(events.stream(RequestReopened.class))
                .containsExactly(new RequestReopened(started.id(), started.customerId(), reply.id()));

        resolve(started);
        assertThat(instance).isWaitingAt("AwaitReply")
                .hasPassed("EndReopenedResolutionClock");
        closeWindow(instance);
        assertThat(instance).isEnded().hasPassed("ReopenWindowClosed", "EndCompleted");
        assertThat(engagements.get(started.id()).status()).isEqualTo(EngagementStatus.COMPLETED);
    }

    @Test
    void afterTheWindowTheRequestIsClosedAndAReplyIsRefusedWithoutBeingKept() {
        Reported started = triaged("BPS-20");
        ProcessInstance instance = instance(started);
        resolve(started);

        closeWindow(instance);
        assertThat(instance).isEnded().hasPassed("ReopenWindowClosed", "EndCompleted").hasNotPassed("ReopenRequest");

        assertThatThrownBy(() -> customerReplies(started, "Hello again"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT))
                .hasMessage("ENG-" + started.id() + " is closed: report a new request");
        assertThat(conversation.messages(started.id(), true)).isEmpty();
        assertThat(engagements.get(started.id()).status()).isEqualTo(EngagementStatus.COMPLETED);
    }

    @Test
    void aCustomerUsersReplyToAClosedRequestIsAConflictProblemOverTheApi() throws Exception {
        Reported started = triaged("BPS-20");
        resolve(started);
        closeWindow(instance(started));
        String user = "reply-" + System.nanoTime();
        String password = "Replies&Test-2026";
        mvc.perform(post("/api/customers/" + started.customerId() + "/users").with(httpBasic("coordinator", "coordinator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/engagements/" + started.id() + "/messages").with(httpBasic(user, password))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"It is broken again\"}"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("ENG-" + started.id() + " is closed: report a new request"));
        assertThat(conversation.messages(started.id(), true)).isEmpty();
    }

    @Test
    void aReplyAfterTheWindowIsRefusedEvenBeforeItsTimerHasRun() {
        Reported started = triaged("BPS-20");
        ProcessInstance instance = instance(started);
        resolve(started);
        later(WINDOW.plusMinutes(1));

        assertThatThrownBy(() -> customerReplies(started, "Still there?"))
                .isInstanceOf(DomainException.class).hasMessageContaining("is closed: report a new request");
        assertThat(instance).isWaitingAt("AwaitReply").hasNotPassed("ReopenRequest");
    }

    @Test
    void anInvoicedRequestIsClosedToRepliesWithinTheWindowToo() {
        Reported started = triaged("BPS-20");
        engagements.captureTime(started.id(), new NewTimeEntry(today(), 45, "Replaced the toner", null, null), "technician");
        resolve(started);
        draftInvoiceBilling(started);
        later(Duration.ofDays(1));

        assertThatThrownBy(() -> customerReplies(started, "Printer jams now"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT))
                .hasMessageContaining("is closed: report a new request");
        assertThat(instance(started)).isWaitingAt("AwaitReply").hasNotPassed("ReopenRequest");
        EngagementDetails invoiced = engagements.get(started.id());
        assertThat(invoiced.status()).isEqualTo(EngagementStatus.COMPLETED);
        assertThat(invoiced.timeEntries()).extracting(EngagementDetails.TimeEntryView::minutes).containsExactly(45);
    }

    @Test
    void aNoteKeptForStaffIsLeftOutOfWhatTheCustomerSees() {
        Reported started = triaged("BPS-20");
        ProcessInstance instance = instance(started);
        asTechnician(task(instance, "Work"), Map.of("workDate", today().toString(), "minutes", 15,
                "note", "Customer's admin password is on a sticky note", "noteShownToCustomer", false,
                "outcome", "CONTINUE"));
        asTechnician(task(instance, "Work"), Map.of("workDate", today().toString(), "minutes", 15,
                "note", "Reset the password", "outcome", "CONTINUE"));
        engagements.captureTime(started.id(), new NewTimeEntry(today(), 15, "Escalated to their vendor", null, null, false),
                "technician");

        EngagementDetails staffSee = engagements.get(started.id());
        assertThat(staffSee.timeEntries()).extracting(EngagementDetails.TimeEntryView::note)
                .containsExactly("Customer's admin password is on a sticky note", "Reset the password",
                        "Escalated to their vendor");
        assertThat(staffSee.asCustomerSees().timeEntries()).extracting(EngagementDetails.TimeEntryView::note)
                .containsExactly(null, "Reset the password", null);
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("noteShownToCustomer", "publicReply");
    }

    @Test
    void theWorkTaskShowsTheLatestMessages() {
        Reported started = report("BPS-20");
        customerReplies(started, "The *printer* shows <b>error</b> 42");
        engagements.triage(started.id(), new Triage(Priority.P3, true, "technician", null, null), "coordinator");

        assertThat(task(instance(started), "Work")).as("the Work task is open").isNotNull();
        Object shown = runtime.getVariable(started.processInstanceId(), "recentMessages");

        assertThat(shown).asString().contains("Customer").contains("The \\*printer\\* shows \\<b\\>error\\</b\\> 42");
    }

    @Test
    void aMessagePostedWhileTheWorkTaskIsOpenShowsOnItAtOnce() {
        Reported started = report("BPS-20");
        engagements.triage(started.id(), new Triage(Priority.P3, true, "technician", null, null), "coordinator");
        assertThat(runtime.getVariable(started.processInstanceId(), "recentMessages")).isNull();

        conversation.post(started.id(), started.customerId(), new NewMessage(AuthorKind.STAFF, "technician", null,
                Visibility.INTERNAL, MessageChannel.API, null,
                List.of(new NewAttachment("spooler.log", "text/plain", "jammed".getBytes(StandardCharsets.UTF_8)))));

        assertThat(runtime.getVariable(started.processInstanceId(), "recentMessages")).asString()
                .contains("Staff (technician)", "internal note", "Files: spooler.log");
    }

    private record Reported(long id, long customerId, String processInstanceId) {
    }

    /** As Tasklist completes a task: as its user, whom the process records. */
    private void asTechnician(Task task, Map<String, Object> variables) {
        EngineUser.run(identity, "technician", () -> tasks.complete(task.getId(), variables));
    }

    /** As a reply by e-mail arrives: what it does to the request commits with the message, or neither does. */
    private MessageView customerReplies(Reported started, String text) {
        return engagements.postAsCustomer(started.id(), started.customerId(), new NewMessage(AuthorKind.CUSTOMER,
                "customer@example.com", null, Visibility.PUBLIC, MessageChannel.EMAIL, text, List.of()));
    }

    /** As staff post through the API. */
    private void staffPosts(Reported started, Visibility visibility, String text) {
        engagements.postMessage(started.id(), new NewMessage(AuthorKind.STAFF, "coordinator", null, visibility,
                MessageChannel.API, text, List.of()));
    }

    private boolean responseClockWatched(Reported started) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("sla-clock")
                .processInstanceBusinessKey("ENG-" + started.id()).variableValueEquals("clock", "RESPONSE").count() > 0;
    }

    private void resolve(Reported started) {
        engagements.resolve(started.id(), new Resolution(RootCause.CUSTOMER, "Cable unplugged", null, null, null, false,
                null), "technician");
    }

    private void closeWindow(ProcessInstance instance) {
        later(WINDOW.plusMinutes(1));
        execute(windowTimer(instance));
    }

    private Job windowTimer(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId("ReopenWindowClosed")
                .singleResult();
    }

    /** A draft monthly invoice with one time line of the engagement's first entry, as month-end billing drafts it. */
    private void draftInvoiceBilling(Reported started) {
        long entry = engagements.get(started.id()).timeEntries().get(0).id();
        jdbc.update("""
                insert into invoice (customer_id, period, kind, status, currency, plan_code, vat_rate, subtotal, tax, total,
                    opening_credit, opening_prepaid_minutes, closing_credit, closing_prepaid_minutes, monthly_key, created_at)
                values (?, '2026-11', 'MONTHLY', 'DRAFT', 'GBP', 'BPS-20', 0.2, 0, 0, 0, 0, 0, 0, 0, ?, current_timestamp)""",
                started.customerId(), started.customerId() + "/2026-11");
        Long invoice = jdbc.queryForObject("select max(id) from invoice where customer_id = ?", Long.class,
                started.customerId());
        jdbc.update("""
                insert into invoice_line (invoice_id, line_no, kind, time_entry_id, billed_time_entry_id, engagement_id,
                    description, quantity, amount)
                values (?, 1, 'TIME', ?, ?, ?, 'Replaced the toner', 0.75, 0)""", invoice, entry, entry, started.id());
    }

    private Reported triaged(String plan) {
        Reported started = report(plan);
        engagements.triage(started.id(), new Triage(Priority.P2, true, "technician", null, null), "coordinator");
        return started;
    }

    private Reported report(String plan) {
        long customer = new TestCustomers(customers).onPlan(plan);
        Started started = engagements.report(new NewEngagement(customer, "Printer offline", "Nothing prints",
                Channel.REPORT, Impact.PARTIALLY_IMPAIRED, null, null, false), "coordinator");
        return new Reported(started.id(), customer, started.processInstanceId());
    }

    private ProcessInstance instance(Reported started) {
        return runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId()).singleResult();
    }

    private static Task task(ProcessInstance instance, String key) {
        return ProcessAssertions.task(key, instance);
    }

    private static void later(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(duration)));
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.now().toInstant(), LONDON);
    }
}

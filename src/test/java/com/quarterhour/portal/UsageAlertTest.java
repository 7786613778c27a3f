package com.quarterhour.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.quarterhour.customer.ContactRequest;
import com.quarterhour.customer.ContactService;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService.Decision;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.Impact;
import com.quarterhour.engagement.RootCause;
import com.quarterhour.engagement.TimeCaptured;
import com.quarterhour.events.internal.EventPublicationUpkeep;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.portal.internal.UsageAlertRaised;
import com.quarterhour.portal.internal.UsageMeter;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.EventPublications;
import com.quarterhour.support.MailBodies;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import com.quarterhour.support.TestMailServer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The usage alert at 75% and 90% of a month's included hours: recorded once per customer, period and threshold,
 * after the capture commits, mailed (GreenMail) to the customer's portal users and contact address, and shown as the
 * portal's banner. November 2025 is this test's month. Alerts and their mails run after commit from the event
 * publication log, on threads of their own: the test waits until the customer's publications are completed.
 */
@QuarterhourTest
class UsageAlertTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMailServer.extension();

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 5);
    private static final String PASSWORD = "Usage&Alert-2025";

    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired CustomerUsers users;
    @Autowired ContactService contacts;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired UsageMeter meter;
    @Autowired EventPublicationRegistry registry;
    @Autowired CompletedEventPublications completed;
    @Autowired EventPublicationUpkeep upkeep;
    @Autowired @Qualifier("applicationTaskExecutor") ThreadPoolTaskExecutor listeners;

    @BeforeEach
    void wednesdayMorning() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-11-05T10:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void reaching75And90PercentAlertsOnceEachToTheCustomersUsersAndContact() throws Exception {
        long customer = customerOnBps20("office@alert.example");
        users.create(customer, new NewCustomerUser("alert-a-" + System.nanoTime(), PASSWORD, "alice@alert.example"), "coordinator");
        String withoutEmail = "alert-b-" + System.nanoTime();
        users.create(customer, new NewCustomerUser(withoutEmail, PASSWORD, null), "coordinator");
        long id = inProgress(customer);

        capture(id, 840); // 14 of 20 hours: 70%
        assertThat(alerts(customer)).isEmpty();
        assertThat(mails()).isEmpty();
        assertThat(banner(withoutEmail)).isNull();

        capture(id, 60); // 15 hours: 75%
        assertThat(alerts(customer)).containsExactly(Map.of("threshold_percent", 75, "used_minutes", 900,
                "notified", "alice@alert.example,office@alert.example"));
        List<MimeMessage> first = mails();
        assertThat(first).hasSize(2); // one message, delivered to two mailboxes
        assertThat(Arrays.stream(first.get(0).getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("alice@alert.example", "office@alert.example");
        assertThat(first.get(0).getSubject())
                .isEqualTo("Quarterhour: 75% of your included support hours for November 2025 are used");
        assertThat(MailBodies.text(first.get(0))).contains("We have captured 15 hours of support for you in November 2025",
                "75% of the 20 hours included in your plan Business Priority Support 20", "£65.00 per hour",
                "in the customer portal: http://localhost:8080/portal/hours");
        assertThat(MailBodies.html(first.get(0))).contains("15 hours", "75% of the 20 hours", "£65.00 per hour",
                "href=\"http://localhost:8080/portal/hours\"");
        assertThat(MailBodies.of(first.get(0)).values()).allSatisfy(body -> assertThat(body).doesNotContain("/api/"));
        Element warning = banner(withoutEmail);
        assertThat(warning.classNames()).contains("warning");
        assertThat(warning.text()).contains("75% of your included hours used", "15 h of 20 h in November 2025");

        capture(id, 15);
        capture(id, 150); // 17.75 hours: 88%, still only the 75% alert
        assertThat(alerts(customer)).hasSize(1);
        assertThat(mails()).hasSize(2);

        capture(id, 15); // 18 hours: 90%
        assertThat(alerts(customer)).extracting(a -> a.get("threshold_percent")).containsExactly(75, 90);
        assertThat(subjects()).containsExactlyInAnyOrder(
                "Quarterhour: 75% of your included support hours for November 2025 are used",
                "Quarterhour: 75% of your included support hours for November 2025 are used",
                "Quarterhour: 90% of your included support hours for November 2025 are used",
                "Quarterhour: 90% of your included support hours for November 2025 are used");
        assertThat(banner(withoutEmail).classNames()).contains("critical");
        assertThat(banner(withoutEmail).text()).contains("90% of your included hours used", "overage");

        capture(id, 600); // 28 hours: over, but every threshold is already recorded
        assertThat(alerts(customer)).hasSize(2);
        assertThat(mails()).hasSize(4);
        assertThat(banner(withoutEmail).text()).contains("140% of your included hours used");
    }

    @Test
    void contactsCopiedOnAllAreToldAndOtherContactsAreNot() throws Exception {
        long customer = customerOnBps20("desk@copied.example");
        contacts.create(customer, new ContactRequest("Finance", "finance@copied.example", null, true));
        contacts.create(customer, new ContactRequest("Reporter only", "reporter@copied.example", null, false));

        capture(inProgress(customer), 900); // 15 of 20 hours: 75%

        assertThat(alerts(customer)).extracting(a -> a.get("notified"))
                .containsExactly("desk@copied.example,finance@copied.example");
        assertThat(mails()).hasSize(2).allSatisfy(mail -> assertThat(
                Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("desk@copied.example", "finance@copied.example"));
    }

    @Test
    void timeGivenBackByAnApprovedBugCreditIsNotCounted() {
        long customer = customerOnBps20("credit@alert.example");
        long credited = inProgress(customer);
        capture(credited, 600);
        capture(inProgress(customer), 120);
        assertThat(meter.thisMonth(customer).orElseThrow().use().usedMinutes()).isEqualTo(720);

        engagements.resolve(credited, new Resolution(RootCause.BUG, "Our update broke it", null, null, null, false, null),
                "technician");
        engagements.decide(engagements.get(credited).adjustments().get(0).id(), new Decision(true, "Confirmed"), "manager");
        assertThat(meter.thisMonth(customer).orElseThrow().use().usedMinutes()).isEqualTo(120);
    }

    @Test
    void jumpingPastBothThresholdsRecordsBothAndMailsOnce() throws Exception {
        long customer = customerOnBps20("jump@alert.example");
        capture(inProgress(customer), 1200);
        assertThat(alerts(customer)).extracting(a -> a.get("threshold_percent")).containsExactly(75, 90);
        assertThat(mails()).hasSize(1);
        assertThat(mails().get(0).getSubject()).contains("90%");
    }

    @Test
    void timeCapturedInTasklistAlertsAsTheApiDoes() throws Exception {
        long customer = customerOnBps20("tasklist@alert.example");
        long id = inProgress(customer);
        Task work = tasks.createTaskQuery().processInstanceId(engagements.get(id).processInstanceId())
                .taskDefinitionKey("Work").singleResult();
        identity.setAuthentication("technician", List.of("technicians"));
        try {
            // what the Work form submits
            tasks.complete(work.getId(), Map.of("outcome", "CONTINUE", "workDate", TODAY.toString(), "minutes", 960,
                    "note", "Migrated the mailboxes"));
        } finally {
            identity.clearAuthentication();
        }
        publications().awaitCompleted(of(customer));
        assertThat(engagements.get(id).minutesCaptured()).isEqualTo(960);
        assertThat(alerts(customer)).extracting(a -> a.get("threshold_percent")).containsExactly(75);
        assertThat(mails()).hasSize(1);
    }

    @Test
    void aCaptureThatRollsBackAlertsNobody() throws Exception {
        long customer = customerOnBps20("rollback@alert.example");
        long id = inProgress(customer);
        // the entry is recorded, then resolving without a resolution note fails: the whole step rolls back
        assertThatThrownBy(() -> engagements.resolve(id, new Resolution(RootCause.OTHER, " ", TODAY, 1200, "All of it",
                false, null), "technician")).isInstanceOf(DomainException.class).hasMessage("The resolution note is required");
        assertThat(engagements.get(id).timeEntries()).isEmpty();
        // nothing was published: no listener will run, now or later
        assertThat(publications().incomplete(of(customer))).isZero();
        assertThat(completed.findAll()).noneMatch(publication -> of(customer).test(publication.getEvent()));
        assertThat(alerts(customer)).isEmpty();
        assertThat(mails()).isEmpty();
    }

    @Test
    void aMailTheServerRefusedIsSentOnceWhenIncompletePublicationsAreResubmitted() throws Exception {
        long customer = customerOnBps20("retry@alert.example");
        long id = inProgress(customer);
        MAIL.stop();
        engagements.captureTime(id, new NewTimeEntry(TODAY, 900, "Worked on the migration", null, null), "technician");
        publications().awaitCompleted(event -> event instanceof TimeCaptured captured && captured.customerId() == customer);
        await().until(this::listenersIdle); // the mail's one attempt, refused
        assertThat(alerts(customer)).extracting(a -> a.get("threshold_percent")).containsExactly(75);
        assertThat(publications().incomplete(mailOf(customer))).isOne();

        MAIL.start();
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-11-05T10:04:00Z")));
            upkeep.resubmitIncomplete(); // four minutes old: its listener might still be on its way
            await().until(this::listenersIdle);
            assertThat(publications().incomplete(mailOf(customer))).isOne();
            assertThat(mails()).isEmpty();
            releaseResubmissionLock(); // the next period

            ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-11-05T10:06:00Z")));
            upkeep.resubmitIncomplete();
            upkeep.resubmitIncomplete(); // a second node in the same period: the lock keeps it out
            publications().awaitCompleted(mailOf(customer));
            await().until(this::listenersIdle);
            assertThat(subjects()).containsExactly("Quarterhour: 75% of your included support hours for November 2025 are used");
        } finally {
            releaseResubmissionLock();
        }
    }

    @Test
    void concurrentCapturesRaiseTheAlertOnce() throws Exception {
        long customer = customerOnBps20("busy@alert.example");
        // more captures at once than the connection pool has connections: each holds only its own
        List<Long> open = IntStream.range(0, 16).mapToObj(i -> inProgress(customer)).toList();
        List<Callable<Object>> captures = open.stream().<Callable<Object>>map(id -> () -> engagements.captureTime(id,
                new NewTimeEntry(TODAY, 60, "Worked on the migration", null, null), "technician")).toList();
        ExecutorService technicians = Executors.newFixedThreadPool(captures.size());
        try {
            for (Future<Object> capture : technicians.invokeAll(captures)) {
                capture.get();
            }
        } finally {
            technicians.shutdown();
        }
        publications().awaitCompleted(of(customer));
        // 16 hours of 20 (80%): every capture's listener past 15 hours saw 75% reached, one recorded it
        assertThat(alerts(customer)).extracting(a -> a.get("threshold_percent")).containsExactly(75);
        assertThat(subjects()).containsExactly("Quarterhour: 75% of your included support hours for November 2025 are used");
    }

    @Test
    void withNobodyToMailTheAlertIsStillRecordedForTheBanner() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        capture(inProgress(customer), 900);
        assertThat(alerts(customer)).containsExactly(Map.of("threshold_percent", 75, "used_minutes", 900));
        assertThat(mails()).isEmpty();
    }

    @Test
    void plansWithoutIncludedHoursHaveNoAllowanceToAlertOn() throws Exception {
        long customer = new TestCustomers(customers).onPlan("PAYG");
        users.create(customer, new NewCustomerUser("payg-" + System.nanoTime(), PASSWORD, "payg@alert.example"), "coordinator");
        capture(inProgress(customer), 1440);
        assertThat(alerts(customer)).isEmpty();
        assertThat(mails()).isEmpty();
    }

    private long customerOnBps20(String contactEmail) {
        long id = customers.create(new NewCustomer("Alert customer " + System.nanoTime(), "GBP", "Europe/London", "GB",
                new BigDecimal("0.20"), "manager", contactEmail)).id();
        customers.subscribe(id, "BPS-20", LocalDate.of(2025, 11, 1));
        return id;
    }

    private long inProgress(long customer) {
        long id = engagements.report(new NewEngagement(customer, "Mail migration", null, Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, null), "coordinator").id();
        engagements.triage(id, new Triage(Priority.P3, true, "technician", null, null), "coordinator");
        return id;
    }

    /** Captures time, and waits until the customer's alert (if any) and its mail are done. */
    private void capture(long engagement, int minutes) {
        engagements.captureTime(engagement, new NewTimeEntry(TODAY, minutes, "Worked on the migration", null, null),
                "technician");
        publications().awaitCompleted(of(engagements.get(engagement).customerId()));
    }

    private EventPublications publications() {
        return new EventPublications(registry);
    }

    /** The customer's time captures and usage alert mails. */
    private static Predicate<Object> of(long customer) {
        return event -> event instanceof TimeCaptured captured && captured.customerId() == customer
                || mailOf(customer).test(event);
    }

    private static Predicate<Object> mailOf(long customer) {
        return event -> event instanceof UsageAlertRaised raised && raised.customerId() == customer;
    }

    private boolean listenersIdle() {
        return listeners.getActiveCount() == 0 && listeners.getThreadPoolExecutor().getQueue().isEmpty();
    }

    private void releaseResubmissionLock() {
        jdbc.update("update shedlock set lock_until = locked_at where name = 'resubmit-incomplete-event-publications'");
    }

    private List<Map<String, Object>> alerts(long customer) {
        return jdbc.queryForList("select threshold_percent, used_minutes, notified from usage_alert"
                + " where customer_id = ? and period = '2025-11' order by threshold_percent", customer).stream()
                .map(row -> {
                    Map<String, Object> alert = new java.util.LinkedHashMap<>();
                    row.forEach((column, value) -> {
                        if (value != null) {
                            alert.put(column.toLowerCase(), value);
                        }
                    });
                    return (Map<String, Object>) alert;
                })
                .toList();
    }

    private static List<String> subjects() {
        return mails().stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The usage alert mails received (the customer's contact address also gets the mails about its requests). */
    private static List<MimeMessage> mails() {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().startsWith("Quarterhour: ");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The banner on the portal's first page as the customer's user sees it, or null when there is none. */
    private Element banner(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn().getRequest().getSession(false);
        String html = mvc.perform(get("/portal").session(session)).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).getElementById("usage-banner");
    }
}

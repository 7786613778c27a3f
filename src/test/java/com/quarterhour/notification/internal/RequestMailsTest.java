package com.quarterhour.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.quarterhour.conversation.AttachmentContent;
import com.quarterhour.conversation.AttachmentView;
import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.Conversation;
import com.quarterhour.conversation.MessageChannel;
import com.quarterhour.conversation.MessagePosted;
import com.quarterhour.conversation.MessageView;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.customer.ContactRequest;
import com.quarterhour.customer.ContactService;
import com.quarterhour.customer.ContactView;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.CustomerAwaited;
import com.quarterhour.engagement.EngagementDetails;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.Impact;
import com.quarterhour.engagement.RequestReopened;
import com.quarterhour.engagement.RequestReported;
import com.quarterhour.engagement.RequestResolved;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.identity.Viewers;
import com.quarterhour.shared.MailLinks;
import com.quarterhour.shared.MailTemplates;
import com.quarterhour.shared.NotificationMail;
import com.quarterhour.shared.Viewer;
import com.quarterhour.support.EventPublications;
import com.quarterhour.support.MailBodies;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestMailServer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mails to customers about their requests (GreenMail): who gets each, its subject with the reference, its text and
 * HTML, its link to the portal's request page and its dates in the customer's time zone. The events' listeners run
 * after commit from the event publication log: the tests publish the events of steps built elsewhere in a transaction
 * of their own and wait for the publications. A message's mail quotes the conversation, which the test gives.
 */
@QuarterhourTest
class RequestMailsTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMailServer.extension();

    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired ContactService contacts;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired EventPublicationRegistry registry;
    @Autowired MailTemplates templates;
    @Autowired NotificationMail mail;
    @Autowired MailLinks links;
    @Autowired Viewers viewers;
    @Autowired CustomerUsers users;

    long customer;
    String unique;
    ContactView rita;

    @BeforeEach
    void parisCustomerWithAReporterACopiedAndAnUninvolvedContact() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-11-05T09:00:00Z"))); // Wednesday, 10:00 in Paris
        unique = String.valueOf(System.nanoTime());
        customer = customers.create(new NewCustomer("Mail customer " + unique, "EUR", "Europe/Paris", "FR",
                new BigDecimal("0.20"), "manager", null)).id();
        customers.subscribe(customer, "BPS-20", LocalDate.of(2025, 11, 1));
        rita = contacts.create(customer, new ContactRequest("Rita", address("rita"), null, false));
        contacts.create(customer, new ContactRequest("Cleo", address("cleo"), null, true));
        contacts.create(customer, new ContactRequest("Ben", address("ben"), null, false));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aReportedRequestIsConfirmedToItsReporterAndTheContactsCopiedOnAllWithItsResponseDueTime() throws Exception {
        long id = report(rita.id());

        MimeMessage received = onlyMailTo(address("rita"));
        assertThat(recipients(received)).containsExactly(address("rita"), address("cleo"));
        assertThat(received.getSubject()).isEqualTo("[ENG-" + id + "] Printer offline");
        assertThat(Arrays.stream(received.getReplyTo()).map(Object::toString)).containsExactly("support@quarterhour.example");
        EngagementDetails details = engagements.get(id);
        assertThat(details.responseDueAt()).isEqualTo(Instant.parse("2025-11-05T13:00:00Z"));
        Map<String, String> bodies = MailBodies.of(received);
        assertThat(bodies.get("text/plain")).contains("ENG-" + id + " Printer offline", "we have received your request",
                "We will respond by Wed, 5 Nov 2025, 14:00 CET.", "http://localhost:8080/portal/requests/" + id);
        assertThat(bodies.get("text/html")).contains("We will respond by <strong>Wed, 5 Nov 2025, 14:00 CET</strong>",
                "href=\"http://localhost:8080/portal/requests/" + id + "\"");
    }

    @Test
    void aContactWithAPortalLoginReadsTheMailInTheLoginsLocaleAndTheOthersInTheDefaultAtTheCustomersTime()
            throws Exception {
        String login = "gerd-" + unique;
        // a login's contact is made with it, with its address
        users.create(customer, new NewCustomerUser(login, "Mail&Locale-2025", address("gerd")), "coordinator");
        long gerd = contacts.byPortalUser(login).orElseThrow().id();
        long id = report(gerd);
        await().until(() -> mailsTo(address("gerd")).size() == 1);
        Viewer german = new Viewer(Locale.GERMANY, ZoneId.of("Europe/Berlin"));
        RequestMails mails = new RequestMails(engagements, customers, contacts, conversationOf(null, new AtomicInteger()),
                templates, mail, links, new Viewers() {
                    @Override
                    public Viewer of(String username) {
                        return login.equals(username) ? german : viewers.defaults();
                    }

                    @Override
                    public Viewer current() {
                        return viewers.defaults();
                    }

                    @Override
                    public Viewer defaults() {
                        return viewers.defaults();
                    }

                    @Override
                    public List<Locale> offeredLocales() {
                        return viewers.offeredLocales();
                    }
                });

        mails.on(new RequestReported(id, customer, gerd));

        await().until(() -> mailsTo(address("gerd")).size() == 2);
        MimeMessage toGerd = mailsTo(address("gerd")).get(1);
        assertThat(recipients(toGerd)).containsExactly(address("gerd"));
        assertThat(MailBodies.of(toGerd).get("text/plain")).contains("Mi., 05.11.2025, 14:00 MEZ");
        MimeMessage toTheOthers = mailsTo(address("cleo")).get(1);
        assertThat(recipients(toTheOthers)).containsExactly(address("cleo"));
        assertThat(MailBodies.of(toTheOthers).get("text/plain")).contains("Wed, 5 Nov 2025, 14:00 CET");
    }

    @Test
    void withoutAReporterOnlyTheContactsCopiedOnAllAreToldAndACustomerWithoutContactsGetsNoMail() throws Exception {
        report(null);
        assertThat(recipients(onlyMailTo(address("cleo")))).containsExactly(address("cleo"));

        long silent = customers.create(new NewCustomer("Silent " + unique, "GBP", "Europe/London", "GB",
                new BigDecimal("0.20"), "manager", null)).id();
        long quiet = engagements.report(new NewEngagement(silent, "Nobody to tell", null, Channel.REPORT,
                Impact.FULLY_USABLE, null, null, null), "coordinator").id();
        publications().awaitCompleted(event -> event instanceof RequestReported r && r.engagementId() == quiet);
        assertThat(mailsTo(address("cleo"))).hasSize(1);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void waitingForTheCustomerResolvedAndReopenedAreEachTold() throws Exception {
        long id = report(rita.id());
        onlyMailTo(address("rita"));

        publish(new CustomerAwaited(id, customer, null));
        MimeMessage awaited = mailWithSubject("[ENG-" + id + "] Printer offline - we need your answer");
        assertThat(recipients(awaited)).containsExactly(address("rita"), address("cleo"));
        assertThat(MailBodies.of(awaited).get("text/plain")).contains("We need your answer",
                "http://localhost:8080/portal/requests/" + id);

        publish(new RequestResolved(id, customer, Duration.ofDays(5)));
        MimeMessage resolved = mailWithSubject("[ENG-" + id + "] Printer offline - resolved");
        assertThat(MailBodies.of(resolved).get("text/plain")).contains("We have resolved your request",
                "reply within 5 days to reopen it");

        publish(new RequestReopened(id, customer, 1L));
        MimeMessage reopened = mailWithSubject("[ENG-" + id + "] Printer offline - reopened");
        assertThat(MailBodies.of(reopened).get("text/html")).contains("Your reply has reopened your request");
    }

    @Test
    void aStaffMembersPublicMessageIsMailedWithItsTextAndAttachmentNames() throws Exception {
        long id = report(rita.id());
        onlyMailTo(address("rita"));
        MessageView message = new MessageView(41, id, AuthorKind.STAFF, "technician", null, Visibility.PUBLIC,
                MessageChannel.TASKLIST, "The new VPN profile is attached.\nImport it & restart <the> client.",
                Instant.now(), List.of(new AttachmentView(7, "vpn-profile.ovpn", "application/x-openvpn-profile", 120)));
        AtomicInteger reads = new AtomicInteger();
        RequestMails mails = mails(conversationOf(message, reads));

        mails.on(new MessagePosted(41, id, customer, AuthorKind.STAFF, Visibility.PUBLIC, MessageChannel.TASKLIST));

        await().until(() -> mailsTo(address("rita")).size() == 2); // after the received mail, with the same subject
        MimeMessage posted = mailsTo(address("rita")).get(1);
        assertThat(posted.getSubject()).isEqualTo("[ENG-" + id + "] Printer offline");
        assertThat(recipients(posted)).containsExactly(address("rita"), address("cleo"));
        Map<String, String> bodies = MailBodies.of(posted);
        assertThat(bodies.get("text/plain")).contains("Import it & restart <the> client.", "- vpn-profile.ovpn");
        assertThat(bodies.get("text/html")).contains("Import it &amp; restart &lt;the&gt; client.",
                "<li>vpn-profile.ovpn</li>");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aMessageOfFilesOnlyIsMailedWithTheirNames() throws Exception {
        long id = report(rita.id());
        onlyMailTo(address("rita"));
        MessageView message = new MessageView(43, id, AuthorKind.STAFF, "technician", null, Visibility.PUBLIC,
                MessageChannel.API, null, Instant.now(),
                List.of(new AttachmentView(8, "invoice-copy.pdf", "application/pdf", 2048)));
        RequestMails mails = mails(conversationOf(message, new AtomicInteger()));

        mails.on(new MessagePosted(43, id, customer, AuthorKind.STAFF, Visibility.PUBLIC, MessageChannel.API));

        await().until(() -> mailsTo(address("rita")).size() == 2);
        Map<String, String> bodies = MailBodies.of(mailsTo(address("rita")).get(1));
        assertThat(bodies.get("text/plain")).contains("with files only", "- invoice-copy.pdf").doesNotContain("null");
        assertThat(bodies.get("text/html")).contains("<li>invoice-copy.pdf</li>").doesNotContain("<blockquote");
    }

    @Test
    void internalNotesAndTheCustomersOwnMessagesAreNeverMailed() throws Exception {
        long id = report(rita.id());
        onlyMailTo(address("rita"));
        AtomicInteger reads = new AtomicInteger();
        RequestMails mails = mails(conversationOf(null, reads));

        mails.on(new MessagePosted(42, id, customer, AuthorKind.STAFF, Visibility.INTERNAL, MessageChannel.TASKLIST));
        mails.on(new MessagePosted(43, id, customer, AuthorKind.CUSTOMER, Visibility.PUBLIC, MessageChannel.PORTAL));
        // and through the event publication log, as the conversation publishes it
        publish(new MessagePosted(44, id, customer, AuthorKind.STAFF, Visibility.INTERNAL, MessageChannel.API));

        assertThat(reads).hasValue(0);
        assertThat(MAIL.getReceivedMessages()).hasSize(2); // the received mail, to Rita and Cleo
    }

    private long report(Long reporter) {
        long id = engagements.report(new NewEngagement(customer, "Printer offline", "Error 41", Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, null, reporter), "coordinator").id();
        publications().awaitCompleted(event -> event instanceof RequestReported r && r.engagementId() == id);
        return id;
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(event));
        publications().awaitCompleted(event::equals);
    }

    private RequestMails mails(Conversation conversation) {
        return new RequestMails(engagements, customers, contacts, conversation, templates, mail, links, viewers);
    }

    /** A conversation holding one public message (or none), counting how often it is read. */
    private static Conversation conversationOf(MessageView message, AtomicInteger reads) {
        return new Conversation() {
            @Override
            public MessageView post(long engagementId, long customerId, NewMessage newMessage) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<MessageView> messages(long engagementId, boolean withInternal) {
                reads.incrementAndGet();
                return message == null ? List.of() : List.of(message);
            }

            @Override
            public List<MessageView> latest(long engagementId, boolean withInternal, int limit) {
                return messages(engagementId, withInternal);
            }

            @Override
            public AttachmentContent attachment(long engagementId, long attachmentId) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private EventPublications publications() {
        return new EventPublications(registry);
    }

    private String address(String name) {
        return name + "." + unique + "@mail.example";
    }

    /** The one mail to the address, once it has arrived. */
    private static MimeMessage onlyMailTo(String address) throws Exception {
        await().until(() -> !mailsTo(address).isEmpty());
        assertThat(mailsTo(address)).hasSize(1);
        return mailsTo(address).get(0);
    }

    private static MimeMessage mailWithSubject(String subject) {
        return await().until(() -> Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject.equals(subjectOf(m)))
                .findFirst(), Optional::isPresent).get();
    }

    /** The mails sent to the address (GreenMail keeps one copy per mailbox: each mail counts once, by its id). */
    private static List<MimeMessage> mailsTo(String address) {
        Map<String, MimeMessage> byId = new LinkedHashMap<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (recipients(message).contains(address)) {
                byId.putIfAbsent(messageId(message), message);
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.quarterhour.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.quarterhour.conversation.Conversation;
import com.quarterhour.conversation.MessageChannel;
import com.quarterhour.conversation.MessageView;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.customer.ContactRequest;
import com.quarterhour.customer.ContactService;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementDetails;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.engagement.Impact;
import com.quarterhour.inbox.internal.ReceivedMail.Outcome;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import com.quarterhour.support.TestMailServer;
import com.quarterhour.support.TuesdayMorning;
import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Mails to the support mailbox (GreenMail's IMAP) as the poller takes them in: reports, replies, held mails, and
 * what it leaves alone. The tests poll themselves; nothing runs on the schedule.
 */
@QuarterhourTest
@ExtendWith(TuesdayMorning.class)
class InboxTest {

    private static final String MAILBOX = "support@quarterhour.example";

    @RegisterExtension
    static final GreenMailExtension IMAP = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());
    /** Reports and replies are announced by mail: a server that takes them. */
    @RegisterExtension
    static final GreenMailExtension SMTP = TestMailServer.extension();

    @Autowired Inbox inbox;
    @Autowired LockingTaskExecutor locks;
    @Autowired Clock clock;
    @Autowired ReceivedMailRepository received;
    @Autowired HeldMails heldMails;
    @Autowired EngagementService engagements;
    @Autowired Conversation conversation;
    @Autowired CustomerService customers;
    @Autowired ContactService contacts;
    @Autowired RuntimeService runtime;

    GreenMailUser mailbox;
    MailboxPoller poller;
    long customer;
    String alice;

    @BeforeEach
    void aMailboxAndACustomerWithAContact() {
        mailbox = IMAP.setUser(MAILBOX, "support", "secret");
        poller = new MailboxPoller(new InboxProperties(false, "127.0.0.1", IMAP.getImap().getPort(), "imap", "support",
                "secret", "INBOX", Duration.ofMinutes(1), null, Impact.PARTIALLY_IMPAIRED), inbox, locks, clock);
        customer = new TestCustomers(customers).onPlan("BPS-20");
        alice = "alice." + UUID.randomUUID() + "@acme.example";
        contacts.create(customer, new ContactRequest("Alice", alice, null, false));
    }

    @Test
    void aContactsMailWithoutAReferenceIsReportedByEmail() throws Exception {
        MimeMessage mail = mail(capitalised(alice), "Printer offline", "It stopped printing this morning.");

        long engagement = reportedAs(mail);

        EngagementDetails details = engagements.get(engagement);
        assertThat(details.customerId()).isEqualTo(customer);
        assertThat(details.title()).isEqualTo("Printer offline");
        assertThat(details.description()).isEqualTo("It stopped printing this morning.");
        assertThat(details.channel()).isEqualTo(Channel.EMAIL);
        assertThat(details.status()).isEqualTo(EngagementStatus.REPORTED);
        assertThat(details.reporterContactId()).isEqualTo(contacts.byEmail(alice).orElseThrow().id());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("support-request")
                .processInstanceBusinessKey(EngagementService.businessKeyOf(engagement)).singleResult()).isNotNull();
        assertThat(unseen()).isZero();
    }

    @Test
    void aReplyNamingTheRequestBecomesTheCustomersMessageWithoutTheQuotedHistory() throws Exception {
        long engagement = reportedAs(mail(alice, "Printer offline", "It stopped."));

        MimeMessage reply = mail(alice, "Re: [ENG-" + engagement + "] Printer offline",
                "It is model X.\n\nOn Tue, 17 Nov 2026, Support wrote:\n> Which model is it?\n");
        deliverAndPoll(reply);

        assertThat(outcome(reply)).isEqualTo(Outcome.REPLY);
        assertThat(conversation.messages(engagement, true)).last().satisfies(message -> {
            assertThat(message.body()).isEqualTo("It is model X.");
            assertThat(message.visibility()).isEqualTo(Visibility.PUBLIC);
            assertThat(message.channel()).isEqualTo(MessageChannel.EMAIL);
            assertThat(message.contactId()).isEqualTo(contacts.byEmail(alice).orElseThrow().id());
        });
    }

    @Test
    void aReplyFoundByItsInReplyToHeaderAloneIsAMessageToo() throws Exception {
        long engagement = reportedAs(mail(alice, "Printer offline", "It stopped."));

        MimeMessage reply = mail(alice, "Re: Printer offline", "Still offline.");
        reply.setHeader("In-Reply-To", "<ENG-" + engagement + ".42@quarterhour.example>");
        deliverAndPoll(reply);

        assertThat(outcome(reply)).isEqualTo(Outcome.REPLY);
        assertThat(conversation.messages(engagement, true)).extracting(MessageView::body).contains("Still offline.");
    }

    @Test
    void anotherCustomersReferenceIsANewReportOfTheSendersOwnCustomer() throws Exception {
        long other = new TestCustomers(customers).onPlan("BPS-20");
        String bob = "bob." + UUID.randomUUID() + "@other.example";
        contacts.create(other, new ContactRequest("Bob", bob, null, false));
        long othersRequest = reportedAs(mail(bob, "VPN down", "No VPN."));

        long engagement = reportedAs(mail(alice, "Same as ENG-" + othersRequest, "Ours too."));

        assertThat(engagement).isNotEqualTo(othersRequest);
        assertThat(engagements.get(engagement).customerId()).isEqualTo(customer);
        assertThat(conversation.messages(othersRequest, true)).isEmpty();
    }

    @Test
    void anUnknownSendersMailIsHeldForACoordinator() throws Exception {
        String stranger = "stranger." + UUID.randomUUID() + "@example.org";
        MimeMessage mail = mail(stranger, "Can you help?", "We are not a customer yet.");

        deliverAndPoll(mail);

        assertThat(outcome(mail)).isEqualTo(Outcome.HELD);
        assertThat(heldMails.list(null, PageRequest.of(0, 1000)).getContent()).filteredOn(held -> held.sender().equals(stranger))
                .singleElement().satisfies(held -> {
                    assertThat(held.subject()).isEqualTo("Can you help?");
                    assertThat(held.text()).isEqualTo("We are not a customer yet.");
                    assertThat(held.status()).isEqualTo("HELD");
                    assertThat(held.reason()).isEqualTo(Inbox.UNKNOWN_SENDER);
                    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(
                            HeldMails.businessKey(held.id())).singleResult()).isNotNull();
                });
    }

    @Test
    void autoRepliesBouncesAndOurOwnMailsAreDroppedAndMarkedSeen() throws Exception {
        MimeMessage outOfOffice = mail(alice, "Out of office", "Back on Monday.");
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        MimeMessage bulk = mail(alice, "Newsletter", "News.");
        bulk.setHeader("Precedence", "bulk");
        MimeMessage bounce = mail("MAILER-DAEMON@acme.example", "Undeliverable: ENG-1", "Delivery failed.");
        MimeMessage ours = mail(MAILBOX, "Your request", "We are on it.");

        deliverAndPoll(outOfOffice, bulk, bounce, ours);

        for (MimeMessage mail : new MimeMessage[] {outOfOffice, bulk, bounce, ours}) {
            assertThat(outcome(mail)).isEqualTo(Outcome.IGNORED);
        }
        assertThat(unseen()).isZero();
    }

    @Test
    void theSameMailReadTwiceIsReportedOnce() throws Exception {
        MimeMessage mail = mail(alice, "Printer offline", "It stopped.");
        long engagement = reportedAs(mail);

        // as after a crash between storing the report and marking the mail seen
        mailbox.deliver(mail);
        poller.poll();

        assertThat(received.findByMessageId(mail.getMessageID()).orElseThrow().getEngagementId()).isEqualTo(engagement);
        assertThat(engagements.list(new EngagementService.EngagementFilter(customer, null, null), PageRequest.of(0, 10))
                .getTotalElements()).isEqualTo(1);
        assertThat(unseen()).isZero();
    }

    @Test
    void anHtmlOnlyMailIsReadAsText() throws Exception {
        MimeMessage mail = mail(alice, "Printer offline", null);
        mail.setContent("<html><body><p>It <b>stopped</b>.</p><p>Since 9:00</p></body></html>", "text/html; charset=UTF-8");
        mail.saveChanges();
        mail.setHeader("Message-ID", "<" + UUID.randomUUID() + "@acme.example>");

        long engagement = reportedAs(mail);

        assertThat(engagements.get(engagement).description()).isEqualTo("It stopped.\nSince 9:00");
    }

    @Test
    void attachmentsOfAReportGoOnItsConversation() throws Exception {
        MimeMessage mail = withAttachment(mail(alice, "Printer offline", "See the log."), "printer.log", "text/plain",
                "paper jam");

        long engagement = reportedAs(mail);

        assertThat(engagements.get(engagement).description()).isEqualTo("See the log.");
        assertThat(conversation.messages(engagement, true)).singleElement().satisfies(message ->
                assertThat(message.attachments()).singleElement().satisfies(file -> {
                    assertThat(file.fileName()).isEqualTo("printer.log");
                    assertThat(file.size()).isEqualTo(9);
                }));
    }

    @Test
    void aReplysRefusedAttachmentIsLeftOffWithANote() throws Exception {
        long engagement = reportedAs(mail(alice, "Printer offline", "It stopped."));
        MimeMessage reply = withAttachment(mail(alice, "Re: ENG-" + engagement, "Here is the tool."), "tool.exe",
                "application/octet-stream", "MZ");

        deliverAndPoll(reply);

        assertThat(outcome(reply)).isEqualTo(Outcome.REPLY);
        assertThat(conversation.messages(engagement, true)).last().satisfies(message -> {
            assertThat(message.attachments()).isEmpty();
            assertThat(message.body()).startsWith("(The attachments of this e-mail were not accepted: ")
                    .endsWith("Here is the tool.");
        });
    }

    private long reportedAs(MimeMessage mail) throws MessagingException {
        deliverAndPoll(mail);
        ReceivedMail taken = received.findByMessageId(mail.getMessageID()).orElseThrow();
        assertThat(taken.getOutcome()).isEqualTo(Outcome.REPORT);
        return taken.getEngagementId();
    }

    private void deliverAndPoll(MimeMessage... mails) {
        for (MimeMessage mail : mails) {
            mailbox.deliver(mail);
        }
        poller.poll();
    }

    private Outcome outcome(MimeMessage mail) throws MessagingException {
        return received.findByMessageId(mail.getMessageID()).orElseThrow().getOutcome();
    }

    /** The mails of the mailbox nobody has read yet, as an IMAP client sees them. */
    private int unseen() throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", IMAP.getImap().getPort(), "support", "secret");
            Folder inboxFolder = store.getFolder("INBOX");
            inboxFolder.open(Folder.READ_ONLY);
            try {
                return inboxFolder.getUnreadMessageCount();
            } finally {
                inboxFolder.close(false);
            }
        }
    }

    private static MimeMessage mail(String from, String subject, String text) throws MessagingException {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom(new InternetAddress(from));
        mail.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(MAILBOX));
        mail.setSubject(subject);
        if (text != null) {
            mail.setText(text, StandardCharsets.UTF_8.name());
        }
        mail.saveChanges();
        mail.setHeader("Message-ID", "<" + UUID.randomUUID() + "@acme.example>");
        return mail;
    }

    private static MimeMessage withAttachment(MimeMessage mail, String fileName, String type, String content)
            throws Exception {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(String.valueOf(mail.getContent()), StandardCharsets.UTF_8.name());
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content.getBytes(StandardCharsets.UTF_8), type)));
        file.setFileName(fileName);
        String messageId = mail.getMessageID();
        mail.setContent(new MimeMultipart(text, file));
        mail.saveChanges();
        mail.setHeader("Message-ID", messageId);
        return mail;
    }

    private static String capitalised(String address) {
        return Character.toUpperCase(address.charAt(0)) + address.substring(1);
    }
}

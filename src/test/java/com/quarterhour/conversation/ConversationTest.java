package com.quarterhour.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.Impact;
import com.quarterhour.shared.DomainException;
import com.quarterhour.support.EicarScanner;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The stored conversation: what a post keeps, what it refuses without writing, and what readers get back. */
@QuarterhourTest
@RecordApplicationEvents
class ConversationTest {

    private static final Instant TUESDAY_MORNING = Instant.parse("2026-11-17T10:00:00Z");

    @Autowired Conversation conversation;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    long customer;
    long engagement;

    @BeforeEach
    void aReportedRequest() {
        ClockUtil.setCurrentTime(Date.from(TUESDAY_MORNING));
        customer = new TestCustomers(customers).onPlan("BPS-20");
        engagement = engagements.report(new NewEngagement(customer, "Printer offline", "Since this morning",
                Channel.REPORT, Impact.PARTIALLY_IMPAIRED, null, null, false), "coordinator").id();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPostIsKeptWithItsFilesAndAnnounced() {
        MessageView posted = conversation.post(engagement, customer, new NewMessage(AuthorKind.CUSTOMER, "alice", 7L,
                Visibility.PUBLIC, MessageChannel.PORTAL, "  It is still offline.  ",
                List.of(new NewAttachment("C:\\Users\\alice\\printer.log", "text/plain; charset=UTF-8", bytes("jam")))));

        assertThat(posted.body()).isEqualTo("It is still offline.");
        assertThat(posted.postedAt()).isEqualTo(TUESDAY_MORNING);
        assertThat(posted.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("printer.log");
            assertThat(file.contentType()).isEqualTo("text/plain");
            assertThat(file.size()).isEqualTo(3);
        });
        assertThat(conversation.messages(engagement, false)).containsExactly(posted);
        AttachmentContent content = conversation.attachment(engagement, posted.attachments().get(0).id());
        assertThat(content.content()).isEqualTo(bytes("jam"));
        assertThat(content.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(content.messageId()).isEqualTo(posted.id());
        assertThat(events.stream(MessagePosted.class)).containsExactly(new MessagePosted(posted.id(), engagement,
                customer, AuthorKind.CUSTOMER, Visibility.PUBLIC, MessageChannel.PORTAL));
    }

    @Test
    void readersWithoutInternalAccessSeeOnlyPublicMessagesOldestFirst() {
        MessageView question = staff(Visibility.PUBLIC, "Which model is it?");
        ClockUtil.setCurrentTime(Date.from(TUESDAY_MORNING.plusSeconds(60)));
        MessageView note = staff(Visibility.INTERNAL, "Probably the old firmware");
        ClockUtil.setCurrentTime(Date.from(TUESDAY_MORNING.plusSeconds(120)));
        MessageView answer = staff(Visibility.PUBLIC, "Please update the firmware");

        assertThat(conversation.messages(engagement, true)).containsExactly(question, note, answer);
        assertThat(conversation.messages(engagement, false)).containsExactly(question, answer);
        assertThat(conversation.latest(engagement, true, 2)).containsExactly(note, answer);
        assertThat(conversation.latest(engagement, false, 1)).containsExactly(answer);
    }

    @Test
    void anAttachmentOfAnotherRequestIsNotFound() {
        MessageView posted = conversation.post(engagement, customer, new NewMessage(AuthorKind.STAFF, "technician",
                null, Visibility.PUBLIC, MessageChannel.API, null,
                List.of(new NewAttachment("steps.pdf", "application/pdf", bytes("%PDF-1.4")))));
        long otherRequest = engagements.report(new NewEngagement(customer, "Another", "Another issue", Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, false), "coordinator").id();

        assertThatThrownBy(() -> conversation.attachment(otherRequest, posted.attachments().get(0).id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void aMailedReplyCountsOnlyOnItsOwnCustomersRequest() {
        long otherCustomer = new TestCustomers(customers).onPlan("BPS-20");
        NewMessage mailed = new NewMessage(AuthorKind.CUSTOMER, "alice@customer.example", 42L, null,
                MessageChannel.EMAIL, "Still broken", List.of());

        assertThatThrownBy(() -> engagements.postAsCustomer(engagement, otherCustomer, mailed))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
        MessageView posted = engagements.postAsCustomer(engagement, customer, mailed);
        assertThat(posted.authorKind()).isEqualTo(AuthorKind.CUSTOMER);
        assertThat(posted.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(posted.contactId()).isEqualTo(42L);
        assertThat(posted.channel()).isEqualTo(MessageChannel.EMAIL);
    }

    @Test
    void aRefusedPostWritesNothing() {
        int before = rows();
        assertRefused(HttpStatus.BAD_REQUEST, new NewMessage(AuthorKind.CUSTOMER, "alice", null, Visibility.INTERNAL,
                MessageChannel.PORTAL, "A secret", List.of()));
        assertRefused(HttpStatus.BAD_REQUEST, new NewMessage(AuthorKind.STAFF, "technician", null, Visibility.PUBLIC,
                MessageChannel.API, "  ", List.of()));
        assertRefused(HttpStatus.BAD_REQUEST, new NewMessage(AuthorKind.STAFF, "technician", null, Visibility.PUBLIC,
                MessageChannel.API, "x".repeat(10_001), List.of()));
        assertRefused(HttpStatus.UNPROCESSABLE_ENTITY, new NewMessage(AuthorKind.CUSTOMER, "alice", null,
                Visibility.PUBLIC, MessageChannel.PORTAL, "See the log", List.of(
                        new NewAttachment("fine.txt", "text/plain", bytes("fine")),
                        new NewAttachment("infected.txt", "text/plain", bytes(EicarScanner.SIGNATURE)))));
        assertThat(rows()).isEqualTo(before);
        assertThat(events.stream(MessagePosted.class)).isEmpty();
    }

    private void assertRefused(HttpStatus status, NewMessage message) {
        assertThatThrownBy(() -> conversation.post(engagement, customer, message))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(status));
    }

    private MessageView staff(Visibility visibility, String body) {
        return conversation.post(engagement, customer, new NewMessage(AuthorKind.STAFF, "technician", null, visibility,
                MessageChannel.API, body, List.of()));
    }

    private int rows() {
        return jdbc.queryForObject("select (select count(*) from conversation_message)"
                + " + (select count(*) from message_attachment)", Integer.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}

package com.quarterhour.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.quarterhour.customer.ContactView;
import com.quarterhour.customer.CustomerContacts;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.Impact;
import com.quarterhour.inbox.internal.ReceivedMail.Outcome;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.MailAddresses;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Where a contact's mail goes when the request it names refuses it: the request's answers decide, without a
 * database (the mail tests against the application cover the rest).
 */
class InboxRoutingTest {

    private static final ContactView ALICE = new ContactView(5, 9, "Alice", "alice@acme.example", null, false);

    EngagementService engagements = mock(EngagementService.class);
    CustomerContacts contacts = mock(CustomerContacts.class);
    HeldMails held = mock(HeldMails.class);
    Inbox inbox;

    @BeforeEach
    void init() {
        ReceivedMailRepository received = mock(ReceivedMailRepository.class);
        InboxProperties properties = new InboxProperties(false, null, 993, "imaps", null, null, "INBOX",
                Duration.ofMinutes(1), null, Impact.PARTIALLY_IMPAIRED);
        inbox = new Inbox(engagements, contacts, received, held, properties, mock(PlatformTransactionManager.class),
                new MailAddresses("support@quarterhour.example", null));
        when(contacts.byEmail(ALICE.email())).thenReturn(Optional.of(ALICE));
        when(engagements.report(any(), anyString())).thenReturn(new Started(8, "pi"));
    }

    @Test
    void aReplyToARequestClosedForRepliesIsANewRequestThatNamesTheOldOne() {
        when(engagements.postAsCustomer(eq(7L), eq(9L), any())).thenThrow(DomainException.conflict(
                "ENG-7 was closed on 2026-11-01"));

        Optional<Inbox.Result> result = inbox.receive(mail("Re: [ENG-7] Printer offline", "It is broken again."));

        assertThat(result).contains(new Inbox.Result(Outcome.REPORT, 8L));
        NewEngagement reported = reported();
        assertThat(reported.title()).isEqualTo("[ENG-7] Printer offline");
        assertThat(reported.description()).startsWith("Follow-up to ENG-7, which takes no more replies")
                .endsWith("It is broken again.");
        assertThat(reported.customerId()).isEqualTo(9L);
        assertThat(reported.reporterContactId()).isEqualTo(5L);
    }

    @Test
    void aReferenceTheRequestDoesNotKnowForThisCustomerIsANewRequestThatDoesNotMentionIt() {
        when(engagements.postAsCustomer(eq(7L), eq(9L), any())).thenThrow(DomainException.notFound(
                "Engagement 7 does not exist"));

        inbox.receive(mail("ENG-7 too", "Same here."));

        assertThat(reported().description()).isEqualTo("Same here.");
    }

    @Test
    void aReportTheRequestRefusesIsHeldWithTheReason() {
        when(engagements.report(any(), anyString())).thenThrow(DomainException.invalid("Customer 9 does not exist"));

        Optional<Inbox.Result> result = inbox.receive(mail("Printer offline", "It stopped."));

        assertThat(result).contains(new Inbox.Result(Outcome.HELD, null));
        verify(held).hold(any(), eq("Report refused: Customer 9 does not exist"));
        verify(engagements, never()).postAsCustomer(anyLong(), anyLong(), any());
    }

    private NewEngagement reported() {
        ArgumentCaptor<NewEngagement> reported = ArgumentCaptor.forClass(NewEngagement.class);
        verify(engagements).report(reported.capture(), eq(ALICE.email()));
        return reported.getValue();
    }

    private static InboundMail mail(String subject, String text) {
        return new InboundMail("<" + subject.hashCode() + "@acme.example>", ALICE.email(), subject, text, List.of(), false,
                List.of(), Instant.parse("2026-11-17T10:00:00Z"));
    }
}

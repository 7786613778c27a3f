package com.quarterhour.inbox.internal;

import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.MessageChannel;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.customer.ContactView;
import com.quarterhour.customer.CustomerContacts;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.inbox.internal.ReceivedMail.Outcome;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.MailAddresses;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a mail becomes. From a known contact: a reply on the request its subject or In-Reply-To names (one of the
 * contact's customer's), otherwise a new request. From anyone else: held for a coordinator. Auto-replies, bounces
 * and our own mails: dropped with a log line.
 * <p>
 * Each outcome is written in one transaction together with the mail's Message-ID, so a mail read twice (a crash
 * before it was marked seen, two nodes) is acted on once. A refusal of the request changes the outcome, never loses
 * the mail: a reply to a request closed for replies (409) becomes a new request that mentions the old one; a reference
 * to a request not the customer's (404) is a new request that does not confirm it exists; attachments the conversation
 * refuses are left off with a note in the text; anything else refused is held for a coordinator.
 */
@Service
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private static final Pattern REFERENCE = Pattern.compile("\\bENG-(\\d{1,18})\\b", Pattern.CASE_INSENSITIVE);
    static final String UNKNOWN_SENDER = "Unknown sender";
    /** How the conversation refuses a file: not allowed (400), too large (413), rejected by the virus scanner (422). */
    private static final Set<HttpStatus> ATTACHMENT_REFUSALS = Set.of(HttpStatus.BAD_REQUEST,
            HttpStatus.PAYLOAD_TOO_LARGE, HttpStatus.UNPROCESSABLE_ENTITY);
    /** A message's body holds 10,000 characters. */
    static final int BODY_LIMIT = 10_000;
    private static final String NO_TEXT = "(The e-mail had no text.)";
    private static final String ATTACHMENTS_ONLY = "(Attachments of the e-mail that reported this request.)";

    private final EngagementService engagements;
    private final CustomerContacts contacts;
    private final ReceivedMailRepository received;
    private final HeldMails held;
    private final InboxProperties properties;
    private final TransactionTemplate transaction;
    /** Our sender and the support mailbox: a mail from either is one of ours come back (a loop, a forward). */
    private final Set<String> ownAddresses;

    Inbox(EngagementService engagements, CustomerContacts contacts, ReceivedMailRepository received, HeldMails held,
            InboxProperties properties, PlatformTransactionManager transactions, MailAddresses addresses) {
        this.engagements = engagements;
        this.contacts = contacts;
        this.received = received;
        this.held = held;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.ownAddresses = Stream.of(addresses.from(), addresses.replyTo()).map(Inbox::normalized).collect(Collectors.toSet());
    }

    /** What a mail became, for the log and the record of received mails. */
    record Result(Outcome outcome, Long engagementId) {
    }

    /** Acts on the mail, once per Message-ID; returns what it became (empty: it was acted on before). */
    public Optional<Result> receive(InboundMail mail) {
        if (received.existsByMessageId(mail.messageId())) {
            log.info("Mail {} from {} was taken in before: skipped", mail.messageId(), mail.from());
            return Optional.empty();
        }
        if (mail.automatic() || ownAddresses.contains(mail.from())) {
            log.info("Mail {} from {} is an automatic reply, a bounce, bulk mail or our own: dropped", mail.messageId(),
                    mail.from());
            return once(mail, () -> new Result(Outcome.IGNORED, null));
        }
        Optional<ContactView> contact = contacts.byEmail(mail.from());
        if (contact.isEmpty()) {
            return hold(mail, UNKNOWN_SENDER);
        }
        return deliver(mail, contact.get());
    }

    private Optional<Result> deliver(InboundMail mail, ContactView contact) {
        InboundMail report = mail;
        OptionalLong reference = reference(mail);
        if (reference.isPresent()) {
            long engagementId = reference.getAsLong();
            try {
                return withoutRefusedAttachments(mail, reply -> reply(engagementId, reply, contact));
            } catch (DomainException refused) {
                if (refused.status() == HttpStatus.CONFLICT) {
                    report = mail.withText("Follow-up to " + key(engagementId) + ", which takes no more replies ("
                            + refused.getMessage() + ").\n\n" + mail.text(), mail.attachments());
                } else if (refused.status() != HttpStatus.NOT_FOUND) {
                    return hold(mail, "Reply to " + key(engagementId) + " refused: " + refused.getMessage());
                }
                // not found: another customer's request, or none; reported anew without saying which
            }
        }
        try {
            return withoutRefusedAttachments(report, newReport -> report(newReport, contact));
        } catch (DomainException refused) {
            return hold(mail, "Report refused: " + refused.getMessage());
        }
    }

    private Result reply(long engagementId, InboundMail mail, ContactView contact) {
        engagements.postAsCustomer(engagementId, contact.customerId(), message(mail, contact, orNoText(mail.text())));
        log.info("Mail {} from {}: a reply on {}", mail.messageId(), mail.from(), key(engagementId));
        return new Result(Outcome.REPLY, engagementId);
    }

    private Result report(InboundMail mail, ContactView contact) {
        long engagementId = engagements.report(MailReport.of(mail, mail.text(), contact.customerId(), contact.id(),
                properties.impact(), null), MailReport.actor(mail)).id();
        if (!mail.attachments().isEmpty()) {
            // a request has no attachments of its own: they go on its conversation
            engagements.postAsCustomer(engagementId, contact.customerId(), message(mail, contact, ATTACHMENTS_ONLY));
        }
        log.info("Mail {} from {}: reported as {}", mail.messageId(), mail.from(), key(engagementId));
        return new Result(Outcome.REPORT, engagementId);
    }

    private static NewMessage message(InboundMail mail, ContactView contact, String body) {
        return new NewMessage(AuthorKind.CUSTOMER, MailReport.actor(mail), contact.id(), Visibility.PUBLIC,
                MessageChannel.EMAIL, body, mail.attachments());
    }

    private Optional<Result> hold(InboundMail mail, String reason) {
        return once(mail, () -> {
            held.hold(mail, reason);
            return new Result(Outcome.HELD, null);
        });
    }

    /**
     * Delivers the mail; if the conversation refuses it with attachments (a type not allowed, too large, a virus),
     * delivers it without them, saying so.
     */
    private Optional<Result> withoutRefusedAttachments(InboundMail mail, Function<InboundMail, Result> delivery) {
        try {
            return once(mail, () -> delivery.apply(mail));
        } catch (DomainException refused) {
            if (!ATTACHMENT_REFUSALS.contains(refused.status()) || mail.attachments().isEmpty()) {
                throw refused;
            }
            log.info("Mail {} from {}: attachments refused ({}), taken in without them", mail.messageId(), mail.from(),
                    refused.getMessage());
            // first, so that no cut to a request's or message's length drops it
            InboundMail bare = mail.withText("(The attachments of this e-mail were not accepted: " + refused.getMessage()
                    + ")\n\n" + mail.text(), List.of());
            return once(bare, () -> delivery.apply(bare));
        }
    }

    /**
     * The work and the mail's Message-ID in one transaction: a second node (or a second read) taking in the same mail
     * fails on the Message-ID's unique key, and what it did is rolled back with it.
     */
    private Optional<Result> once(InboundMail mail, Supplier<Result> work) {
        try {
            return Optional.ofNullable(transaction.execute(status -> {
                Result result = work.get();
                received.saveAndFlush(new ReceivedMail(mail, result.outcome(), result.engagementId()));
                return result;
            }));
        } catch (DataIntegrityViolationException takenMeanwhile) {
            if (!received.existsByMessageId(mail.messageId())) {
                throw takenMeanwhile;
            }
            log.info("Mail {} from {} was taken in meanwhile: skipped", mail.messageId(), mail.from());
            return Optional.empty();
        }
    }

    /** The request the mail names: in its subject, else in the Message-IDs it replies to (our mails carry ENG-n). */
    private static OptionalLong reference(InboundMail mail) {
        return Stream.concat(Stream.of(mail.subject()), mail.referenced().stream())
                .map(REFERENCE::matcher)
                .filter(Matcher::find)
                .mapToLong(matcher -> Long.parseLong(matcher.group(1)))
                .findFirst();
    }

    private static String orNoText(String text) {
        return text.isBlank() ? NO_TEXT : Limits.cut(text, BODY_LIMIT);
    }

    private static String normalized(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private static String key(long engagementId) {
        return "ENG-" + engagementId;
    }
}

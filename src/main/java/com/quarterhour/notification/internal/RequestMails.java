package com.quarterhour.notification.internal;

import com.quarterhour.conversation.AttachmentView;
import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.Conversation;
import com.quarterhour.conversation.MessagePosted;
import com.quarterhour.conversation.MessageView;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.customer.ContactView;
import com.quarterhour.customer.CustomerContacts;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.CustomerAwaited;
import com.quarterhour.engagement.EngagementDetails;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.RequestReopened;
import com.quarterhour.engagement.RequestReported;
import com.quarterhour.engagement.RequestResolved;
import com.quarterhour.identity.Viewers;
import com.quarterhour.shared.Formats;
import com.quarterhour.shared.MailLinks;
import com.quarterhour.shared.MailTemplates;
import com.quarterhour.shared.MailTemplates.Rendered;
import com.quarterhour.shared.NotificationMail;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * One listener per step of a request that the customer is told of. Each runs after its step committed, from the event
 * publication log, without a transaction of its own (talking to the mail server holds no pooled connection; the reads
 * are transactions of their own); a mail server failure leaves the publication incomplete and the mail is sent again
 * later. A request whose customer has no contact to tell (no reporter, nobody copied on all) sends nothing.
 */
@Component
class RequestMails {

    private final EngagementService engagements;
    private final CustomerService customers;
    private final CustomerContacts contacts;
    private final Conversation conversation;
    private final MailTemplates templates;
    private final NotificationMail mail;
    private final MailLinks links;
    private final Viewers viewers;

    /** The conversation is looked up when a mail first quotes a message (it is built beside this feature). */
    RequestMails(EngagementService engagements, CustomerService customers, CustomerContacts contacts,
            Conversation conversation, MailTemplates templates, NotificationMail mail,
            MailLinks links, Viewers viewers) {
        this.engagements = engagements;
        this.customers = customers;
        this.contacts = contacts;
        this.conversation = conversation;
        this.templates = templates;
        this.mail = mail;
        this.links = links;
        this.viewers = viewers;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RequestReported reported) {
        EngagementDetails request = engagements.get(reported.engagementId());
        ZoneId zone = zoneOf(request);
        send("received", "", request, reported.reporterContactId(), formats -> {
            Map<String, Object> details = new HashMap<>();
            details.put("responseDue", formats.dateTime(request.responseDueAt(), zone));
            details.put("appointment", formats.dateTime(request.appointmentStart(), zone));
            return details;
        });
    }

    /** Only a staff member's public message: the customer's own and internal notes are no news to tell. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(MessagePosted posted) {
        if (posted.authorKind() != AuthorKind.STAFF || posted.visibility() != Visibility.PUBLIC) {
            return;
        }
        EngagementDetails request = engagements.get(posted.engagementId());
        message(posted.engagementId(), posted.messageId()).ifPresent(message -> {
            // a message may be files only: no body then
            Map<String, Object> details = new HashMap<>();
            details.put("body", message.body());
            details.put("attachments", message.attachments().stream().map(AttachmentView::fileName).toList());
            send("message", "", request, request.reporterContactId(), formats -> details);
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CustomerAwaited awaited) {
        EngagementDetails request = engagements.get(awaited.engagementId());
        Map<String, Object> details = new HashMap<>();
        details.put("question", Optional.ofNullable(awaited.questionMessageId())
                .flatMap(id -> message(awaited.engagementId(), id)).map(MessageView::body).orElse(null));
        send("awaited", " - we need your answer", request, request.reporterContactId(), formats -> details);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RequestResolved resolved) {
        EngagementDetails request = engagements.get(resolved.engagementId());
        Map<String, Object> details = new HashMap<>();
        details.put("resolution", request.resolutionNote());
        details.put("reopenDays", resolved.reopenWindow().toDays());
        send("resolved", " - resolved", request, request.reporterContactId(), formats -> details);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RequestReopened reopened) {
        EngagementDetails request = engagements.get(reopened.engagementId());
        send("reopened", " - reopened", request, request.reporterContactId(), formats -> Map.of());
    }

    /**
     * One mail per locale among the recipients: a contact with a portal login reads in that login's locale, the others
     * in the installation's default (times stay in the customer's zone).
     */
    private void send(String template, String subjectSuffix, EngagementDetails request, Long reporterContactId,
            Function<Formats, Map<String, Object>> details) {
        Map<Locale, List<String>> toByLocale = contacts.recipients(request.customerId(), reporterContactId).stream()
                .collect(Collectors.groupingBy(contact -> viewers.of(contact.portalUser()).locale(), LinkedHashMap::new,
                        Collectors.mapping(ContactView::email, Collectors.toList())));
        String reference = EngagementService.businessKeyOf(request.id());
        toByLocale.forEach((locale, to) -> {
            Map<String, Object> variables = new HashMap<>(details.apply(Formats.of(locale)));
            variables.put("reference", reference);
            variables.put("title", request.title());
            variables.put("link", links.portalRequest(request.id()));
            Rendered body = templates.render("mail/" + template, variables, locale);
            // the reference in brackets is how a reply by mail finds its request
            mail.send("Request mail", to, "[" + reference + "] " + request.title() + subjectSuffix, body.text(),
                    body.html());
        });
    }

    private Optional<MessageView> message(long engagementId, long messageId) {
        return conversation.messages(engagementId, false).stream()
                .filter(m -> m.id() == messageId)
                .findFirst();
    }

    private ZoneId zoneOf(EngagementDetails request) {
        return customers.get(request.customerId()).timeZone();
    }
}

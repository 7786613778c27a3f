package com.quarterhour.inbox.internal;

import com.quarterhour.customer.ContactRequest;
import com.quarterhour.customer.ContactService;
import com.quarterhour.customer.ContactView;
import com.quarterhour.customer.CustomerContacts;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.inbox.HeldMailView;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.EngineSystem;
import com.quarterhour.shared.Paging;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails a coordinator sorts: each held mail is a held-mail instance whose business key names it, so the task acts on
 * that mail whatever its user writes; the form's fields decide only the decision and the customer.
 */
@Service
@Transactional
public class HeldMails {

    private static final Logger log = LoggerFactory.getLogger(HeldMails.class);

    public static final String PROCESS_KEY = "held-mail";
    /** Form: ASSIGN or DISCARD, and the customer's id (a select fed by {@link #CUSTOMER_OPTIONS}). */
    public static final String DECISION = "heldMailDecision";
    public static final String CUSTOMER = "heldMailCustomer";
    /** Form: add the sender as a contact of the customer (a checkbox), and the contact's name. */
    public static final String ADD_CONTACT = "heldMailAddContact";
    public static final String CONTACT_NAME = "heldMailContactName";
    public static final String ASSIGN = "ASSIGN";
    public static final String DISCARD = "DISCARD";
    static final String CUSTOMER_OPTIONS = "customerOptions";
    public static final String SORTABLE = "id,receivedAt";
    private static final String KEY_PREFIX = "HELD-MAIL-";
    /** The select lists this many customers by name (Tasklist's select filters them as the coordinator types). */
    private static final int CUSTOMER_OPTIONS_LIMIT = 1000;
    /** A string process variable holds 4000 characters; the whole text stays on the held mail (the API shows it). */
    private static final int VARIABLE_TEXT_LIMIT = 4000;
    /** The data format Tasklist's forms read a list variable in (registered by the tasklist feature). */
    private static final String JSON = "application/json";

    private final HeldMailRepository held;
    private final EngagementService engagements;
    private final CustomerService customers;
    private final CustomerContacts contacts;
    private final ContactService contactService;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final InboxProperties properties;
    private final Clock clock;

    HeldMails(HeldMailRepository held, EngagementService engagements, CustomerService customers,
            CustomerContacts contacts, ContactService contactService, RuntimeService runtime, IdentityService identity,
            InboxProperties properties, Clock clock) {
        this.contacts = contacts;
        this.contactService = contactService;
        this.held = held;
        this.engagements = engagements;
        this.customers = customers;
        this.runtime = runtime;
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
    }

    public static String businessKey(long heldMailId) {
        return KEY_PREFIX + heldMailId;
    }

    public static long heldMailId(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(KEY_PREFIX)) {
            throw DomainException.invalid("A held-mail instance needs the business key " + KEY_PREFIX + "<id>, got "
                    + businessKey);
        }
        try {
            return Long.parseLong(businessKey.substring(KEY_PREFIX.length()));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("Malformed held-mail business key " + businessKey);
        }
    }

    /** Keeps the mail and opens the coordinators' task to sort it. */
    long hold(InboundMail mail, String reason) {
        HeldMail mailHeld = held.save(new HeldMail(mail, reason));
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("heldMailSender", mailHeld.getSender());
        shown.put("heldMailSubject", mailHeld.getSubject());
        shown.put("heldMailText", Limits.cut(mailHeld.getText(), VARIABLE_TEXT_LIMIT));
        shown.put("heldMailReason", reason);
        shown.put(CUSTOMER_OPTIONS, customerOptions());
        EngineSystem.run(identity, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(mailHeld.getId()),
                shown));
        log.info("Mail from {} held for a coordinator ({}): held mail {}", mail.from(), reason, mailHeld.getId());
        return mailHeld.getId();
    }

    /**
     * What the coordinator's form says: the customer's id, whether to add the sender as a contact of that customer, and
     * the contact's name (the address when empty). Raw form values: checked here.
     */
    public record Assignment(Object customer, Object addContact, Object contactName) {
    }

    /**
     * The coordinator named the customer: the mail is reported for it, dated when it arrived, with the sender as its
     * reporter when the coordinator added the sender as a contact.
     */
    public long assign(long heldMailId, Assignment assignment, String actor) {
        HeldMail mail = find(heldMailId);
        long customerId = customerId(assignment.customer());
        Long reporter = Boolean.TRUE.equals(assignment.addContact())
                ? contact(customerId, mail.getSender(), assignment.contactName()) : null;
        InboundMail asReceived = mail.asMail();
        long engagementId = engagements.report(MailReport.of(asReceived, asReceived.text(), customerId, reporter,
                properties.impact(), asReceived.receivedAt()), actor).id();
        mail.assigned(customerId, engagementId, actor, clock.instant());
        log.info("Held mail {} assigned by {} to customer {}: reported as ENG-{}", heldMailId, actor, customerId,
                engagementId);
        return engagementId;
    }

    /**
     * The gateway sends every decision but ASSIGN here; only DISCARD discards, anything else is the form's error (400)
     * and the task stays open, so a mistyped decision never throws a mail away.
     */
    public void discard(long heldMailId, Object decision, String actor) {
        if (decision == null || !DISCARD.equals(decision.toString())) {
            throw DomainException.invalid(DECISION + " must be ASSIGN or DISCARD");
        }
        find(heldMailId).discarded(actor, clock.instant());
        log.info("Held mail {} discarded by {}", heldMailId, actor);
    }

    /** Held mails with the status (HELD when not given), the oldest first unless sorted otherwise. */
    @Transactional(readOnly = true)
    public Page<HeldMailView> list(String status, Pageable pageable) {
        HeldMail.Status wanted;
        try {
            wanted = status == null || status.isBlank() ? HeldMail.Status.HELD : HeldMail.Status.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("status must be HELD, ASSIGNED or DISCARDED");
        }
        return held.findByStatus(wanted, Paging.sorted(pageable, Sort.by("receivedAt"), SORTABLE)).map(HeldMail::view);
    }

    private HeldMail find(long heldMailId) {
        return held.findById(heldMailId)
                .orElseThrow(() -> DomainException.notFound("Held mail " + heldMailId + " does not exist"));
    }

    /** The customer's contact with the sender's address: added now, or added meanwhile by someone else. */
    private long contact(long customerId, String sender, Object name) {
        Optional<ContactView> existing = contacts.byEmail(sender);
        if (existing.isPresent()) {
            if (existing.get().customerId() != customerId) {
                throw DomainException.conflict(sender + " is now a contact of another customer; assign the mail to that"
                        + " customer or without adding the contact");
            }
            return existing.get().id();
        }
        String contactName = name == null || name.toString().isBlank() ? sender : name.toString().strip();
        return contactService.create(customerId, new ContactRequest(contactName, sender, null, false)).id();
    }

    private static long customerId(Object customer) {
        if (customer == null || customer.toString().isBlank()) {
            throw DomainException.invalid("Choose the customer the mail is from");
        }
        try {
            return Long.parseLong(customer.toString().strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("Customer " + customer + " does not exist");
        }
    }

    private Object customerOptions() {
        List<Map<String, String>> options = new ArrayList<>();
        customers.list(null, PageRequest.of(0, CUSTOMER_OPTIONS_LIMIT)).forEach(customer -> {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", customer.name());
            option.put("value", String.valueOf(customer.id()));
            options.add(option);
        });
        return Variables.objectValue(options).serializationDataFormat(JSON).create();
    }
}

package com.quarterhour.inbox.internal;

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
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final InboxProperties properties;
    private final Clock clock;

    HeldMails(HeldMailRepository held, EngagementService engagements, CustomerService customers, RuntimeService runtime,
            IdentityService identity, InboxProperties properties, Clock clock) {
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

    /** The coordinator named the customer: the mail is reported for it as the mail arrived, without a contact. */
    public long assign(long heldMailId, Object customer, String actor) {
        HeldMail mail = find(heldMailId);
        long customerId = customerId(customer);
        InboundMail asReceived = mail.asMail();
        long engagementId = engagements.report(MailReport.of(asReceived, asReceived.text(), customerId, null,
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

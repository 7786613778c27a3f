package com.quarterhour.portal.internal;

import com.quarterhour.customer.ContactView;
import com.quarterhour.customer.CustomerContacts;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.TimeCaptured;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.portal.internal.UsageMeter.MeteredMonth;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The usage alert: when captured time reaches 75% or 90% of the month's included hours, the alert is recorded once
 * per customer, period and threshold (unique key) and one e-mail goes to the customer. It runs on a thread of its own
 * once the capture has committed (from the event publication log), so a rolled-back capture alerts nobody, a failing
 * alert never undoes a time entry, and the capturing request never waits for a second pooled connection. Reaching both
 * thresholds at once records both and sends one mail (the 90% one).
 * <p>
 * Recipients: the e-mail addresses of the customer's portal users, its contacts copied on all (as they are told of every
 * request, they are told what the requests use up), and the customer's contact e-mail if one is on file. With none, the alert is still recorded (the portal's banner shows it) and the log says nobody was mailed.
 */
@Component
public class UsageAlerts {

    private static final Logger log = LoggerFactory.getLogger(UsageAlerts.class);

    /** Concurrent captures of one customer race to record a threshold: the losers look again, and find it recorded. */
    private static final int ATTEMPTS = 3;

    private final UsageMeter meter;
    private final UsageAlertRepository alerts;
    private final CustomerUsers users;
    private final CustomerService customers;
    private final CustomerContacts contacts;
    private final UsageAlertMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    UsageAlerts(UsageMeter meter, UsageAlertRepository alerts, CustomerUsers users, CustomerService customers,
            CustomerContacts contacts, UsageAlertMail mail, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
            JdbcTemplate jdbc) {
        this.meter = meter;
        this.alerts = alerts;
        this.users = users;
        this.customers = customers;
        this.contacts = contacts;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    // each attempt below is a transaction of its own: one that lost a race on the unique key is over before the next
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TimeCaptured captured) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> raise(captured.customerId()));
                return;
            } catch (DataIntegrityViolationException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Records the thresholds newly reached this month and mails the highest of them; returns the new ones. */
    List<Integer> raise(long customerId) {
        Optional<MeteredMonth> metered = meter.thisMonth(customerId);
        if (metered.isEmpty() || metered.get().use().thresholdsReached().isEmpty()) {
            return List.of();
        }
        MeteredMonth month = metered.get();
        String period = month.use().month().toString();
        Map<String, String> recipients = recipients(customerId);
        List<Integer> raised = new ArrayList<>();
        for (int threshold : month.use().thresholdsReached()) {
            if (!alerts.existsByCustomerIdAndPeriodAndThresholdPercent(customerId, period, threshold)) {
                record(month, threshold, List.copyOf(recipients.keySet()));
                raised.add(threshold);
            }
        }
        if (!raised.isEmpty()) {
            int highest = raised.get(raised.size() - 1);
            if (recipients.isEmpty()) {
                log.warn("Usage alert {}% for customer {} in {}: nobody to mail (no portal user or contact e-mail)",
                        highest, customerId, period);
            } else {
                mail.raised(recipients, month, highest).forEach(events::publishEvent);
            }
        }
        return raised;
    }

    // through JDBC: a capture that loses the race on the unique key is expected (the caller retries), and Hibernate would
    // log each such refusal as an ERROR
    private void record(MeteredMonth month, int threshold, List<String> recipients) {
        jdbc.update("insert into usage_alert (customer_id, period, threshold_percent, plan_code, included_minutes,"
                        + " used_minutes, raised_at, notified) values (?, ?, ?, ?, ?, ?, ?, ?)",
                month.customer().id(), month.use().month().toString(), threshold, month.planCode(),
                month.use().includedMinutes(), month.use().usedMinutes(), clock.instant().atOffset(ZoneOffset.UTC),
                recipients.isEmpty() ? null : String.join(",", recipients));
    }

    /** Address to the portal login it belongs to (null for an address without a login), each address once. */
    private Map<String, String> recipients(long customerId) {
        Map<String, String> to = new LinkedHashMap<>();
        users.emailsByUser(customerId).forEach((user, email) -> to.putIfAbsent(email, user));
        for (ContactView contact : contacts.recipients(customerId, null)) {
            to.putIfAbsent(contact.email(), contact.portalUser());
        }
        customers.contactEmail(customerId).ifPresent(email -> to.putIfAbsent(email, null));
        return to;
    }
}

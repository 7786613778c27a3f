package com.quarterhour.portal.internal;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.TimeCaptured;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.portal.internal.UsageMeter.MeteredMonth;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The usage alert: when captured time reaches 75% or 90% of the month's included hours, the alert is recorded once
 * per customer, period and threshold (unique key) and one e-mail goes to the customer. It runs after the transaction
 * that captured the time commits, in transactions of its own, so a rolled-back capture alerts nobody and a failing
 * alert never undoes a time entry. Reaching both thresholds at once records both and sends one mail (the 90% one).
 * <p>
 * Recipients: the e-mail addresses of the customer's portal users, and the customer's contact e-mail if one is on
 * file. With none, the alert is still recorded (the portal's banner shows it) and the log says nobody was mailed.
 */
@Component
public class UsageAlerts {

    private static final Logger log = LoggerFactory.getLogger(UsageAlerts.class);

    private final UsageMeter meter;
    private final UsageAlertRepository alerts;
    private final CustomerUsers users;
    private final CustomerService customers;
    private final UsageAlertMail mail;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    UsageAlerts(UsageMeter meter, UsageAlertRepository alerts, CustomerUsers users, CustomerService customers,
            UsageAlertMail mail, Clock clock, PlatformTransactionManager transactions) {
        this.meter = meter;
        this.alerts = alerts;
        this.users = users;
        this.customers = customers;
        this.mail = mail;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onTimeCaptured(TimeCaptured event) {
        try {
            raise(event.customerId());
        } catch (RuntimeException e) {
            // the time entry is committed; an alert that could not be checked must not turn its capture into an error
            log.error("Could not check the usage alert of customer {} after time entry {}", event.customerId(),
                    event.timeEntryId(), e);
        }
    }

    /** Records the thresholds newly reached this month and mails the highest of them; returns the new ones. */
    public List<Integer> raise(long customerId) {
        Optional<MeteredMonth> metered = newTransaction.execute(status -> meter.thisMonth(customerId));
        if (metered == null || metered.isEmpty() || metered.get().use().thresholdsReached().isEmpty()) {
            return List.of();
        }
        MeteredMonth month = metered.get();
        List<String> recipients = newTransaction.execute(status -> recipients(customerId));
        List<Integer> raised = new ArrayList<>();
        for (int threshold : month.use().thresholdsReached()) {
            if (recordOnce(month, threshold, recipients)) {
                raised.add(threshold);
            }
        }
        if (!raised.isEmpty()) {
            int highest = raised.get(raised.size() - 1);
            if (recipients.isEmpty()) {
                log.warn("Usage alert {}% for customer {} in {}: nobody to mail (no portal user or contact e-mail)",
                        highest, customerId, month.use().month());
            } else {
                mail.send(recipients, month, highest);
            }
        }
        return raised;
    }

    private boolean recordOnce(MeteredMonth month, int threshold, List<String> recipients) {
        long customerId = month.customer().id();
        String period = month.use().month().toString();
        try {
            return Boolean.TRUE.equals(newTransaction.execute(status -> {
                if (alerts.existsByCustomerIdAndPeriodAndThresholdPercent(customerId, period, threshold)) {
                    return false;
                }
                alerts.saveAndFlush(new UsageAlert(customerId, period, threshold, month.planCode(),
                        month.use().includedMinutes(), month.use().usedMinutes(), clock.instant(),
                        recipients.isEmpty() ? null : String.join(",", recipients)));
                return true;
            }));
        } catch (DataIntegrityViolationException e) {
            // a concurrent capture recorded it first: that one mails
            return false;
        }
    }

    private List<String> recipients(long customerId) {
        Set<String> to = new LinkedHashSet<>(users.emailsOf(customerId));
        customers.contactEmail(customerId).ifPresent(to::add);
        return List.copyOf(to);
    }
}

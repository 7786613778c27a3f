package com.quarterhour.sla.internal;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.identity.Groups;
import com.quarterhour.identity.StaffDirectory;
import com.quarterhour.shared.Minutes;
import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.SlaAlertRaised;
import com.quarterhour.sla.SlaAlertRaised.Level;
import com.quarterhour.sla.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who hears of a warning, a breach or its escalation, and what they read. The mail is an {@link SlaAlertRaised}
 * event published in the caller's transaction (the sla-clock job's), so it is sent only once that commits
 * ({@link AlertMailer}).
 */
@Component
public class SlaAlerts {

    private static final Logger log = LoggerFactory.getLogger(SlaAlerts.class);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm z");

    private final StaffDirectory staff;
    private final CustomerService customers;
    private final ApplicationEventPublisher events;

    SlaAlerts(StaffDirectory staff, CustomerService customers, ApplicationEventPublisher events) {
        this.staff = staff;
        this.customers = customers;
        this.events = events;
    }

    /** To the assigned technician; before triage nobody is assigned, so to the coordinators. */
    public List<String> warning(SlaClock clock, String title) {
        List<String> to = clock.getAssignee() != null
                ? staff.emailOf(clock.getAssignee()).map(List::of).orElseGet(List::of)
                : staff.emailsOf(Groups.COORDINATORS);
        CustomerView customer = customers.get(clock.getCustomerId());
        raise(clock, Level.WARNING, to, "[SLA warning] ENG-" + clock.getEngagementId() + " " + title + ": "
                        + noun(clock) + " due " + at(clock.getDueAt(), customer.timeZone()),
                clock.getWarnAtPercent() + "% of the " + noun(clock) + " target of " + clock.getTargetMinutes()
                        + " minutes (" + clock.getCalendar() + ") have passed.\n\n" + facts(clock, title, customer));
        return to;
    }

    /** To the coordinators and the customer's manager. */
    public List<String> breach(SlaBreach breach, SlaClock clock, String title) {
        CustomerView customer = customers.get(clock.getCustomerId());
        Set<String> to = new LinkedHashSet<>(staff.emailsOf(Groups.COORDINATORS));
        staff.emailOf(customer.managerUsername()).ifPresent(to::add);
        List<String> recipients = new ArrayList<>(to);
        raise(clock, Level.BREACH, recipients, "[SLA breach] ENG-" + clock.getEngagementId() + " " + title + ": "
                        + noun(clock) + " was due " + at(breach.getDueAt(), customer.timeZone()),
                "The " + noun(clock) + " target of " + breach.getTargetMinutes() + " minutes (" + clock.getCalendar()
                        + ") was missed. A manager's task \"Investigate SLA breach\" is open.\n\n" + facts(clock, title, customer));
        return recipients;
    }

    /**
     * To the escalation address of the target (e.g. the head of support): the breach is still unanswered at the
     * second level, so they hear which request, for whom and how far past due it is.
     */
    public List<String> escalation(SlaClock clock, String title, Duration pastDue) {
        CustomerView customer = customers.get(clock.getCustomerId());
        SlaTarget.Escalation level = clock.getEscalation()
                .orElseThrow(() -> new IllegalStateException("The " + clock.getKind() + " clock of engagement "
                        + clock.getEngagementId() + " has no escalation"));
        List<String> to = List.of(level.mailTo());
        String overdue = Minutes.text(Math.toIntExact(pastDue.toMinutes()));
        raise(clock, Level.ESCALATION, to, "[SLA escalation] ENG-" + clock.getEngagementId() + " " + title + ": "
                        + noun(clock) + " " + overdue + " past due, unanswered",
                "ENG-" + clock.getEngagementId() + " " + title + " for " + customer.name() + " " + stillOpen(clock)
                        + ". Its " + noun(clock) + " target of " + clock.getTargetMinutes() + " minutes (" + clock.getCalendar()
                        + ") was due " + at(clock.getDueAt(), customer.timeZone()) + "; it is now " + overdue
                        + " past due in working time, " + level.atPercent() + "% of the target. The coordinators and the"
                        + " customer's manager were told of the breach; the managers' task \"Investigate SLA breach\""
                        + " now has high priority.\n\n" + facts(clock, title, customer));
        return to;
    }

    private void raise(SlaClock clock, Level level, List<String> to, String subject, String text) {
        if (to.isEmpty()) {
            log.warn("SLA alert '{}' has nobody to go to (no e-mail addresses on file)", subject);
            return;
        }
        events.publishEvent(new SlaAlertRaised(clock.getEngagementId(), clock.getKind(), level, to, subject, text));
    }

    private static String facts(SlaClock clock, String title, CustomerView customer) {
        return "Engagement: ENG-" + clock.getEngagementId() + " " + title + "\n"
                + "Customer: " + customer.name() + "\n"
                + "Plan: " + clock.getPlanCode() + ", priority " + clock.getPriority() + "\n"
                + "Clock started: " + at(clock.getStartedAt(), customer.timeZone()) + "\n"
                + "Due: " + at(clock.getDueAt(), customer.timeZone()) + "\n"
                + "Details: /api/engagements/" + clock.getEngagementId() + "\n";
    }

    private static String stillOpen(SlaClock clock) {
        return clock.getKind() == ClockKind.RESPONSE ? "has still had no response" : "is still not resolved";
    }

    private static String noun(SlaClock clock) {
        return clock.getKind().name().toLowerCase();
    }

    private static String at(Instant instant, ZoneId zone) {
        return instant == null ? "-" : WHEN.format(instant.atZone(zone));
    }
}

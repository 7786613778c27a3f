package com.quarterhour.sla.internal;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.identity.Groups;
import com.quarterhour.identity.StaffDirectory;
import com.quarterhour.identity.Viewers;
import com.quarterhour.shared.Formats;
import com.quarterhour.shared.MailLinks;
import com.quarterhour.shared.MailTemplates;
import com.quarterhour.shared.MailTemplates.Rendered;
import com.quarterhour.shared.Minutes;
import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.SlaAlertRaised;
import com.quarterhour.sla.SlaAlertRaised.Level;
import com.quarterhour.sla.SlaTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who hears of a warning, a breach or its escalation, and what they read: the mails templates/mail/sla-*.txt and .html,
 * with links to the request's task in Tasklist (when it has one open) and to the board. The mail is an
 * {@link SlaAlertRaised} event published in the caller's transaction (the sla-clock job's), so it is sent only once
 * that commits ({@link AlertMailer}).
 */
@Component
public class SlaAlerts {

    private static final Logger log = LoggerFactory.getLogger(SlaAlerts.class);

    private final StaffDirectory staff;
    private final CustomerService customers;
    private final TaskService tasks;
    private final MailTemplates templates;
    private final MailLinks links;
    private final ApplicationEventPublisher events;
    private final Viewers viewers;

    SlaAlerts(StaffDirectory staff, CustomerService customers, TaskService tasks, MailTemplates templates,
            MailLinks links, ApplicationEventPublisher events, Viewers viewers) {
        this.staff = staff;
        this.customers = customers;
        this.tasks = tasks;
        this.templates = templates;
        this.links = links;
        this.events = events;
        this.viewers = viewers;
    }

    /** To the assigned technician; before triage nobody is assigned, so to the coordinators. */
    public List<String> warning(SlaClock clock, String title) {
        Map<String, String> to = clock.getAssignee() != null
                ? staff.emailOf(clock.getAssignee()).map(email -> Map.of(email, clock.getAssignee())).orElseGet(Map::of)
                : byEmail(staff.emailsByMember(Groups.COORDINATORS));
        raise(clock, Level.WARNING, to, "sla-warning", formats -> {
            Map<String, Object> mail = facts(clock, title, formats);
            mail.put("warnAtPercent", clock.getWarnAtPercent());
            return mail;
        }, mail -> mail.get("noun") + " due " + mail.get("due"));
        return List.copyOf(to.keySet());
    }

    /** To the coordinators and the customer's manager. */
    public List<String> breach(SlaBreach breach, SlaClock clock, String title) {
        Map<String, String> to = new LinkedHashMap<>(byEmail(staff.emailsByMember(Groups.COORDINATORS)));
        String manager = customers.get(clock.getCustomerId()).managerUsername();
        staff.emailOf(manager).ifPresent(email -> to.putIfAbsent(email, manager));
        raise(clock, Level.BREACH, to, "sla-breach", formats -> {
            Map<String, Object> mail = facts(clock, title, formats);
            mail.put("due", formats.dateTime(breach.getDueAt(), clock.zone()));
            mail.put("target", clock.getCalendar().words(breach.getTargetMinutes()));
            return mail;
        }, mail -> mail.get("noun") + " was due " + mail.get("due"));
        return List.copyOf(to.keySet());
    }

    /**
     * To the escalation address of the target (e.g. the head of support): the breach is still unanswered at the
     * second level, so they hear which request, for whom and how far past due it is. The address is no login, so it
     * reads in the installation's default locale.
     */
    public List<String> escalation(SlaClock clock, String title, Duration pastDue) {
        SlaTarget.Escalation level = clock.getEscalation()
                .orElseThrow(() -> new IllegalStateException("The " + clock.getKind() + " clock of engagement "
                        + clock.getEngagementId() + " has no escalation"));
        Map<String, String> to = new LinkedHashMap<>();
        to.put(level.mailTo(), null);
        String overdue = Minutes.words(Math.toIntExact(pastDue.toMinutes()));
        raise(clock, Level.ESCALATION, to, "sla-escalation", formats -> {
            Map<String, Object> mail = facts(clock, title, formats);
            mail.put("overdue", overdue);
            mail.put("atPercent", level.atPercent());
            return mail;
        }, mail -> mail.get("noun") + " " + overdue + " past due, unanswered");
        return List.copyOf(to.keySet());
    }

    private static Map<String, String> byEmail(Map<String, String> emailByUser) {
        Map<String, String> byEmail = new LinkedHashMap<>();
        emailByUser.forEach((user, email) -> byEmail.putIfAbsent(email, user));
        return byEmail;
    }

    /**
     * One alert per locale among the recipients ({@code to}: address to login, null for an address without one): a
     * person reads the alert in their own locale, its moments in the customer's zone.
     */
    private void raise(SlaClock clock, Level level, Map<String, String> to, String template,
            Function<Formats, Map<String, Object>> mailFor, Function<Map<String, Object>, String> subjectEnd) {
        Map<Locale, List<String>> toByLocale = new LinkedHashMap<>();
        to.forEach((email, user) -> toByLocale.computeIfAbsent(viewers.of(user).locale(), l -> new ArrayList<>()).add(email));
        if (toByLocale.isEmpty()) {
            toByLocale.put(viewers.defaults().locale(), List.of());
        }
        toByLocale.forEach((locale, emails) -> {
            Map<String, Object> mail = mailFor.apply(Formats.of(locale));
            String subject = "[SLA " + level.name().toLowerCase() + "] " + mail.get("reference") + " "
                    + mail.get("title") + ": " + subjectEnd.apply(mail);
            if (emails.isEmpty()) {
                log.warn("SLA alert '{}' has nobody to go to (no e-mail addresses on file)", subject);
                return;
            }
            Rendered body = templates.render("mail/" + template, mail, locale);
            events.publishEvent(new SlaAlertRaised(clock.getEngagementId(), clock.getKind(), level, emails, subject,
                    body.text(), body.html()));
        });
    }

    /** What every alert says of its request, in words and in the customer's time zone, with its links. */
    private Map<String, Object> facts(SlaClock clock, String title, Formats formats) {
        Map<String, Object> mail = new HashMap<>();
        mail.put("reference", "ENG-" + clock.getEngagementId());
        mail.put("title", title);
        mail.put("customer", customers.get(clock.getCustomerId()).name());
        mail.put("noun", clock.getKind() == ClockKind.RESPONSE ? "response" : "resolution");
        mail.put("target", clock.getCalendar().words(clock.getTargetMinutes()));
        mail.put("plan", clock.getPlanCode());
        mail.put("priority", clock.getPriority() + " (" + clock.getPriority().label() + ")");
        // in the time zone the clock counts in: the customer's
        mail.put("started", formats.dateTime(clock.getStartedAt(), clock.zone()));
        mail.put("due", formats.dateTime(clock.getDueAt(), clock.zone()));
        mail.put("taskLink", taskLink(clock.getEngagementId()));
        mail.put("boardLink", links.board());
        return mail;
    }

    /** The request's open task in Tasklist, when there is exactly one (the breach investigation is not the request's). */
    private String taskLink(long engagementId) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey("ENG-" + engagementId).active().list()
                .stream().filter(task -> !ClockTimers.INVESTIGATE_BREACH.equals(task.getTaskDefinitionKey())).toList();
        return open.size() == 1 ? links.task(open.get(0).getId()) : null;
    }
}

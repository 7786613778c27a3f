package com.quarterhour.portal.internal;

import com.quarterhour.portal.internal.UsageMeter.MeteredMonth;
import com.quarterhour.shared.MailLinks;
import com.quarterhour.identity.Viewers;
import com.quarterhour.shared.Formats;
import com.quarterhour.shared.MailTemplates;
import com.quarterhour.shared.MailTemplates.Rendered;
import com.quarterhour.shared.NotificationMail;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The usage alert e-mail, templates/mail/usage-alert.txt and .html: written when the alert is recorded, and sent from
 * the event publication log once that has committed; a mail the server refused leaves the publication incomplete, and
 * it is sent again later (see NotificationMail for the mail server rules).
 */
@Component
class UsageAlertMail {

    private final NotificationMail mail;
    private final MailTemplates templates;
    private final MailLinks links;
    private final Viewers viewers;

    UsageAlertMail(NotificationMail mail, MailTemplates templates, MailLinks links, Viewers viewers) {
        this.mail = mail;
        this.templates = templates;
        this.links = links;
        this.viewers = viewers;
    }

    /**
     * One alert per locale among the recipients ({@code to}: address to portal login, null for an address without
     * one): a portal user reads it in their own locale, the customer's contact address in the installation's default.
     */
    List<UsageAlertRaised> raised(Map<String, String> to, MeteredMonth month, int threshold) {
        Map<Locale, List<String>> toByLocale = new LinkedHashMap<>();
        to.forEach((email, user) -> toByLocale.computeIfAbsent(viewers.of(user).locale(), l -> new ArrayList<>())
                .add(email));
        List<UsageAlertRaised> alerts = new ArrayList<>();
        toByLocale.forEach((locale, emails) -> {
            Formats formats = Formats.of(locale);
            Rendered body = templates.render("mail/usage-alert", variables(month, threshold, formats), locale);
            alerts.add(new UsageAlertRaised(month.customer().id(), month.use().month().toString(), threshold,
                    List.copyOf(emails), subject(month, threshold, formats), body.text(), body.html()));
        });
        return alerts;
    }

    // no transaction: talking to the mail server holds no pooled connection
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(UsageAlertRaised alert) {
        mail.send("Usage alert", alert.to(), alert.subject(), alert.text(), alert.html());
    }

    static String subject(MeteredMonth month, int threshold, Formats formats) {
        return "Quarterhour: " + threshold + "% of your included support hours for " + formats.month(month.use().month())
                + " are used";
    }

    private Map<String, Object> variables(MeteredMonth month, int threshold, Formats formats) {
        AllowanceUse use = month.use();
        Map<String, Object> variables = new HashMap<>();
        variables.put("customer", month.customer().name());
        variables.put("used", hours(use.usedHours()));
        variables.put("included", hours(use.includedHours()));
        variables.put("month", formats.month(use.month()));
        variables.put("percentUsed", use.percentUsed());
        variables.put("plan", month.planName());
        variables.put("threshold", threshold);
        variables.put("overageRate", month.overageHourlyRate() == null ? null
                : formats.money(month.overageHourlyRate(), month.customer().currency()));
        variables.put("hoursLink", links.portalHours());
        return variables;
    }

    private static String hours(BigDecimal hours) {
        BigDecimal plain = hours.stripTrailingZeros();
        return plain.toPlainString() + (plain.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }
}

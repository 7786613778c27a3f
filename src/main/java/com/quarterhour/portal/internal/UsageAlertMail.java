package com.quarterhour.portal.internal;

import com.quarterhour.portal.internal.UsageMeter.MeteredMonth;
import com.quarterhour.shared.MailLinks;
import com.quarterhour.shared.MailTemplates;
import com.quarterhour.shared.MailTemplates.Rendered;
import com.quarterhour.shared.NotificationMail;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
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

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final NotificationMail mail;
    private final MailTemplates templates;
    private final MailLinks links;

    UsageAlertMail(NotificationMail mail, MailTemplates templates, MailLinks links) {
        this.mail = mail;
        this.templates = templates;
        this.links = links;
    }

    UsageAlertRaised raised(List<String> to, MeteredMonth month, int threshold) {
        Rendered body = templates.render("mail/usage-alert", variables(month, threshold));
        return new UsageAlertRaised(month.customer().id(), month.use().month().toString(), threshold, to,
                subject(month, threshold), body.text(), body.html());
    }

    // no transaction: talking to the mail server holds no pooled connection
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(UsageAlertRaised alert) {
        mail.send("Usage alert", alert.to(), alert.subject(), alert.text(), alert.html());
    }

    static String subject(MeteredMonth month, int threshold) {
        return "Quarterhour: " + threshold + "% of your included support hours for " + MONTH.format(month.use().month())
                + " are used";
    }

    private Map<String, Object> variables(MeteredMonth month, int threshold) {
        AllowanceUse use = month.use();
        Map<String, Object> variables = new HashMap<>();
        variables.put("customer", month.customer().name());
        variables.put("used", hours(use.usedHours()));
        variables.put("included", hours(use.includedHours()));
        variables.put("month", MONTH.format(use.month()));
        variables.put("percentUsed", use.percentUsed());
        variables.put("plan", month.planName());
        variables.put("threshold", threshold);
        variables.put("overageRate", month.overageHourlyRate() == null ? null
                : month.customer().currency().getSymbol(Locale.UK)
                        + month.overageHourlyRate().setScale(2, RoundingMode.HALF_UP).toPlainString());
        variables.put("hoursLink", links.portalHours());
        return variables;
    }

    private static String hours(BigDecimal hours) {
        BigDecimal plain = hours.stripTrailingZeros();
        return plain.toPlainString() + (plain.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }
}

package com.quarterhour.portal.internal;

import com.quarterhour.portal.internal.UsageMeter.MeteredMonth;
import com.quarterhour.shared.NotificationMail;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The usage alert e-mail: written when the alert is recorded, and sent from the event publication log once that has
 * committed; a mail the server refused leaves the publication incomplete, and it is sent again later (see
 * NotificationMail for the mail server rules).
 */
@Component
class UsageAlertMail {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final NotificationMail mail;
    private final String portalUrl;

    UsageAlertMail(NotificationMail mail, @Value("${quarterhour.portal.url:http://localhost:8080/portal}") String portalUrl) {
        this.mail = mail;
        this.portalUrl = portalUrl;
    }

    UsageAlertRaised raised(List<String> to, MeteredMonth month, int threshold) {
        return new UsageAlertRaised(month.customer().id(), month.use().month().toString(), threshold, to,
                subject(month, threshold), body(month, threshold));
    }

    // no transaction: talking to the mail server holds no pooled connection
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(UsageAlertRaised alert) {
        mail.send("Usage alert", alert.to(), alert.subject(), alert.text());
    }

    static String subject(MeteredMonth month, int threshold) {
        return "Quarterhour: " + threshold + "% of your included support hours for " + MONTH.format(month.use().month())
                + " are used";
    }

    String body(MeteredMonth month, int threshold) {
        AllowanceUse use = month.use();
        StringBuilder text = new StringBuilder()
                .append("Dear ").append(month.customer().name()).append(",\n\n")
                .append("We have captured ").append(hours(use.usedHours())).append(" of support for you in ")
                .append(MONTH.format(use.month())).append(": ").append(use.percentUsed()).append("% of the ")
                .append(hours(use.includedHours())).append(" included in your plan ").append(month.planName())
                .append(" (").append(month.planCode()).append("). You have reached ").append(threshold)
                .append("% of your included hours.\n\n")
                .append("Included hours do not roll over to the next month.");
        if (month.overageHourlyRate() != null) {
            text.append(" Time beyond them is billed at ").append(month.customer().currency().getSymbol(Locale.UK))
                    .append(month.overageHourlyRate().setScale(2, RoundingMode.HALF_UP).toPlainString())
                    .append(" per hour.");
        }
        return text.append("\n\nEvery request with its time and our notes on what was done: ").append(portalUrl)
                .append("\n").toString();
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString() + " hours";
    }
}

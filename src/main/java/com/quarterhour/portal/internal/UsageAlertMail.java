package com.quarterhour.portal.internal;

import com.quarterhour.portal.internal.UsageMeter.MeteredMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The usage alert e-mail. Sent after the alert is committed; with no SMTP server configured (spring.mail.host), as on
 * the embedded default, it is written to the log instead.
 */
@Component
class UsageAlertMail {

    private static final Logger log = LoggerFactory.getLogger(UsageAlertMail.class);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String portalUrl;

    UsageAlertMail(ObjectProvider<JavaMailSender> sender,
            @Value("${quarterhour.mail.from:support@quarterhour.example}") String from,
            @Value("${quarterhour.portal.url:http://localhost:8080/portal}") String portalUrl) {
        this.sender = sender;
        this.from = from;
        this.portalUrl = portalUrl;
    }

    void send(List<String> to, MeteredMonth month, int threshold) {
        String subject = subject(month, threshold);
        String body = body(month, threshold);
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("Usage alert (no SMTP server configured) to {}: {}\n{}", to, subject, body);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
        } catch (MailException e) {
            // the alert is recorded and the portal's banner shows it; a mail server outage must not undo that
            log.error("Could not send usage alert '{}' to {}", subject, to, e);
        }
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

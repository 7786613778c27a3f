package com.quarterhour.inbox.internal;

import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.Impact;
import java.time.Instant;
import java.util.regex.Pattern;

/** A mail as a new request: its subject the title, its text the description, both cut to what a request holds. */
final class MailReport {

    /** The request's limits (title and description), as the engagement feature checks them. */
    static final int TITLE_LIMIT = 200;
    static final int DESCRIPTION_LIMIT = 4000;
    /** A reported-by name holds 64 characters. */
    static final int ACTOR_LIMIT = 64;
    private static final Pattern REPLY_PREFIXES = Pattern.compile("^((re|fw|fwd|aw|wg|sv|vs)\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private MailReport() {
    }

    static NewEngagement of(InboundMail mail, String description, long customerId, Long contactId, Impact impact,
            Instant reportedAt) {
        return new NewEngagement(customerId, title(mail), Limits.cut(description, DESCRIPTION_LIMIT), Channel.EMAIL,
                impact, null, reportedAt, false, contactId);
    }

    /** Who reported it: the sender's address (as much of it as the column holds). */
    static String actor(InboundMail mail) {
        return Limits.cut(mail.from(), ACTOR_LIMIT);
    }

    private static String title(InboundMail mail) {
        String subject = REPLY_PREFIXES.matcher(mail.subject()).replaceFirst("").strip();
        if (subject.isEmpty()) {
            subject = mail.text().lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                    .orElse("E-mail from " + mail.from());
        }
        return Limits.cut(subject.replaceAll("\\p{Cntrl}", " "), TITLE_LIMIT);
    }
}

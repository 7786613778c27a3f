package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.Impact;
import java.time.Instant;

/** A new request as the API or the Tasklist start form gives it, before validation. */
public record Report(Long customerId, String title, String description, Channel channel, Impact impact,
        Instant appointmentStart, Instant reportedAt, boolean travel, Long reporterContactId) {

    public Report(Long customerId, String title, String description, Channel channel, Impact impact,
            Instant appointmentStart, Instant reportedAt, boolean travel) {
        this(customerId, title, description, channel, impact, appointmentStart, reportedAt, travel, null);
    }
}

package com.quarterhour.portal.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code quarterhour.appointments.slot-length}: the step between the starts the booking page offers (default
 * {@value #DEFAULT}: 09:00, 09:30, ...). Whole minutes, as the page's date-and-time field keeps no seconds; at least
 * {@value #SHORTEST_MINUTES} minutes, as a shorter step lists so many starts the choice is no help; at most a day.
 */
@ConfigurationProperties("quarterhour.appointments")
public record AppointmentProperties(Duration slotLength) {

    static final String DEFAULT = "PT30M";
    static final int SHORTEST_MINUTES = 5;

    public AppointmentProperties {
        if (slotLength == null) {
            slotLength = Duration.parse(DEFAULT);
        }
        if (slotLength.toSecondsPart() != 0 || slotLength.toNanosPart() != 0
                || slotLength.compareTo(Duration.ofMinutes(SHORTEST_MINUTES)) < 0
                || slotLength.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("quarterhour.appointments.slot-length must be whole minutes from "
                    + SHORTEST_MINUTES + " minutes to a day, was " + slotLength);
        }
    }
}

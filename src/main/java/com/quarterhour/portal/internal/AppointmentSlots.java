package com.quarterhour.portal.internal;

import com.quarterhour.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The starts the booking page offers: every slot length from each opening of the customer's working time (its
 * contract's business calendar, else its office hours), none before now, over the next {@value #DAYS} days that have
 * working time. Local times of the customer's zone, as the customer picks them. Any other start can still be typed;
 * one outside working time is off-hours work, which the page says costs more.
 */
@Component
@EnableConfigurationProperties(AppointmentProperties.class)
public class AppointmentSlots {

    static final int DAYS = 10;

    private final AppointmentProperties properties;

    public AppointmentSlots(AppointmentProperties properties) {
        this.properties = properties;
    }

    public List<LocalDateTime> offered(BusinessCalendar workingTime, Instant now) {
        return workingTime.openStarts(now, DAYS, properties.slotLength());
    }
}

package com.quarterhour.engagement.internal;

import com.quarterhour.customer.CustomerService;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The variables every support-request instance starts with, whichever door it came in by. */
@Component
public class SupportRequestStart {

    private final CustomerService customers;

    SupportRequestStart(CustomerService customers) {
        this.customers = customers;
    }

    /**
     * What the forms show (title, customer, channel, impact, description), what the DMN priority-suggestion reads
     * (impact, channel, offHours, travel), what the sla-clock call activities pass on (engagementId, title, customer)
     * and what an appointment's timer waits for. No service task reads them back: the engagement's own row is the
     * truth. An absent value is left out rather than stored as null: the forms hide what is null either way.
     */
    public Map<String, Object> variables(Engagement engagement) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SupportRequest.ENGAGEMENT_ID, engagement.getId());
        variables.put(SupportRequest.CUSTOMER_NAME, customers.get(engagement.getCustomerId()).name());
        variables.put(SupportRequest.TITLE, engagement.getTitle());
        if (engagement.getDescription() != null) {
            variables.put(SupportRequest.DESCRIPTION, engagement.getDescription());
        }
        variables.put(SupportRequest.CHANNEL, engagement.getChannel().name());
        variables.put(SupportRequest.IMPACT, engagement.getImpact().name());
        variables.put(SupportRequest.TRAVEL, engagement.isTravel());
        variables.put(SupportRequest.OFF_HOURS, engagement.isOffHours());
        if (engagement.getAppointmentStart() != null) {
            // a Date, so that the timer's timeDate expression can wait for it
            variables.put(SupportRequest.APPOINTMENT_START, Date.from(engagement.getAppointmentStart()));
        }
        return variables;
    }

    private static final String KEY_PREFIX = "ENG-";

    /** The business key of the engagement's process instance: set once at its start, and no task user can change it. */
    public static String businessKey(Engagement engagement) {
        return businessKey(engagement.getId());
    }

    public static String businessKey(long engagementId) {
        return KEY_PREFIX + engagementId;
    }

    /** The engagement of a support-request instance (or of an sla-clock it called), from its business key. */
    public static long engagementId(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(KEY_PREFIX)) {
            throw new IllegalStateException("'" + businessKey + "' is not the business key of an engagement");
        }
        return Long.parseLong(businessKey.substring(KEY_PREFIX.length()));
    }
}

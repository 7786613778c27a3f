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

    /** Shown by the forms; no service task reads them back, the engagement's own row is the truth. */
    public Map<String, Object> variables(Engagement engagement) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SupportRequest.ENGAGEMENT_ID, engagement.getId());
        variables.put(SupportRequest.CUSTOMER_ID, engagement.getCustomerId());
        variables.put(SupportRequest.CUSTOMER_NAME, customers.get(engagement.getCustomerId()).name());
        variables.put(SupportRequest.TITLE, engagement.getTitle());
        variables.put(SupportRequest.DESCRIPTION, engagement.getDescription());
        variables.put(SupportRequest.CHANNEL, engagement.getChannel().name());
        variables.put(SupportRequest.IMPACT, engagement.getImpact().name());
        variables.put(SupportRequest.TRAVEL, engagement.isTravel());
        variables.put(SupportRequest.OFF_HOURS, engagement.isOffHours());
        // a Date, so that the timer's timeDate expression can wait for it
        variables.put(SupportRequest.APPOINTMENT_START,
                engagement.getAppointmentStart() == null ? null : Date.from(engagement.getAppointmentStart()));
        return variables;
    }

    private static final String KEY_PREFIX = "ENG-";

    /** The business key of the engagement's process instance: set once at its start, and no task user can change it. */
    public static String businessKey(Engagement engagement) {
        return KEY_PREFIX + engagement.getId();
    }

    /** The engagement of a support-request instance (or of an sla-clock it called), from its business key. */
    public static long engagementId(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(KEY_PREFIX)) {
            throw new IllegalStateException("'" + businessKey + "' is not the business key of an engagement");
        }
        return Long.parseLong(businessKey.substring(KEY_PREFIX.length()));
    }
}

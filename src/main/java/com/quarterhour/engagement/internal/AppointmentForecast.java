package com.quarterhour.engagement.internal;

import com.quarterhour.catalog.Plan;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.shared.Priority;
import java.util.Map;
import org.operaton.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * What a booked appointment will start on when it begins, decided as the support-request process decides it then:
 * the customer's plan as it is now (the standard rate without one) and the priority-suggestion table's priority. Read
 * by the board before the appointment's clocks run; the request itself records nothing until it begins.
 */
@Component
public class AppointmentForecast {

    private static final String PRIORITY_SUGGESTION = "priority-suggestion";

    private final CustomerService customers;
    private final DecisionService decisions;

    AppointmentForecast(CustomerService customers, DecisionService decisions) {
        this.customers = customers;
        this.decisions = decisions;
    }

    public String planCode(Engagement booked) {
        return customers.get(booked.getCustomerId()).activePlanCode().orElse(Plan.STANDARD);
    }

    public Priority suggestedPriority(Engagement booked) {
        Object priority = decisions.evaluateDecisionByKey(PRIORITY_SUGGESTION)
                .variables(Map.of(SupportRequest.IMPACT, booked.getImpact().name(),
                        SupportRequest.CHANNEL, booked.getChannel().name(),
                        SupportRequest.OFF_HOURS, booked.isOffHours(),
                        SupportRequest.TRAVEL, booked.isTravel()))
                .evaluate().getSingleResult().getSingleEntry();
        return Priority.valueOf(String.valueOf(priority));
    }
}

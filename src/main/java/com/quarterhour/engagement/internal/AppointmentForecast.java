package com.quarterhour.engagement.internal;

import com.quarterhour.catalog.Plan;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerWithSubscriptions;
import com.quarterhour.shared.Priority;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a booked appointment will start on when it begins, decided as the support-request process decides it then:
 * the customer's plan as it is now (the standard rate without one) and the priority-suggestion table's priority. Read
 * by the board before the appointment's clocks run; the request itself records nothing until it begins.
 * <p>
 * The table is evaluated on a DMN engine of its own, from the file the process engine deploys: the process engine's
 * would record every evaluation in its decision history, which a read of the board must not write.
 */
@Component
public class AppointmentForecast {

    private static final String PRIORITY_SUGGESTION = "priority-suggestion";
    private static final String TABLE = "processes/priority-suggestion.dmn";

    private final CustomerService customers;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnDecision suggestion;

    AppointmentForecast(CustomerService customers) {
        this.customers = customers;
        try (InputStream table = new ClassPathResource(TABLE).getInputStream()) {
            this.suggestion = dmn.parseDecision(PRIORITY_SUGGESTION, table);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TABLE, e);
        }
    }

    public String planCode(Engagement booked) {
        return customers.get(booked.getCustomerId()).activePlanCode().orElse(Plan.STANDARD);
    }

    /**
     * {@link #planCode} of many booked appointments, by engagement, reading their customers together (two queries
     * whatever their number).
     */
    public Map<Long, String> planCodes(Collection<Engagement> booked) {
        Map<Long, CustomerWithSubscriptions> customerOf = customers.withSubscriptions(
                booked.stream().map(Engagement::getCustomerId).distinct().toList());
        return booked.stream().collect(Collectors.toMap(Engagement::getId, e -> Optional
                .ofNullable(customerOf.get(e.getCustomerId())).map(CustomerWithSubscriptions::customer)
                .orElseGet(() -> customers.get(e.getCustomerId())) // the 404 one appointment would give
                .activePlanCode().orElse(Plan.STANDARD)));
    }

    public Priority suggestedPriority(Engagement booked) {
        Object priority = dmn.evaluateDecisionTable(suggestion, Map.of(
                        SupportRequest.IMPACT, booked.getImpact().name(),
                        SupportRequest.CHANNEL, booked.getChannel().name(),
                        SupportRequest.OFF_HOURS, booked.isOffHours(),
                        SupportRequest.TRAVEL, booked.isTravel()))
                .getSingleResult().getSingleEntry();
        return Priority.valueOf(String.valueOf(priority));
    }
}

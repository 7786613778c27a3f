package com.quarterhour.engagement.internal;

import com.quarterhour.catalog.Plan;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerWithSubscriptions;
import com.quarterhour.shared.EngineSystem;
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
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * What a booked appointment will start on when it begins, decided as the support-request process decides it then:
 * the customer's plan as it is now (the standard rate without one) and the priority-suggestion table's priority. Read
 * by the board before the appointment's clocks run; the request itself records nothing until it begins.
 * <p>
 * The table is the latest deployed version of the decision, the one the process's business rule task resolves: a
 * business may deploy a new version (Cockpit, the engine's REST API) without a release of the application. It is
 * evaluated on a DMN engine of its own, as the process engine's would record every evaluation in its decision history,
 * which a read of the board must not write. A deployed version never changes, so each is parsed once, by its id: a
 * read costs one look-up of the latest version's id.
 */
@Component
public class AppointmentForecast {

    private static final String PRIORITY_SUGGESTION = "priority-suggestion";

    private final CustomerService customers;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    /** The version parsed last; replaced when a newer one is deployed. */
    private volatile Parsed parsed;

    private record Parsed(String definitionId, DmnDecision decision) {
    }

    AppointmentForecast(CustomerService customers, RepositoryService repository, IdentityService identity) {
        this.customers = customers;
        this.repository = repository;
        this.identity = identity;
    }

    /**
     * The plans many booked appointments will start on, by engagement, reading their customers together (two queries
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

    /** The priorities many booked appointments will start on, by engagement, looking the table up once. */
    public Map<Long, Priority> suggestedPriorities(Collection<Engagement> booked) {
        if (booked.isEmpty()) {
            return Map.of();
        }
        DmnDecision table = table();
        return booked.stream().collect(Collectors.toMap(Engagement::getId, e -> suggestedPriority(e, table)));
    }

    private Priority suggestedPriority(Engagement booked, DmnDecision table) {
        Object priority = dmn.evaluateDecisionTable(table, Map.of(
                        SupportRequest.IMPACT, booked.getImpact().name(),
                        SupportRequest.CHANNEL, booked.getChannel().name(),
                        SupportRequest.OFF_HOURS, booked.isOffHours(),
                        SupportRequest.TRAVEL, booked.isTravel()))
                .getSingleResult().getSingleEntry();
        return Priority.valueOf(String.valueOf(priority));
    }

    /**
     * The latest deployed version without a tenant, as the process (deployed without one) resolves it. Looked up as
     * the system: the engine would otherwise hide the definition from a board reader without Cockpit permissions.
     */
    private DmnDecision table() {
        DecisionDefinition latest = EngineSystem.call(identity, () -> repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(PRIORITY_SUGGESTION).withoutTenantId().latestVersion().singleResult());
        if (latest == null) {
            throw new IllegalStateException("No version of decision " + PRIORITY_SUGGESTION + " is deployed");
        }
        Parsed last = parsed;
        if (last != null && last.definitionId().equals(latest.getId())) {
            return last.decision();
        }
        Parsed fresh = new Parsed(latest.getId(), parse(latest.getId()));
        parsed = fresh;
        return fresh.decision();
    }

    private DmnDecision parse(String definitionId) {
        try (InputStream model = EngineSystem.call(identity, () -> repository.getDecisionModel(definitionId))) {
            return dmn.parseDecision(PRIORITY_SUGGESTION, model);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read decision " + definitionId, e);
        }
    }
}

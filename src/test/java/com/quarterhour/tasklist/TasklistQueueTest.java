package com.quarterhour.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.Impact;
import com.quarterhour.identity.Groups;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.ContractTerms;
import com.quarterhour.sla.PolicyRequest;
import com.quarterhour.sla.SlaPolicies;
import com.quarterhour.sla.TargetRequest;
import com.quarterhour.sla.TermsRequest;
import com.quarterhour.support.HttpUsers.Answer;
import com.quarterhour.support.HttpUsers.Engagement;
import com.quarterhour.support.HttpUsers;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist as each role's queue, over HTTP as Tasklist asks: Triage offers the technicians to choose from and still
 * refuses anyone else, and each role sees its own filters, whose tasks come the first due first.
 */
@QuarterhourTest
class TasklistQueueTest {

    private static final String ENGINE = "/operaton/api/engine/engine/default";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired HttpUsers http;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired SlaPolicies policies;
    @Autowired ContractTerms terms;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void triageOffersTheTechniciansByNameAndStoresTheChosenUserId() throws Exception {
        HttpUsers.staff(identity, "techniciantl", Groups.TECHNICIANS);
        Engagement reported = http.reported("BPS-20");
        String triage = triageTask(reported);

        Answer variables = http.as("coordinator").get(ENGINE + "/task/" + triage + "/form-variables?deserializeValues=false");
        assertThat(variables.status()).as(variables.body()).isEqualTo(200);
        JsonNode options = variables.json().get("technicianOptions");
        assertThat(options.get("valueInfo").get("serializationDataFormat").asText())
                .as("Tasklist parses a variable of this format as JSON").isEqualTo("application/json");
        JsonNode list = JSON.readTree(options.get("value").asText());
        List<String> values = StreamSupport.stream(list.spliterator(), false).map(o -> o.get("value").asText()).toList();
        assertThat(values).containsExactlyInAnyOrderElementsOf(identity.createUserQuery()
                .memberOfGroup(Groups.TECHNICIANS).list().stream().map(u -> u.getId()).toList());
        assertThat(values).doesNotContain("coordinator", "manager");
        assertThat(list).anySatisfy(option -> {
            assertThat(option.get("label").asText()).isEqualTo("Theo Technician (technician)");
            assertThat(option.get("value").asText()).isEqualTo("technician");
        }).anySatisfy(option -> {
            assertThat(option.get("label").asText()).isEqualTo("techniciantl Test (techniciantl)");
            assertThat(option.get("value").asText()).isEqualTo("techniciantl");
        });

        Answer chosen = http.as("coordinator").webapp(ENGINE + "/task/" + triage + "/submit-form", """
                {"variables": {"priority": {"value": "P3"}, "billable": {"value": true},
                               "technician": {"value": "techniciantl"}}}""");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().processInstanceId(reported.processInstanceId()).taskDefinitionKey("Work")
                .singleResult().getAssignee()).isEqualTo("techniciantl");
    }

    @Test
    void aStaffUserWhoIsNotATechnicianIsRefusedWithAClearMessage() {
        Engagement reported = http.reported("BPS-20");
        String triage = triageTask(reported);

        Answer submitted = http.as("coordinator").webapp(ENGINE + "/task/" + triage + "/submit-form", """
                {"variables": {"priority": {"value": "P3"}, "billable": {"value": true},
                               "technician": {"value": "manager"}}}""");

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(400);
        assertThat(submitted.json().get("message").asText()).contains("'manager' is not a technician");
        assertThat(triageTask(reported)).as("Triage stays open").isEqualTo(triage);
        Answer api = http.as("coordinator").post("/api/engagements/" + reported.id() + "/triage", """
                {"priority": "P3", "billable": true, "technician": "manager"}""");
        assertThat(api.status()).as(api.body()).isEqualTo(400);
        assertThat(api.json().get("detail").asText()).contains("'manager' is not a technician");
    }

    @Test
    void eachRoleSeesItsOwnFilters() {
        assertThat(filterNames("coordinator")).contains("Triage queue", "My work", "My group tasks")
                .doesNotContain("Unassigned work", "Approvals", "My tasks");
        assertThat(filterNames("technician")).contains("Unassigned work", "My work", "My group tasks")
                .doesNotContain("Triage queue", "Approvals", "My tasks");
        assertThat(filterNames("manager")).contains("Approvals", "My work", "My group tasks")
                .doesNotContain("Triage queue", "Unassigned work", "My tasks");
    }

    @Test
    void theTriageQueueHoldsOpenTriageTasksTheFirstDueFirst() {
        long policy = policy();
        // reported later but due sooner: the queue is in due order, not in order of arrival
        Started late = reportAt("2026-11-17T09:00:00Z", customerOn(policy, Priority.P4), "Slow laptop");
        Started urgent = reportAt("2026-11-17T09:30:00Z", customerOn(policy, Priority.P1), "Server down");
        Started middle = reportAt("2026-11-17T09:45:00Z", customerOn(policy, Priority.P3), "Printer offline");

        JsonNode queue = filterList("coordinator", "Triage queue");
        List<String> instances = new ArrayList<>();
        List<Instant> dues = new ArrayList<>();
        for (JsonNode task : queue) {
            assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Triage");
            instances.add(task.get("processInstanceId").asText());
            if (!task.get("due").isNull()) {
                dues.add(java.time.OffsetDateTime.parse(task.get("due").asText(),
                        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant());
            }
        }
        assertThat(dues).isSorted();
        assertThat(instances).containsSubsequence(urgent.processInstanceId(), middle.processInstanceId(),
                late.processInstanceId());

        engagements.triage(urgent.id(), new EngagementService.Triage(Priority.P1, true, null, null, null), "coordinator");
        assertThat(StreamSupport.stream(filterList("coordinator", "Triage queue").spliterator(), false)
                .map(t -> t.get("processInstanceId").asText())).doesNotContain(urgent.processInstanceId());
        assertThat(StreamSupport.stream(filterList("technician", "Unassigned work").spliterator(), false)
                .map(t -> t.get("processInstanceId").asText()))
                .as("triaged to nobody: in the technicians' queue").contains(urgent.processInstanceId());
    }

    /** A response target per priority, round the clock: P1 30 minutes, P3 2 hours, P4 8 hours. */
    private long policy() {
        List<TargetRequest> targets = new ArrayList<>(Arrays.asList(new TargetRequest(Priority.P1, 30, null, "24/7"),
                new TargetRequest(Priority.P2, 60, null, "24/7"), new TargetRequest(Priority.P3, 120, null, "24/7"),
                new TargetRequest(Priority.P4, 480, null, "24/7")));
        return policies.create(new PolicyRequest("Queue " + System.nanoTime(), targets, 75, null, null, null)).id();
    }

    private long customerOn(long policy, Priority suggested) {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        terms.put(customer, new TermsRequest(policy, null));
        return customer;
    }

    /** The impact sets the suggested priority: unusable is P1, partially impaired P3, fully usable P4. */
    private Started reportAt(String instant, long customer, String title) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
        Impact impact = title.equals("Server down") ? Impact.UNUSABLE
                : title.equals("Slow laptop") ? Impact.FULLY_USABLE : Impact.PARTIALLY_IMPAIRED;
        return engagements.report(new NewEngagement(customer, title, "Details", Channel.REPORT, impact, null, null,
                false), "coordinator");
    }

    private List<String> filterNames(String user) {
        Answer filters = http.as(user).get(ENGINE + "/filter?resourceType=Task");
        assertThat(filters.status()).as(filters.body()).isEqualTo(200);
        return StreamSupport.stream(filters.json().spliterator(), false).map(f -> f.get("name").asText()).toList();
    }

    private JsonNode filterList(String user, String name) {
        Answer filters = http.as(user).get(ENGINE + "/filter?resourceType=Task");
        String id = StreamSupport.stream(filters.json().spliterator(), false)
                .filter(f -> f.get("name").asText().equals(name)).findFirst().orElseThrow().get("id").asText();
        // as Tasklist asks, with its own default sorting: the filter's due order comes first
        Answer list = http.as(user).webapp(ENGINE + "/filter/" + id + "/list?firstResult=0&maxResults=5000",
                "{\"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"desc\"}]}");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json();
    }

    private String triageTask(Engagement engagement) {
        return tasks.createTaskQuery().processInstanceId(engagement.processInstanceId()).taskDefinitionKey("Triage")
                .singleResult().getId();
    }
}

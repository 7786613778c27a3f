package com.quarterhour.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.support.EventPublications;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import com.quarterhour.support.TestMailServer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A request keeps the terms it started on: a customer's contract policy gives its due times and its timers; a change
 * of the policy moves nothing until an administrator re-applies it, which re-times the timers. Time moves with the
 * engine clock, never by sleeping.
 */
@QuarterhourTest
class ContractTermsProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMailServer.extension();

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired CustomerService customers;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired SlaClockQuery clockQuery;
    @Autowired EventPublicationRegistry publications;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRequestKeepsItsContractPolicyUntilThePolicyIsReapplied() throws Exception {
        at("2026-11-20T16:00"); // a Friday afternoon
        long policy = createPolicy("Contract " + System.nanoTime(), 120);
        long customer = new TestCustomers(customers).onPlan("BPS-20"); // the plan's policy alone would give 4 hours
        as("demo", put("/api/customers/" + customer + "/terms"), "{\"slaPolicyId\":" + policy + "}")
                .andExpect(status().isOk());

        long first = report(customer);
        // 120 business minutes: Friday 16:00-17:00, then Monday 09:00-10:00 in the customer's office hours
        assertThat(responseDueAt(first)).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(breachTimer(first).getDuedate()).isEqualTo(Date.from(london("2026-11-23T10:00")));
        assertThat(clockQuery.clocksOf(List.of(first)).get(first)).first()
                .satisfies(clock -> assertThat(clock.policyName()).startsWith("Contract "))
                .satisfies(clock -> assertThat(clock.policyVersion()).isEqualTo(1));

        as("demo", put("/api/sla-policies/" + policy), policyBody("Contract changed " + policy, 60))
                .andExpect(jsonPath("$.version").value(2));
        assertThat(responseDueAt(first)).as("a change does not move an open request").isEqualTo("2026-11-23T10:00:00Z");
        assertThat(breachTimer(first).getDuedate()).isEqualTo(Date.from(london("2026-11-23T10:00")));
        long second = report(customer);
        assertThat(responseDueAt(second)).as("a new request starts on the new version").isEqualTo("2026-11-20T17:00:00Z");

        mvc.perform(post("/api/sla-policies/" + policy + "/reapply").with(httpBasic("demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reapplied").value(2));
        assertThat(responseDueAt(first)).isEqualTo("2026-11-20T17:00:00Z");
        assertThat(breachTimer(first).getDuedate()).isEqualTo(Date.from(london("2026-11-20T17:00")));
        assertThat(clockQuery.clocksOf(List.of(first)).get(first)).first()
                .satisfies(clock -> assertThat(clock.policyVersion()).isEqualTo(2));

        at("2026-11-20T16:59");
        assertThat(runDueTimers(first)).as("the 75% warning of the re-timed target").isEqualTo(1);
        at("2026-11-20T17:00");
        assertThat(runDueTimers(first)).isEqualTo(1);
        mvc.perform(get("/api/engagements/" + first).with(httpBasic("coordinator", "coordinator")))
                .andExpect(jsonPath("$.breaches.length()").value(1))
                .andExpect(jsonPath("$.breaches[0].dueAt").value("2026-11-20T17:00:00Z"))
                .andExpect(jsonPath("$.breaches[0].targetMinutes").value(60));
    }

    @Test
    void triageRetargetsOnThePolicyVersionTheRequestStartedOn() throws Exception {
        at("2026-11-20T16:00");
        long policy = createPolicy("Triage " + System.nanoTime(), 120);
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        as("demo", put("/api/customers/" + customer + "/terms"), "{\"slaPolicyId\":" + policy + "}")
                .andExpect(status().isOk());
        long reported = report(customer);
        as("demo", put("/api/sla-policies/" + policy), policyBody("Triage changed " + policy, 60)).andExpect(status().isOk());

        at("2026-11-20T16:10");
        as("coordinator", post("/api/engagements/" + reported + "/triage"),
                "{\"priority\":\"P2\",\"billable\":true,\"technician\":\"technician\"}")
                .andExpect(status().isOk())
                // version 1's P2: 480 business minutes from Friday 16:00 is Monday 16:00 (version 2's would be Friday 17:00)
                .andExpect(jsonPath("$.responseDueAt").value("2026-11-23T16:00:00Z"));
        assertThat(breachTimer(reported).getDuedate()).isEqualTo(Date.from(london("2026-11-23T16:00")));
    }

    @Test
    void reapplyingACustomersTermsMovesItsOpenRequestsToTheContractPolicy() throws Exception {
        at("2026-11-20T16:00");
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        long reported = report(customer);
        assertThat(responseDueAt(reported)).as("the plan's policy: 4 business hours").isEqualTo("2026-11-23T12:00:00Z");

        long policy = createPolicy("Reapplied " + System.nanoTime(), 120);
        as("demo", put("/api/customers/" + customer + "/terms"), "{\"slaPolicyId\":" + policy + "}")
                .andExpect(status().isOk());
        assertThat(responseDueAt(reported)).as("new terms wait for re-apply").isEqualTo("2026-11-23T12:00:00Z");

        mvc.perform(post("/api/customers/" + customer + "/terms/reapply").with(httpBasic("demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reapplied").value(1));
        assertThat(responseDueAt(reported)).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(breachTimer(reported).getDuedate()).isEqualTo(Date.from(london("2026-11-23T10:00")));
    }

    // --- helpers

    /** P3 (what a partially impaired report in office hours is suggested): {@code p3Minutes}; P2: 480; business hours. */
    private long createPolicy(String name, int p3Minutes) throws Exception {
        String created = as("demo", post("/api/sla-policies"), policyBody(name, p3Minutes))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asLong();
    }

    private static String policyBody(String name, int p3Minutes) {
        return "{\"name\":\"" + name + "\",\"targets\":["
                + "{\"priority\":\"P2\",\"responseMinutes\":" + (p3Minutes == 120 ? 480 : 60) + ",\"calendar\":\"BUSINESS\"},"
                + "{\"priority\":\"P3\",\"responseMinutes\":" + p3Minutes + ",\"calendar\":\"BUSINESS\"}]}";
    }

    private long report(long customer) throws Exception {
        String body = "{\"customerId\":" + customer + ",\"title\":\"Mail down\",\"channel\":\"REPORT\",\"impact\":\"PARTIALLY_IMPAIRED\"}";
        JsonNode started = json.readTree(as("coordinator", post("/api/engagements"), body)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        return started.get("id").asLong();
    }

    private String responseDueAt(long engagement) throws Exception {
        JsonNode details = json.readTree(mvc.perform(get("/api/engagements/" + engagement)
                .with(httpBasic("coordinator", "coordinator"))).andReturn().getResponse().getContentAsString());
        assertThat(details.get("suggestedPriority").asText()).isEqualTo("P3");
        return details.get("responseDueAt").asText();
    }

    /** The breach timer of the request's response clock, as the engine will fire it. */
    private Job breachTimer(long engagement) {
        return management.createJobQuery().processInstanceId(responseWatch(engagement)).activityId("TimerBreach")
                .singleResult();
    }

    private int runDueTimers(long engagement) {
        List<Job> due = management.createJobQuery().processInstanceId(responseWatch(engagement))
                .timers().active().executable().list();
        due.forEach(job -> management.executeJob(job.getId()));
        new EventPublications(publications).awaitCompleted(
                event -> event instanceof SlaAlertRaised alert && alert.engagementId() == engagement);
        return due.size();
    }

    private String responseWatch(long engagement) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("sla-clock")
                .variableValueEquals("engagementId", engagement).variableValueEquals("clock", "RESPONSE")
                .singleResult().getId();
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void at(String londonTime) {
        ClockUtil.setCurrentTime(Date.from(london(londonTime)));
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }
}

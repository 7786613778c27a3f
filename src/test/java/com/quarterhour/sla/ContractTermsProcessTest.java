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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
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
    void aCustomersOwnCalendarAndPolicyGiveTheDueTimesAndTheirTimers() throws Exception {
        at("2026-11-20T16:00"); // Friday 11:00 in New York
        String calendar = as("demo", post("/api/calendars"), """
                {"name": "New York split %d", "timeZone": "America/New_York",
                 "week": {"MONDAY": [{"from": "09:00", "to": "12:00"}, {"from": "13:00", "to": "18:00"}],
                          "TUESDAY": [{"from": "09:00", "to": "12:00"}, {"from": "13:00", "to": "18:00"}],
                          "FRIDAY": [{"from": "09:00", "to": "12:00"}, {"from": "13:00", "to": "18:00"}]},
                 "closedDates": ["2026-11-23"]}""".formatted(System.nanoTime()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long calendarId = json.readTree(calendar).get("id").asLong();
        String policy = as("demo", post("/api/sla-policies"), """
                {"name": "Own calendar %d", "targets": [
                  {"priority": "P3", "responseMinutes": 480, "calendar": "BUSINESS"},
                  {"priority": "P1", "responseMinutes": 90, "calendar": "24/7"}]}""".formatted(System.nanoTime()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long policyId = json.readTree(policy).get("id").asLong();
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        as("demo", put("/api/customers/" + customer + "/terms"),
                "{\"slaPolicyId\":" + policyId + ",\"calendarId\":" + calendarId + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.calendarId").value(calendarId));

        long reported = report(customer);
        // 480 minutes in New York's split days: Friday 11:00-12:00 and 13:00-18:00 (360), Monday closed,
        // Tuesday 09:00-11:00 (120): Tuesday 11:00 in New York, 16:00 UTC
        assertThat(responseDueAt(reported)).isEqualTo("2026-11-24T16:00:00Z");
        assertThat(breachTimer(reported).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-24T16:00:00Z")));
        mvc.perform(get("/api/calendars/" + calendarId + "/due").param("from", "2026-11-20T16:00:00Z")
                        .param("minutes", "480").with(httpBasic("coordinator", "coordinator")))
                .andExpect(jsonPath("$.dueAt").value("2026-11-24T11:00:00-05:00"));
        assertThat(clockQuery.clocksOf(List.of(reported)).get(reported))
                .allSatisfy(clock -> assertThat(clock.calendarId()).isEqualTo(calendarId));

        at("2026-11-20T16:10");
        as("coordinator", post("/api/engagements/" + reported + "/triage"),
                "{\"priority\":\"P1\",\"billable\":true,\"technician\":\"technician\"}")
                .andExpect(status().isOk())
                // P1 counts every minute: 90 minutes from the report
                .andExpect(jsonPath("$.responseDueAt").value("2026-11-20T17:30:00Z"));
        assertThat(breachTimer(reported).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-20T17:30:00Z")));
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

    @Test
    void aRequestWithoutAPolicyIsMeasuredAndShowsNoPolicyOnTheBoard() throws Exception {
        at("2026-11-20T16:00");
        long walkIn = new TestCustomers(customers).withoutPlan();
        long reported = report(walkIn);
        assertThat(clockQuery.clocksOf(List.of(reported)).get(reported)).hasSize(2).allSatisfy(clock -> {
            assertThat(clock.policyName()).isNull();
            assertThat(clock.calendarId()).isNull();
            assertThat(clock.hasTarget()).isFalse();
        });
        mvc.perform(get("/api/board").with(httpBasic("coordinator", "coordinator"))).andExpect(status().isOk());
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

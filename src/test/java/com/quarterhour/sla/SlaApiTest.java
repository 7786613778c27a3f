package com.quarterhour.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.Impact;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Due times on the engagement JSON and the compliance report, over HTTP. */
@QuarterhourTest
class SlaApiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theResponseDueTimeFollowsTheCalendarAndTriageToP1On247() throws Exception {
        at("2026-11-20T16:00"); // Friday afternoon
        long customer = customerOn("CREDIT-12");
        String report = "{\"customerId\":" + customer + ",\"title\":\"Mail down\",\"channel\":\"REPORT\",\"impact\":\"PARTIALLY_IMPAIRED\"}";
        JsonNode started = json.readTree(mvc.perform(post("/api/engagements").with(httpBasic("coordinator", "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON).content(report))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String url = "/api/engagements/" + started.get("id").asLong();

        mvc.perform(get(url).with(httpBasic("coordinator", "coordinator")))
                .andExpect(jsonPath("$.suggestedPriority").value("P3"))
                .andExpect(jsonPath("$.responseDueAt").value("2026-11-23T12:00:00Z"))
                .andExpect(jsonPath("$.resolutionDueAt").doesNotExist())
                .andExpect(jsonPath("$.firstRespondedAt").doesNotExist())
                .andExpect(jsonPath("$.breaches").isEmpty());

        at("2026-11-20T16:10");
        mvc.perform(post(url + "/triage").with(httpBasic("coordinator", "coordinator")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"priority\":\"P1\",\"billable\":true,\"technician\":\"technician\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priority").value("P1"))
                .andExpect(jsonPath("$.responseDueAt").value("2026-11-20T17:00:00Z"));
    }

    @Test
    void reportsComplianceAndPercentilesPerPlanAndPolicyAgainstTheSharedGoal() throws Exception {
        long shared = customerOn("SHARED-247", "2027-02-01");
        respondAfter(shared, "2027-02-02T10:00", Duration.ofMinutes(20));
        respondAfter(shared, "2027-02-03T22:00", Duration.ofMinutes(40)); // past the 30 minutes
        respondAfter(shared, "2027-02-04T03:00", Duration.ofMinutes(10));
        reportOnly(shared, "2027-02-10T10:00"); // never answered: long past due, so judged as missed
        long business = customerOn("BPS-40", "2027-02-01");
        respondAfter(business, "2027-02-05T16:00", Duration.ofDays(2).plusHours(18)); // Friday 16:00 to Monday 10:00: 2 working hours
        reportOnly(business, "2027-02-26T16:30"); // unanswered but, at Monday 12:00, 3.5 of its 4 hours used: not judged yet
        long walkIn = customerOn(null, null);
        respondAfter(walkIn, "2027-02-09T10:00", Duration.ofMinutes(90));
        at("2027-03-01T12:00");

        mvc.perform(get("/api/reports/sla").param("period", "2027-02").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2027-02"))
                .andExpect(jsonPath("$.plans.length()").value(3))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'SHARED-247')].requests").value(4))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'SHARED-247')].responded").value(3))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'SHARED-247')].evaluated").value(4))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'SHARED-247')].respondedWithinTarget").value(2))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'SHARED-247')].complianceRatio").value(0.5))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'SHARED-247')].medianResponseMinutes").value(20))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'SHARED-247')].p90ResponseMinutes").value(40))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'SHARED-247')].goal").value(0.9))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'SHARED-247')].meetsGoal").value(false))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'BPS-40')].requests").value(2))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'BPS-40')].evaluated").value(1))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'BPS-40')].complianceRatio").value(1.0))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'BPS-40')].medianResponseMinutes").value(120))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'STANDARD')].targetMinutes").value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'STANDARD')].medianResponseMinutes").value(90))
                .andExpect(jsonPath("$.plans[?(@.planCode == 'STANDARD')].complianceRatio").value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$.policies[?(@.policyName == 'Shared support')].requests").value(4))
                .andExpect(jsonPath("$.policies[?(@.policyName == 'Shared support')].respondedWithinTarget").value(2))
                .andExpect(jsonPath("$.policies[?(@.policyName == 'Shared support')].goal").value(0.9))
                .andExpect(jsonPath("$.policies[?(@.policyName == 'Shared support')].meetsGoal").value(false))
                .andExpect(jsonPath("$.policies[?(@.policyName == 'Business Priority Support')].complianceRatio").value(1.0));
    }

    @Test
    void aBadPeriodIsAProblemAndTechniciansCannotReadTheReport() throws Exception {
        mvc.perform(get("/api/reports/sla").param("period", "2027-13").with(httpBasic("manager", "manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2026-10")));
        mvc.perform(get("/api/reports/sla").with(httpBasic("manager", "manager"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/reports/sla").param("period", "2027-02").with(httpBasic("technician", "technician")))
                .andExpect(status().isForbidden());
    }

    private void reportOnly(long customer, String reportedAt) {
        at(reportedAt);
        engagements.report(new NewEngagement(customer, "Unanswered", null, Channel.REPORT, Impact.PARTIALLY_IMPAIRED,
                null, null, false), "coordinator");
    }

    private void respondAfter(long customer, String reportedAt, Duration wait) {
        at(reportedAt);
        Started started = engagements.report(new NewEngagement(customer, "Report test", null, Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, false), "coordinator");
        engagements.triage(started.id(), new Triage(Priority.P3, true, "technician", null, null), "coordinator");
        Instant answered = london(reportedAt).plus(wait);
        ClockUtil.setCurrentTime(Date.from(answered));
        engagements.captureTime(started.id(), new NewTimeEntry(LocalDate.ofInstant(answered, LONDON), 15, "Answered", null, null),
                "technician");
    }

    private long customerOn(String plan) {
        return new TestCustomers(customers).onPlan(plan);
    }

    private long customerOn(String plan, String start) {
        TestCustomers test = new TestCustomers(customers);
        return plan == null ? test.withoutPlan() : test.onPlan(plan, LocalDate.parse(start));
    }

    private static void at(String londonTime) {
        ClockUtil.setCurrentTime(Date.from(london(londonTime)));
    }

    private static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }
}

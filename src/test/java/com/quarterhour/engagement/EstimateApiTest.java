package com.quarterhour.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.QuarterhourTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Date;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Estimates over HTTP: the catalogue, an estimate priced at the plan's rate, estimate against actual, refusals. */
@QuarterhourTest
class EstimateApiTest {

    private static final Instant TUESDAY_MORNING = Instant.parse("2026-11-17T10:00:00Z");
    private static final String TODAY = LocalDate.ofInstant(TUESDAY_MORNING, ZoneId.of("Europe/London")).toString();
    private static final String WEB_SHOP = """
            {"components": [{"name": "Standard Pages", "quantity": 5}, {"name": "Secure Login", "quantity": 1}]}""";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlanCatalog plans;

    @BeforeEach
    void workingTime() {
        ClockUtil.setCurrentTime(Date.from(TUESDAY_MORNING));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theCatalogueHoldsBothOfTheSeedsTables() throws Exception {
        mvc.perform(get("/api/estimates/catalogue").with(httpBasic("technician", "technician")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(104))
                .andExpect(jsonPath("$[0].catalogue").value("WEB_SITE"))
                .andExpect(jsonPath("$[0].name").value("Standard Pages"))
                .andExpect(jsonPath("$[0].hoursPerUnit").value(1.88))
                .andExpect(jsonPath("$[103].catalogue").value("HELP_DESK"))
                .andExpect(jsonPath("$[103].name").value("Research:Logs"))
                .andExpect(jsonPath("$[?(@.name == 'Programming')]").isEmpty());
    }

    @Test
    void anEstimateIsPricedAtThePlansRateAndShownAgainstTheCapturedTime() throws Exception {
        long id = triagedEngagement("PAYG", "P3");

        send(post("/api/engagements/" + id + "/estimate"), "coordinator", WEB_SHOP)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].hours").value(9.40))
                .andExpect(jsonPath("$.totalHours").value(11.40))
                .andExpect(jsonPath("$.estimatedMinutes").value(684))
                .andExpect(jsonPath("$.planCode").value("PAYG"))
                .andExpect(jsonPath("$.currency").value("GBP"))
                .andExpect(jsonPath("$.hourlyRate").value(70.00))
                .andExpect(jsonPath("$.price").value(798.00));

        // a second estimate replaces the first
        send(post("/api/engagements/" + id + "/estimate"), "technician",
                "{\"components\": [{\"name\": \"Password Reset\", \"quantity\": 2}]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalHours").value(0.50))
                .andExpect(jsonPath("$.price").value(35.00));
        send(post("/api/engagements/" + id + "/time-entries"), "technician",
                "{\"workDate\":\"" + TODAY + "\",\"minutes\":45,\"note\":\"Reset both\"}").andExpect(status().isCreated());

        mvc.perform(get("/api/engagements/" + id).with(httpBasic("manager", "manager")))
                .andExpect(jsonPath("$.estimate.lines.length()").value(1))
                .andExpect(jsonPath("$.estimate.lines[0].component").value("Password Reset"))
                .andExpect(jsonPath("$.estimate.estimatedMinutes").value(30))
                .andExpect(jsonPath("$.estimate.capturedMinutes").value(45));
    }

    @Test
    void aPlanWithoutAnHourlyRateGetsHoursOnlyAndSaysWhy() throws Exception {
        long id = triagedEngagement("BPS-20", "P2");

        send(post("/api/engagements/" + id + "/estimate"), "coordinator", WEB_SHOP)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalHours").value(11.40))
                .andExpect(jsonPath("$.planCode").value("BPS-20"))
                .andExpect(jsonPath("$.hourlyRate").doesNotExist())
                .andExpect(jsonPath("$.price").doesNotExist())
                .andExpect(jsonPath("$.pricing").value(Matchers.containsString("charges no hourly rate")));
    }

    @Test
    void badEstimatesAreRefusedAndChangeNothing() throws Exception {
        long id = triagedEngagement("PAYG", "P4");
        send(post("/api/engagements/" + id + "/estimate"), "coordinator", WEB_SHOP).andExpect(status().isOk());
        int lines = count();

        send(post("/api/engagements/" + id + "/estimate"), "coordinator",
                "{\"components\": [{\"name\": \"Teleportation\", \"quantity\": 1}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("\"Teleportation\"")));
        send(post("/api/engagements/" + id + "/estimate"), "coordinator",
                "{\"components\": [{\"name\": \"Secure Login\", \"quantity\": 1001}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("between 1 and 1000")));
        send(post("/api/engagements/" + id + "/estimate"), "coordinator", "{\"components\": []}")
                .andExpect(status().isBadRequest());
        send(post("/api/engagements/" + id + "/estimate"), "manager", WEB_SHOP).andExpect(status().isForbidden());
        send(post("/api/engagements/999999/estimate"), "coordinator", WEB_SHOP).andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(lines);

        send(post("/api/engagements/" + id + "/time-entries"), "technician",
                "{\"workDate\":\"" + TODAY + "\",\"minutes\":15,\"note\":\"x\"}").andExpect(status().isCreated());
        send(post("/api/engagements/" + id + "/resolve"), "technician", "{\"rootCause\":\"CUSTOMER\",\"note\":\"Done\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
        send(post("/api/engagements/" + id + "/estimate"), "coordinator",
                "{\"components\": [{\"name\": \"Password Reset\", \"quantity\": 1}]}")
                .andExpect(status().isConflict());
        assertThat(count()).isEqualTo(lines);
    }

    @Test
    void eachPlanKindPricesAtTheRateItChargesForThePriorityOrNotAtAll() {
        assertThat(rate("STANDARD", "GBP", Priority.P1)).contains(new BigDecimal("75.00"));
        assertThat(rate("PAYG", "GBP", Priority.P4)).contains(new BigDecimal("70.00"));
        assertThat(rate("PER-USE", "USD", Priority.P2)).contains(new BigDecimal("160.00"));
        assertThat(rate("CREDIT-40", "USD", Priority.P4)).contains(new BigDecimal("50.00"));
        assertThat(rate("MANAGED-WORKPLACE", "USD", Priority.P3)).contains(new BigDecimal("120.00"));
        assertThat(rate("PER-USE", "EUR", Priority.P3)).contains(new BigDecimal("108.00"));
        assertThat(rate("PER-USE", "USD", null)).isEmpty();
        for (String hoursOnly : new String[] {"BPS-20", "SHARED-247", "PER-INCIDENT", "PER-MINUTE", "DEDICATED-SEAT"}) {
            assertThat(rate(hoursOnly, "GBP", Priority.P2)).as(hoursOnly).isEmpty();
        }
    }

    private Optional<BigDecimal> rate(String plan, String currency, Priority priority) {
        return EstimateService.hourlyRate(plans.require(plan).kind(), plans.pricesInForce(plan,
                Currency.getInstance(currency), LocalDate.now()).orElseThrow(), priority);
    }

    private long triagedEngagement(String plan, String priority) throws Exception {
        long customer = body(send(post("/api/customers"), "coordinator",
                "{\"name\":\"Estimate customer " + System.nanoTime() + "\",\"currency\":\"GBP\",\"timeZone\":\"Europe/London\",\"country\":\"GB\"}")
                .andExpect(status().isCreated())).get("id").asLong();
        send(post("/api/customers/" + customer + "/subscriptions"), "coordinator",
                "{\"planCode\":\"" + plan + "\",\"startDate\":\"2026-11-01\"}").andExpect(status().isCreated());
        long id = body(send(post("/api/engagements"), "coordinator",
                "{\"customerId\":" + customer + ",\"title\":\"Web shop\",\"channel\":\"REPORT\",\"impact\":\"FULLY_USABLE\"}")
                .andExpect(status().isCreated())).get("id").asLong();
        send(post("/api/engagements/" + id + "/triage"), "coordinator",
                "{\"priority\":\"" + priority + "\",\"billable\":true,\"technician\":\"technician\"}")
                .andExpect(status().isOk());
        return id;
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from engagement_estimate_line", Integer.class);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String content) throws Exception {
        return mvc.perform(request.with(httpBasic(user, user.equals("demo") ? "demo" : user))
                .contentType(MediaType.APPLICATION_JSON).content(content));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}

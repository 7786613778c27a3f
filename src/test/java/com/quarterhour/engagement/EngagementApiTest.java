package com.quarterhour.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.support.QuarterhourTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
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

/** The engagement part of the REST contract over HTTP: roles, problem details, no partial writes. */
@QuarterhourTest
class EngagementApiTest {

    private static final Instant TUESDAY_MORNING = Instant.parse("2026-11-17T10:00:00Z");
    private static final String TODAY = LocalDate.ofInstant(TUESDAY_MORNING, ZoneId.of("Europe/London")).toString();

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void workingTime() {
        ClockUtil.setCurrentTime(Date.from(TUESDAY_MORNING));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void nothingAnswersWithoutAuthentication() throws Exception {
        mvc.perform(get("/api/engagements/1")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic")));
        mvc.perform(get("/engine-rest/process-definition")).andExpect(status().isUnauthorized());
        mvc.perform(get("/operaton/app/tasklist/default/").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get("/swagger-ui.html").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/operaton/api/engine/engine/default/task")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/customers").with(httpBasic("demo", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void engineRestIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/engine-rest/process-definition").with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isForbidden());
        // MockMvc has no Jersey servlet behind /engine-rest, so "let through" is all it can show (README's curl shows the 200)
        int admin = mvc.perform(get("/engine-rest/process-definition").with(httpBasic("demo", "demo"))).andReturn().getResponse().getStatus();
        assertThat(admin).isNotIn(401, 403);
    }

    @Test
    void walksARequestToCompletionThroughTheApiAlone() throws Exception {
        long customer = createCustomer("BPS-60");
        JsonNode started = body(send(post("/api/engagements"), "coordinator",
                "{\"customerId\":" + customer + ",\"title\":\"VPN drops\",\"channel\":\"REPORT\",\"impact\":\"PARTIALLY_IMPAIRED\"}")
                .andExpect(status().isCreated()));
        long id = started.get("id").asLong();
        assertThat(started.get("processInstanceId").asText()).isNotBlank();

        send(post("/api/engagements/" + id + "/triage"), "coordinator",
                "{\"priority\":\"P2\",\"billable\":true,\"technician\":\"technician\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.priority").value("P2"));
        send(post("/api/engagements/" + id + "/time-entries"), "technician",
                "{\"workDate\":\"" + TODAY + "\",\"minutes\":60,\"note\":\"Replaced the VPN profile\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.minutes").value(60))
                .andExpect(jsonPath("$.technician").value("technician"));
        send(post("/api/engagements/" + id + "/resolve"), "technician", "{\"rootCause\":\"BUG\",\"note\":\"Our profile was wrong\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESOLVED"));

        JsonNode resolved = body(mvc.perform(get("/api/engagements/" + id).with(httpBasic("manager", "manager"))));
        long credit = resolved.get("adjustments").get(0).get("id").asLong();
        assertThat(resolved.get("adjustments").get(0).get("type").asText()).isEqualTo("BUG_CREDIT");

        send(post("/api/adjustments/" + credit + "/decision"), "technician", "{\"approved\":true,\"comment\":\"mine\"}")
                .andExpect(status().isForbidden());
        send(post("/api/adjustments/" + credit + "/decision"), "manager", "{\"approved\":true,\"comment\":\"Confirmed\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));

        mvc.perform(get("/api/engagements/" + id).with(httpBasic("coordinator", "coordinator")))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.firstRespondedAt").isNotEmpty())
                .andExpect(jsonPath("$.timeEntries[0].note").value("Replaced the VPN profile"));

        int entries = count("time_entry");
        send(post("/api/engagements/" + id + "/time-entries"), "technician",
                "{\"workDate\":\"" + TODAY + "\",\"minutes\":15,\"note\":\"Late\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("COMPLETED")));
        assertThat(count("time_entry")).isEqualTo(entries);
    }

    @Test
    void badInputIsAProblemDetailAndWritesNothing() throws Exception {
        int engagements = count("engagement");
        send(post("/api/engagements"), "coordinator", "{\"customerId\":999999,\"title\":\"x\",\"channel\":\"REPORT\",\"impact\":\"UNUSABLE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Customer 999999 does not exist"));
        send(post("/api/engagements"), "coordinator", "{\"customerId\":1,\"title\":\"x\",\"channel\":\"FAX\",\"impact\":\"UNUSABLE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("expected one of REPORT, APPOINTMENT, PHONE_DIRECT")));
        send(post("/api/engagements"), "coordinator", "{\"customerId\":1,\"title\":")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("The request body is not valid JSON"));
        send(post("/api/engagements"), "coordinator", "{\"customerId\":1,\"title\":\" \",\"channel\":\"REPORT\",\"impact\":\"UNUSABLE\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("The title is required"));
        send(post("/api/engagements"), "coordinator", "{\"customerId\":1,\"title\":\"Later\",\"channel\":\"REPORT\",\"impact\":\"UNUSABLE\",\"reportedAt\":\"2099-01-01T00:00:00Z\"}")
                .andExpect(status().isBadRequest());
        assertThat(count("engagement")).isEqualTo(engagements);

        long customer = createCustomer("BPS-20");
        long id = body(send(post("/api/engagements"), "coordinator",
                "{\"customerId\":" + customer + ",\"title\":\"Slow PC\",\"channel\":\"REPORT\",\"impact\":\"FULLY_USABLE\"}")).get("id").asLong();
        send(post("/api/engagements/" + id + "/time-entries"), "technician", "{\"workDate\":\"" + TODAY + "\",\"minutes\":15,\"note\":\"x\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("REPORTED")));
        send(post("/api/engagements/" + id + "/triage"), "coordinator", "{\"priority\":\"P9\",\"billable\":true,\"technician\":\"technician\"}")
                .andExpect(status().isBadRequest());
        send(post("/api/engagements/" + id + "/triage"), "technician", "{\"priority\":\"P4\",\"billable\":true,\"technician\":\"technician\"}")
                .andExpect(status().isForbidden());
        send(post("/api/engagements/" + id + "/triage"), "coordinator", "{\"priority\":\"P4\",\"billable\":true,\"technician\":\"technician\"}")
                .andExpect(status().isOk());

        int entries = count("time_entry");
        for (String minutes : new String[] {"-15", "0", "1441"}) {
            send(post("/api/engagements/" + id + "/time-entries"), "technician",
                    "{\"workDate\":\"" + TODAY + "\",\"minutes\":" + minutes + ",\"note\":\"Tuned it\"}")
                    .andExpect(status().isBadRequest());
        }
        send(post("/api/engagements/" + id + "/time-entries"), "technician", "{\"workDate\":\"" + TODAY + "\",\"minutes\":15,\"note\":\"\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("The note is required"));
        send(post("/api/engagements/" + id + "/time-entries"), "technician", "{\"workDate\":\"" + TODAY + "\",\"minutes\":15,\"note\":\"x\",\"agents\":2}")
                .andExpect(status().isBadRequest());
        send(post("/api/engagements/" + id + "/time-entries"), "technician", "{\"workDate\":\"yesterday\",\"minutes\":15,\"note\":\"x\"}")
                .andExpect(status().isBadRequest());
        assertThat(count("time_entry")).isEqualTo(entries);

        mvc.perform(get("/api/engagements/424242").with(httpBasic("demo", "demo"))).andExpect(status().isNotFound());
        send(post("/api/adjustments/424242/decision"), "manager", "{\"approved\":true,\"comment\":\"x\"}").andExpect(status().isNotFound());
    }

    @Test
    void timeIsCorrectedWhileTheEngagementIsOpenAndFrozenOnceItIsCompleted() throws Exception {
        long customer = createCustomer("BPS-60");
        long id = body(send(post("/api/engagements"), "coordinator",
                "{\"customerId\":" + customer + ",\"title\":\"Mail quota\",\"channel\":\"REPORT\",\"impact\":\"FULLY_USABLE\"}"))
                .get("id").asLong();
        send(post("/api/engagements/" + id + "/triage"), "coordinator",
                "{\"priority\":\"P3\",\"billable\":true,\"technician\":\"technician\"}").andExpect(status().isOk());
        long entry = body(send(post("/api/engagements/" + id + "/time-entries"), "technician",
                "{\"workDate\":\"" + TODAY + "\",\"minutes\":90,\"note\":\"Raised the quota\"}")).get("id").asLong();
        String entryUrl = "/api/engagements/" + id + "/time-entries/" + entry;

        int corrections = count("time_entry_correction");
        send(put(entryUrl), "technician", "{\"workDate\":\"" + TODAY + "\",\"minutes\":0,\"note\":\"x\",\"reason\":\"typo\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("minutes must be positive"));
        send(put(entryUrl), "technician", "{\"workDate\":\"" + TODAY + "\",\"minutes\":30,\"note\":\"Raised the quota\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("The reason is required"));
        send(put(entryUrl), "technician", "null").andExpect(status().isBadRequest());
        send(put(entryUrl), "technician", "{\"workDate\":\"2026-11-18\",\"minutes\":30,\"note\":\"x\",\"reason\":\"r\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("in the future")));
        send(put("/api/engagements/" + id + "/time-entries/424242"), "technician",
                "{\"workDate\":\"" + TODAY + "\",\"minutes\":30,\"note\":\"x\",\"reason\":\"r\"}").andExpect(status().isNotFound());
        send(put("/api/engagements/424242/time-entries/" + entry), "technician",
                "{\"workDate\":\"" + TODAY + "\",\"minutes\":30,\"note\":\"x\",\"reason\":\"r\"}").andExpect(status().isNotFound());
        mvc.perform(put(entryUrl).contentType(MediaType.APPLICATION_JSON)
                .content("{\"workDate\":\"" + TODAY + "\",\"minutes\":30,\"note\":\"x\",\"reason\":\"r\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(count("time_entry_correction")).as("nothing written").isEqualTo(corrections);
        assertThat(jdbc.queryForObject("select minutes from time_entry where id = ?", Integer.class, entry)).isEqualTo(90);

        send(put(entryUrl), "technician", "{\"workDate\":\"" + TODAY + "\",\"minutes\":30,\"note\":\"Raised the mailbox quota\","
                + "\"reason\":\"Typed 90 for 30\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(entry)).andExpect(jsonPath("$.minutes").value(30))
                .andExpect(jsonPath("$.note").value("Raised the mailbox quota"));
        mvc.perform(get("/api/engagements/" + id).with(httpBasic("coordinator", "coordinator")))
                .andExpect(jsonPath("$.timeEntries.length()").value(1)).andExpect(jsonPath("$.minutesCaptured").value(30));
        mvc.perform(get(entryUrl + "/corrections").with(httpBasic("manager", "manager"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].correctedBy").value("technician"))
                .andExpect(jsonPath("$[0].reason").value("Typed 90 for 30"))
                .andExpect(jsonPath("$[0].oldMinutes").value(90))
                .andExpect(jsonPath("$[0].oldNote").value("Raised the quota"));

        send(post("/api/engagements/" + id + "/resolve"), "technician", "{\"rootCause\":\"CUSTOMER\",\"note\":\"Quota raised\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
        send(put(entryUrl), "manager", "{\"workDate\":\"" + TODAY + "\",\"minutes\":15,\"note\":\"x\",\"reason\":\"too late\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("never edited")));
        assertThat(jdbc.queryForObject("select minutes from time_entry where id = ?", Integer.class, entry)).isEqualTo(30);
        assertThat(count("time_entry_correction")).isEqualTo(corrections + 1);
    }

    @Test
    void customersAndSubscriptionsAreValidated() throws Exception {
        int customers = count("customer");
        send(post("/api/customers"), "coordinator", "{\"name\":\"Acme\",\"currency\":\"XXY\",\"timeZone\":\"Europe/London\",\"country\":\"GB\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("currency")));
        send(post("/api/customers"), "coordinator", "{\"name\":\"Acme\",\"currency\":\"GBP\",\"timeZone\":\"Mars/Base\",\"country\":\"GB\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("time zone")));
        send(post("/api/customers"), "technician", "{\"name\":\"Acme\",\"currency\":\"GBP\",\"timeZone\":\"Europe/London\",\"country\":\"GB\"}")
                .andExpect(status().isForbidden());
        assertThat(count("customer")).isEqualTo(customers);

        long customer = createCustomer(null);
        send(post("/api/customers/" + customer + "/subscriptions"), "coordinator", "{\"planCode\":\"GOLD\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Unknown plan 'GOLD'")));
        send(post("/api/customers/" + customer + "/subscriptions"), "coordinator", "{\"planCode\":\"PAYG\"}").andExpect(status().isCreated());
        send(post("/api/customers/" + customer + "/subscriptions"), "coordinator", "{\"planCode\":\"BPS-20\"}")
                .andExpect(status().isConflict());
        send(post("/api/customers/424242/subscriptions"), "coordinator", "{\"planCode\":\"PAYG\"}").andExpect(status().isNotFound());
    }

    private long createCustomer(String plan) throws Exception {
        long id = body(send(post("/api/customers"), "coordinator",
                "{\"name\":\"API test customer " + System.nanoTime() + "\",\"currency\":\"GBP\",\"timeZone\":\"Europe/London\",\"country\":\"GB\"}")
                .andExpect(status().isCreated())).get("id").asLong();
        if (plan != null) {
            send(post("/api/customers/" + id + "/subscriptions"), "coordinator",
                    "{\"planCode\":\"" + plan + "\",\"startDate\":\"2026-11-01\"}").andExpect(status().isCreated());
        }
        return id;
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String content) throws Exception {
        return mvc.perform(request.with(httpBasic(user, user.equals("demo") ? "demo" : user))
                .contentType(MediaType.APPLICATION_JSON).content(content));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}

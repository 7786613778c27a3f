package com.quarterhour.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hostile values at the API's boundary: each is a 400 naming the field and what it must be, and nothing is written.
 * One such value (a report dated in the year -300000) once blanked the board for everyone.
 */
@QuarterhourTest
class InputBoundaryTest {

    static final List<String> TABLES = List.of("customer", "subscription", "engagement", "time_entry", "billing_run",
            "invoice", "act_ru_execution");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;

    long customer;

    @BeforeEach
    void customer() {
        customer = new TestCustomers(customers).onPlan("PAYG");
    }

    @Test
    void datesOutsideTheCenturyOrGivenAsNumbersAreRefusedNamingTheFieldAndTheRange() throws Exception {
        refused(post("/api/engagements"), report("\"reportedAt\":\"-300000-01-01T00:00:00Z\""),
                "reportedAt must be between 2000-01-01 and 2099-12-31, got '-300000-01-01T00:00:00Z'");
        refused(post("/api/engagements"), report("\"appointmentStart\":\"+275760-09-13T00:00:00Z\""),
                "appointmentStart must be between 2000-01-01 and 2099-12-31, got '+275760-09-13T00:00:00Z'");
        refused(post("/api/engagements"), report("\"reportedAt\":1700000000"),
                "reportedAt must be a date and time with offset such as 2026-10-01T09:30:00Z (text, not a number or structure)");
        refused(post("/api/engagements"), report("\"reportedAt\":\"2026-13-01T00:00:00Z\""),
                "reportedAt must be a date and time with offset such as 2026-10-01T09:30:00Z, got '2026-13-01T00:00:00Z'");
        refused(post("/api/customers/" + customer + "/subscriptions"), "{\"planCode\":\"PAYG\",\"startDate\":\"1999-12-31\"}",
                "startDate must be between 2000-01-01 and 2099-12-31, got '1999-12-31'");
        refused(post("/api/customers/" + customer + "/subscriptions"), "{\"planCode\":\"PAYG\",\"startDate\":20260101}",
                "startDate must be a date such as 2026-10-01 (text, not a number or structure)");
        refused(post("/api/engagements/1/time-entries"), "{\"workDate\":\"0000-01-01\",\"minutes\":30,\"note\":\"x\"}",
                "workDate must be between 2000-01-01 and 2099-12-31, got '0000-01-01'");
        refused(post("/api/billing/runs"), "{\"period\":\"-0001-01\"}",
                "period must be a month between 2000-01 and 2099-12, got '-0001-01'");
        refused(get("/api/invoices").param("period", "+10000-01"), null,
                "period must be a month between 2000-01 and 2099-12, got '+10000-01'");
        refused(get("/api/customers/" + customer + "/usage").param("period", "1999-12"), null,
                "period must be a month between 2000-01 and 2099-12, got '1999-12'");
        refused(get("/api/reports/sla").param("period", "-0001-01"), null,
                "period must be a month between 2000-01 and 2099-12, got '-0001-01'");
        assertThat(status(get("/api/board"), null)).as("the board still answers").isEqualTo(200);
    }

    @Test
    void enumOrdinalsFractionsForWholeNumbersAndNumbersOutOfRangeAreRefused() throws Exception {
        refused(post("/api/engagements"), "{\"customerId\":" + customer + ",\"title\":\"Ordinal\",\"channel\":\"REPORT\",\"impact\":2}",
                "'2' is not a valid impact; expected one of FULLY_USABLE, PARTIALLY_IMPAIRED, SEVERELY_IMPAIRED, UNUSABLE");
        refused(post("/api/customers/" + customer + "/purchases"), "{\"type\":\"PREPAID_HOURS\",\"hours\":1.5}",
                "'1.5' is not a valid hours; expected a whole number");
        refused(post("/api/engagements/1/time-entries"), "{\"workDate\":\"2026-01-01\",\"minutes\":9223372036854775807}",
                "minutes must be a whole number up to 2147483647");
    }

    @Test
    void repeatedFieldsAndControlCharactersAreRefused() throws Exception {
        refused(post("/api/customers"), "{\"name\":\"a\",\"name\":\"b\",\"currency\":\"GBP\",\"timeZone\":\"Europe/London\",\"country\":\"GB\"}",
                "Duplicate field 'name': each field may appear once");
        refused(post("/api/engagements"), report("\"description\":\"before\\u0000after\""),
                "description must not contain control characters (U+0000 at position 7); tab, CR and LF are allowed");
        refused(post("/api/customers"), "{\"name\":\"Bell\\u0007Ltd\",\"currency\":\"GBP\",\"timeZone\":\"Europe/London\",\"country\":\"GB\"}",
                "name must not contain control characters (U+0007 at position 5); tab, CR and LF are allowed");
        refused(get("/api/board").param("technician", "tech\u0000nician"), null,
                "'tech\\u0000nician' is not a valid value for technician");
        MockHttpServletRequestBuilder tabs = post("/api/engagements");
        assertThat(status(tabs, report("\"description\":\"line one\\r\\n\\tline two\"")))
                .as("tab, CR and LF are text").isEqualTo(201);
    }

    private String report(String field) {
        return "{\"customerId\":" + customer + ",\"title\":\"Boundary\",\"channel\":\"REPORT\",\"impact\":\"FULLY_USABLE\","
                + field + "}";
    }

    private void refused(MockHttpServletRequestBuilder request, String body, String detail) throws Exception {
        List<Integer> before = counts();
        MockHttpServletResponse response = send(request, body);
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).isEqualTo(detail);
        assertThat(counts()).as("nothing written").isEqualTo(before);
    }

    private int status(MockHttpServletRequestBuilder request, String body) throws Exception {
        return send(request, body).getStatus();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String body) throws Exception {
        request.with(httpBasic("demo", "demo"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private List<Integer> counts() {
        return TABLES.stream().map(t -> jdbc.queryForObject("select count(*) from " + t, Integer.class)).toList();
    }
}

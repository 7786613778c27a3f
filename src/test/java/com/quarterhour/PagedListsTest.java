package com.quarterhour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.support.JpaStatements;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * GET /api/engagements, /api/customers and /api/invoices answer one page at a time, {@code {content, page: {number,
 * size, totalElements, totalPages}}}, filtered and sorted in the database; a sort by anything but the listed properties
 * is the caller's 400, never a 500.
 */
@QuarterhourTest
class PagedListsTest {

    /** Reads every list and reports and triages; not demo, whose password another test gets wrong (a login delay). */
    private static final String STAFF = "coordinator";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired CustomerService customers;
    @Autowired EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void tuesdayMorning() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-17T10:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void engagementsComeAPageAtATimeNewestReportFirst() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        List<Long> reported = new ArrayList<>();
        for (String at : List.of("2026-11-10T09:00:00Z", "2026-11-12T09:00:00Z", "2026-11-11T09:00:00Z")) {
            reported.add(report(customer, "Paged " + at, at));
        }

        JsonNode first = list("/api/engagements?customerId=" + customer + "&size=2");
        assertThat(ids(first)).containsExactly(reported.get(1), reported.get(2));
        assertThat(first.get("page").get("number").asInt()).isZero();
        assertThat(first.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(first.get("page").get("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(list("/api/engagements?customerId=" + customer + "&size=2&page=1"))).containsExactly(reported.get(0));
        assertThat(ids(list("/api/engagements?customerId=" + customer + "&sort=reportedAt,asc")))
                .containsExactly(reported.get(0), reported.get(2), reported.get(1));
    }

    @Test
    void aPageOfEngagementsIsReadInTheSameQueriesWhateverItsSize() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        for (int i = 0; i < 6; i++) {
            long id = report(customer, "Counted " + i, "2026-11-16T0" + i + ":00:00Z");
            if (i % 2 == 0) {
                send("/api/engagements/" + id + "/triage", "{\"priority\":\"P3\",\"billable\":true,\"technician\":\"technician\"}");
                MockHttpServletResponse captured = mvc.perform(post("/api/engagements/" + id + "/time-entries")
                        .with(httpBasic("technician", "technician")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workDate\":\"2026-11-16\",\"minutes\":30,\"note\":\"Looked\"}")).andReturn().getResponse();
                assertThat(captured.getStatus()).as(captured.getContentAsString()).isEqualTo(201);
            }
        }
        String page = "/api/engagements?customerId=" + customer + "&size=";
        statementsFor(page + 1);
        assertThat(statementsFor(page + 6)).isEqualTo(statementsFor(page + 1));
    }

    @Test
    void engagementsAreFilteredByStatusAndPriorityInForce() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        long triaged = report(customer, "Triaged", "2026-11-16T09:00:00Z");
        long waiting = report(customer, "Waiting", "2026-11-16T10:00:00Z");
        send("/api/engagements/" + triaged + "/triage", "{\"priority\":\"P1\",\"billable\":true,\"technician\":\"technician\"}");

        assertThat(ids(list("/api/engagements?customerId=" + customer + "&status=IN_PROGRESS"))).containsExactly(triaged);
        assertThat(ids(list("/api/engagements?customerId=" + customer + "&status=REPORTED"))).containsExactly(waiting);
        assertThat(ids(list("/api/engagements?customerId=" + customer + "&priority=P1"))).containsExactly(triaged);
        String suggested = json.readTree(as(get("/api/engagements/" + waiting)).getContentAsString()).get("priority").asText();
        assertThat(ids(list("/api/engagements?customerId=" + customer + "&priority=" + suggested))).contains(waiting);
    }

    @Test
    void aSortByAnUnlistedPropertyIsABadRequest() throws Exception {
        for (String path : List.of("/api/engagements?sort=processInstanceId", "/api/engagements?sort=nonsense,desc",
                "/api/customers?sort=contactEmail", "/api/invoices?sort=lines", "/api/invoices?sort=id,sideways")) {
            MockHttpServletResponse answer = as(get(path));
            assertThat(answer.getStatus()).as(path).isEqualTo(400);
            assertThat(answer.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(json.readTree(answer.getContentAsString()).get("detail").asText()).as(path).contains("Cannot sort by");
        }
        for (String path : List.of("/api/engagements?status=OPEN", "/api/engagements?priority=P9", "/api/invoices?status=LOST",
                "/api/invoices?period=June")) {
            assertThat(as(get(path)).getStatus()).as(path).isEqualTo(400);
        }
    }

    @Test
    void aPageHoldsAtMostAHundredAndLiesWithinWhatTheDatabaseCanCount() throws Exception {
        assertThat(list("/api/customers?page=9999&size=100").get("content")).as("beyond the last page").isEmpty();
        for (String path : List.of("/api/customers?page=2147483647", "/api/engagements?page=99999999&size=100",
                "/api/invoices?page=2147483647&size=100")) {
            MockHttpServletResponse answer = as(get(path));
            assertThat(answer.getStatus()).as(path + " -> " + answer.getContentAsString()).isEqualTo(400);
        }
        JsonNode page = list("/api/customers?size=1000").get("page");
        assertThat(page.get("size").asInt()).isEqualTo(100);
        assertThat(list("/api/customers").get("page").get("size").asInt()).isEqualTo(20);
    }

    @Test
    void customersAreFoundByPartOfTheirNameIgnoringCase() throws Exception {
        String tag = "Pg" + System.nanoTime();
        for (String name : List.of(tag + " Beta Ltd", tag + " Alpha Ltd", tag + " 100% Gamma")) {
            customers.create(new NewCustomer(name, "GBP", "Europe/London", "GB", new BigDecimal("0.20"), "manager", null));
        }
        JsonNode found = customersNamed(tag.toLowerCase(Locale.ROOT), "2", null);
        assertThat(found.get("content")).extracting(c -> c.get("name").asText())
                .containsExactly(tag + " 100% Gamma", tag + " Alpha Ltd");
        assertThat(found.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(customersNamed(tag + " 100%", null, null).get("content")).hasSize(1);
        assertThat(customersNamed(tag + "_", null, null).get("content")).as("_ is no wildcard").isEmpty();
        assertThat(customersNamed(tag, null, "name,desc").get("content"))
                .extracting(c -> c.get("name").asText()).first().isEqualTo(tag + " Beta Ltd");
        assertThat(as(get("/api/customers").param("name", "a\u0000b")).getStatus()).isEqualTo(400);
    }

    private JsonNode customersNamed(String name, String size, String sort) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/customers").param("name", name);
        if (size != null) {
            request.param("size", size);
        }
        if (sort != null) {
            request.param("sort", sort);
        }
        MockHttpServletResponse answer = as(request);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return json.readTree(answer.getContentAsString());
    }

    @Test
    void invoicesAreFilteredByStatus() throws Exception {
        JsonNode drafts = list("/api/invoices?status=DRAFT&size=100");
        assertThat(drafts.get("content")).allSatisfy(i -> assertThat(i.get("status").asText()).isEqualTo("DRAFT"));
        assertThat(list("/api/invoices?status=VOID&period=2001-01").get("content")).isEmpty();
        assertThat(list("/api/invoices?status=VOID&period=2001-01").get("page").get("totalElements").asLong()).isZero();
    }

    private long report(long customer, String title, String reportedAt) throws Exception {
        MockHttpServletResponse created = send("/api/engagements", "{\"customerId\":" + customer + ",\"title\":\"" + title
                + "\",\"channel\":\"REPORT\",\"impact\":\"PARTIALLY_IMPAIRED\",\"reportedAt\":\"" + reportedAt + "\"}");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return json.readTree(created.getContentAsString()).get("id").asLong();
    }

    private MockHttpServletResponse send(String path, String body) throws Exception {
        return mvc.perform(post(path).with(httpBasic(STAFF, STAFF)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse as(MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(STAFF, STAFF))).andReturn().getResponse();
    }

    private JsonNode list(String path) throws Exception {
        MockHttpServletResponse answer = as(get(path));
        assertThat(answer.getStatus()).as(path + " -> " + answer.getContentAsString()).isEqualTo(200);
        return json.readTree(answer.getContentAsString());
    }

    /** The JPA statements one read of the list prepares (the application's own tables are all read through JPA). */
    private long statementsFor(String path) throws Exception {
        return JpaStatements.during(entityManagerFactory, () -> assertThat(list(path).get("content")).isNotEmpty());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(e -> ids.add(e.get("id").asLong()));
        return ids;
    }
}

package com.quarterhour.billing;

import static com.quarterhour.billing.BillingFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.support.QuarterhourTest;
import java.time.YearMonth;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a customer user sees of its invoices: numbered ones only. A month-end invoice waiting for a manager's review is
 * a draft that may still change or be rejected, so until it is issued it reads as missing, on the API and in the
 * portal. January 2025 is this test's period.
 */
@QuarterhourTest
class CustomerInvoiceAccessTest {

    private static final String PASSWORD = "Invoice&Access-2025";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;
    @Autowired EngagementService engagements;
    @Autowired ManagementService management;
    @Autowired CustomerUsers users;

    BillingFixtures fixtures;

    @BeforeEach
    void init() {
        fixtures = new BillingFixtures(customers, engagements, management, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aDraftWaitingForReviewIsHiddenFromTheCustomerUntilItIsIssued() throws Exception {
        YearMonth january = YearMonth.of(2025, 1);
        at("2024-12-20T10:00:00Z");
        long customer = fixtures.gbpCustomer("Draft Invoice Ltd");
        fixtures.onPlanFor(customer, "BPS-100", january); // £4,000 + VAT: above the GBP review threshold
        fixtures.completed(customer, "Server patching", "2025-01-14T10:00:00Z", 60);
        String user = "drafts-" + System.nanoTime();
        users.create(customer, new NewCustomerUser(user, PASSWORD, null), "coordinator");
        at("2025-02-03T09:00:00Z");
        JsonNode run = json.readTree(mvc.perform(post("/api/billing/runs").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2025-01\"}")).andReturn().getResponse()
                .getContentAsString());
        assertThat(fixtures.runJobs(run.get("processInstanceId").asText())).isEmpty();
        long invoice = jdbc.queryForObject("select id from invoice where customer_id = ? and period = '2025-01'", Long.class,
                customer);
        assertThat(jdbc.queryForObject("select status from invoice where id = ?", String.class, invoice)).isEqualTo("DRAFT");

        MockHttpServletResponse missing = asCustomer(user, "/api/invoices/987654321");
        for (String path : List.of("/api/invoices/" + invoice, "/api/invoices/" + invoice + ".pdf",
                "/api/invoices/" + invoice + ".csv")) {
            MockHttpServletResponse draft = asCustomer(user, path);
            assertThat(draft.getStatus()).as(path).isEqualTo(404);
            assertThat(json.readTree(draft.getContentAsString()).get("detail").asText())
                    .isEqualTo("Invoice " + invoice + " does not exist");
        }
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(json.readTree(asCustomer(user, "/api/invoices").getContentAsString()).get("content")).isEmpty();
        assertThat(portalInvoices(user)).isEmpty();
        // staff see the draft
        assertThat(mvc.perform(get("/api/invoices/" + invoice).with(httpBasic("coordinator", "coordinator")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);

        mvc.perform(post("/api/invoices/" + invoice + "/review").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true,\"comment\":\"Fine\"}"));
        fixtures.runJobs(run.get("processInstanceId").asText());
        assertThat(jdbc.queryForObject("select status from invoice where id = ?", String.class, invoice)).isEqualTo("ISSUED");

        MockHttpServletResponse issued = asCustomer(user, "/api/invoices/" + invoice);
        assertThat(issued.getStatus()).isEqualTo(200);
        assertThat(json.readTree(issued.getContentAsString()).get("total").decimalValue()).isEqualByComparingTo("4800.00");
        assertThat(asCustomer(user, "/api/invoices/" + invoice + ".pdf").getContentType()).isEqualTo("application/pdf");
        assertThat(json.readTree(asCustomer(user, "/api/invoices").getContentAsString()).get("content"))
                .extracting(i -> i.get("id").asLong()).containsExactly(invoice);
        assertThat(portalInvoices(user)).containsExactly("invoice-" + invoice);
    }

    private MockHttpServletResponse asCustomer(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, PASSWORD))).andReturn().getResponse();
    }

    private List<String> portalInvoices(String user) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(PASSWORD))
                .andReturn().getRequest().getSession(false);
        String html = mvc.perform(get("/portal/invoices").session(session)).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).select("#invoices tbody tr").eachAttr("id");
    }
}

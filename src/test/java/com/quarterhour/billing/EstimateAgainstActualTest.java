package com.quarterhour.billing;

import static com.quarterhour.billing.BillingFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EstimateService.EstimateRequest;
import com.quarterhour.engagement.EstimateService;
import com.quarterhour.engagement.Impact;
import com.quarterhour.engagement.RootCause;
import com.quarterhour.estimate.Estimate.Requested;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.QuarterhourTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import org.springframework.test.web.servlet.ResultActions;

/**
 * An estimate against the actual time and money: on the engagement, on the customer's request page, on the invoice
 * (JSON and PDF), and per component in the accuracy report. Each test works in months of 2012 of its own.
 */
@QuarterhourTest
class EstimateAgainstActualTest {

    private static final String PASSWORD = "Estimate&Actual-2012";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;
    @Autowired CustomerUsers users;
    @Autowired EngagementService engagements;
    @Autowired EstimateService estimates;
    @Autowired ManagementService management;

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
    void theEngagementThePortalAndTheInvoiceShowTheEstimateAgainstWhatWasCapturedBilledAndCharged() throws Exception {
        YearMonth february = YearMonth.of(2012, 2);
        at("2012-01-20T10:00:00Z");
        long customer = fixtures.gbpCustomer("Estimate Actual Ltd");
        // on PAYG while the work is reported (the engagement's plan), cancelled with February's end before the run
        long payg = customers.subscribe(customer, "PAYG", february.atDay(1)).id();
        // 5 × Standard Pages (1.88 h) + 1 × Secure Login (2.00 h) = 11.40 h = 684 min; 11.40 h × £70 = £798.00
        long shop = estimatedEngagement(customer, "Web shop", "2012-02-07T10:00:00Z",
                List.of(new Requested("Standard Pages", 5), new Requested("Secure Login", 1)));
        // 6 h + 5 h 50 min captured = 710 min; billed in quarter hours: 360 + 360 = 720 min = 12 h × £70 = £840.00
        capture(shop, "2012-02-07", 360, 350);

        mvc.perform(get("/api/engagements/" + shop).with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.estimate.totalHours").value(11.40))
                .andExpect(jsonPath("$.estimate.estimatedMinutes").value(684))
                .andExpect(jsonPath("$.estimate.currency").value("GBP"))
                .andExpect(jsonPath("$.estimate.estimatedPrice").value(798.00))
                .andExpect(jsonPath("$.estimate.pricing").value("At the PAYG rate for P3"))
                .andExpect(jsonPath("$.estimate.capturedMinutes").value(710))
                .andExpect(jsonPath("$.estimate.billedMinutes").value(0))
                .andExpect(jsonPath("$.estimate.chargedAmount").doesNotExist());

        resolve(shop, "2012-02-08T10:00:00Z");
        long printer = fixtures.completed(customer, "Printer", "2012-02-09T10:00:00Z", 30);
        mvc.perform(get("/api/engagements/" + printer).with(httpBasic("coordinator", "coordinator")))
                .andExpect(jsonPath("$.estimate").doesNotExist());
        customers.cancel(customer, payg, february.atEndOfMonth());
        at("2012-03-02T09:00:00Z");
        JsonNode run = body(mvc.perform(post("/api/billing/runs").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2012-02\"}")));
        assertThat(fixtures.runJobs(run.get("processInstanceId").asText())).isEmpty();
        long invoiceId = jdbc.queryForObject("select id from invoice where customer_id = ? and period = '2012-02'"
                + " and status = 'ISSUED'", Long.class, customer);

        mvc.perform(get("/api/engagements/" + shop).with(httpBasic("manager", "manager")))
                .andExpect(jsonPath("$.estimate.capturedMinutes").value(710))
                .andExpect(jsonPath("$.estimate.billedMinutes").value(720))
                .andExpect(jsonPath("$.estimate.chargedAmount").value(840.00));

        JsonNode invoice = body(mvc.perform(get("/api/invoices/" + invoiceId).with(httpBasic("manager", "manager"))));
        assertThat(invoice.get("subtotal").decimalValue()).isEqualByComparingTo("875.00"); // £840.00 + 30 min £35.00
        assertThat(invoice.get("estimates")).hasSize(1);
        JsonNode estimated = invoice.get("estimates").get(0);
        assertThat(estimated.get("engagementId").asLong()).isEqualTo(shop);
        assertThat(estimated.get("title").asText()).isEqualTo("Web shop");
        assertThat(estimated.get("estimatedHours").decimalValue()).isEqualByComparingTo("11.40");
        assertThat(estimated.get("estimatedMinutes").asInt()).isEqualTo(684);
        assertThat(estimated.get("estimatedPrice").decimalValue()).isEqualByComparingTo("798.00");
        assertThat(estimated.get("billedMinutes").asInt()).isEqualTo(720);
        assertThat(estimated.get("chargedAmount").decimalValue()).isEqualByComparingTo("840.00");

        byte[] pdf = mvc.perform(get("/api/invoices/" + invoiceId + ".pdf").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("Estimate against actual", "Ticket Estimated Estimated price");
        // the table's one row, read cell after cell (the extractor runs the cells of a row together)
        String table = text.substring(text.indexOf("Ticket Estimated")).replaceAll("\\s+", "");
        assertThat(table).contains("WebshopENG-" + shop + "11h24min£798.0012h£840.00").doesNotContain("Printer");

        MockHttpSession session = login(customer);
        Document page = page(session, "/portal/requests/" + shop);
        assertThat(page.select("#estimate-lines tbody tr")).extracting(Element::text).containsExactly(
                "Secure Login 1 2 h 2 h", "Standard Pages 5 1.88 h 9.4 h");
        assertThat(page.getElementById("estimate-hours").text()).isEqualTo("11.4 h (11 h 24 min)");
        assertThat(page.getElementById("estimate-price").text()).isEqualTo("£798.00");
        assertThat(page.getElementById("actual-captured").text()).isEqualTo("11 h 50 min");
        assertThat(page.getElementById("actual-billed").text()).isEqualTo("12 h");
        assertThat(page.getElementById("actual-charged").text()).isEqualTo("£840.00");
        assertThat(page(session, "/portal/requests/" + printer).getElementById("estimate")).isNull();
    }

    @Test
    void theRequestPageSaysWhenThePlanChargesNoHourlyRateAndNothingIsInvoicedYet() throws Exception {
        at("2012-08-06T09:00:00Z");
        long customer = fixtures.gbpCustomer("Estimate Package Ltd");
        long bps = customers.subscribe(customer, "BPS-20", LocalDate.of(2012, 8, 1)).id();
        long id = estimatedEngagement(customer, "Reinstall", "2012-08-07T10:00:00Z",
                List.of(new Requested("Re-installation: OS", 1)));
        capture(id, "2012-08-07", 20);
        customers.cancel(customer, bps, LocalDate.of(2012, 8, 31));

        Document page = page(login(customer), "/portal/requests/" + id);
        assertThat(page.getElementById("estimate-hours").text()).isEqualTo("4 h");
        assertThat(page.getElementById("estimate-price").text())
                .isEqualTo("Hours only: the BPS-20 plan charges no hourly rate for this work");
        assertThat(page.getElementById("actual-captured").text()).isEqualTo("20 min");
        assertThat(page.getElementById("actual-billed").text()).isEqualTo("Not invoiced yet");
        assertThat(page.getElementById("actual-charged").text()).isEqualTo("Not invoiced yet");
    }

    @Test
    void theAccuracyReportSplitsEachEngagementsActualTimeOverItsComponents() throws Exception {
        at("2012-04-20T10:00:00Z");
        long customer = fixtures.gbpCustomer("Estimate Accuracy Ltd");
        customers.cancel(customer, customers.subscribe(customer, "PAYG", LocalDate.of(2012, 5, 1)).id(),
                LocalDate.of(2012, 7, 31));
        // A, completed in May: 2 × Secure Login (4.00 h) + 1 × Documentation (4.00 h), 10 h worked: 5 h each
        long a = estimatedEngagement(customer, "Portal login", "2012-05-08T10:00:00Z",
                List.of(new Requested("Secure Login", 2), new Requested("Documentation", 1)));
        capture(a, "2012-05-08", 360, 240);
        resolve(a, "2012-05-09T10:00:00Z");
        // B, completed in June: 1 × Secure Login (2.00 h), 1 h 30 min worked
        long b = estimatedEngagement(customer, "Shop login", "2012-06-12T10:00:00Z",
                List.of(new Requested("Secure Login", 1)));
        capture(b, "2012-06-12", 90);
        resolve(b, "2012-06-12T15:00:00Z");
        // neither counts: one without an estimate, one estimated but completed in July
        fixtures.completed(customer, "Unestimated", "2012-06-14T10:00:00Z", 45);
        long late = estimatedEngagement(customer, "Late", "2012-06-28T10:00:00Z",
                List.of(new Requested("Documentation", 3)));
        capture(late, "2012-06-28", 15);
        resolve(late, "2012-07-02T10:00:00Z");

        mvc.perform(get("/api/reports/estimate-accuracy").param("from", "2012-05").param("to", "2012-06")
                        .with(httpBasic("manager", "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2012-05"))
                .andExpect(jsonPath("$.to").value("2012-06"))
                .andExpect(jsonPath("$.components.length()").value(2))
                .andExpect(jsonPath("$.components[0].component").value("Documentation"))
                .andExpect(jsonPath("$.components[0].engagements").value(1))
                .andExpect(jsonPath("$.components[0].estimatedHours").value(4.00))
                .andExpect(jsonPath("$.components[0].actualMinutes").value(300))
                .andExpect(jsonPath("$.components[0].actualHours").value(5.00))
                .andExpect(jsonPath("$.components[0].ratio").value(1.25))
                .andExpect(jsonPath("$.components[1].component").value("Secure Login"))
                .andExpect(jsonPath("$.components[1].engagements").value(2))
                .andExpect(jsonPath("$.components[1].estimatedHours").value(6.00))
                .andExpect(jsonPath("$.components[1].actualMinutes").value(390))
                .andExpect(jsonPath("$.components[1].actualHours").value(6.50))
                .andExpect(jsonPath("$.components[1].ratio").value(1.08))
                .andExpect(jsonPath("$.total.component").doesNotExist())
                .andExpect(jsonPath("$.total.engagements").value(2))
                .andExpect(jsonPath("$.total.estimatedHours").value(10.00))
                .andExpect(jsonPath("$.total.actualMinutes").value(690))
                .andExpect(jsonPath("$.total.actualHours").value(11.50))
                .andExpect(jsonPath("$.total.ratio").value(1.15));
        // May alone: A only, 5 h against 4 h on each of its components
        mvc.perform(get("/api/reports/estimate-accuracy").param("from", "2012-05").with(httpBasic("demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value("2012-05"))
                .andExpect(jsonPath("$.components[1].estimatedHours").value(4.00))
                .andExpect(jsonPath("$.components[1].actualHours").value(5.00))
                .andExpect(jsonPath("$.total.ratio").value(1.25));

        mvc.perform(get("/api/reports/estimate-accuracy").param("from", "2012-06").param("to", "2012-05")
                        .with(httpBasic("manager", "manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("to (2012-05) must not be before from (2012-06)"));
        mvc.perform(get("/api/reports/estimate-accuracy").with(httpBasic("manager", "manager")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/reports/estimate-accuracy").param("from", "May").with(httpBasic("manager", "manager")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/reports/estimate-accuracy").param("from", "2012-05")
                .with(httpBasic("coordinator", "coordinator"))).andExpect(status().isForbidden());
    }

    /** Reported at {@code at}, triaged at P3 to the technician and estimated a minute later. */
    private long estimatedEngagement(long customer, String title, String at, List<Requested> components) {
        Instant reported = Instant.parse(at);
        at(reported.plusSeconds(60).toString());
        long id = engagements.report(new NewEngagement(customer, title, "Estimated work", Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, reported, false), "coordinator").id();
        engagements.triage(id, new Triage(Priority.P3, true, "technician", null, null), "coordinator");
        estimates.estimate(id, new EstimateRequest(components));
        return id;
    }

    private void capture(long id, String day, int... minutes) {
        for (int m : minutes) {
            engagements.captureTime(id, new NewTimeEntry(LocalDate.parse(day), m, "Worked " + m + " min", null, null),
                    "technician");
        }
    }

    private void resolve(long id, String at) {
        at(at);
        engagements.resolve(id, new Resolution(RootCause.CUSTOMER, "Done", null, null, null, false, null), "technician");
    }

    private MockHttpSession login(long customer) throws Exception {
        String username = "estimates-" + System.nanoTime();
        users.create(customer, new NewCustomerUser(username, PASSWORD, null), "coordinator");
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}

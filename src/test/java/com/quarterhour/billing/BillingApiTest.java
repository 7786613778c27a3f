package com.quarterhour.billing;

import static com.quarterhour.billing.BillingFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.support.QuarterhourTest;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The billing part of the REST contract over HTTP: runs, invoices as JSON, PDF and CSV, purchases, usage, roles. */
@QuarterhourTest
class BillingApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;
    @Autowired EngagementService engagements;
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
    void aRunIsStartedForAPastPeriodOnlyByManagers() throws Exception {
        at("2018-08-15T10:00:00Z");
        int runs = count("billing_run");
        send(post("/api/billing/runs"), "manager", "{\"period\":\"2018-13\"}").andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("period must be a month such as 2026-10, got '2018-13'"));
        send(post("/api/billing/runs"), "manager", "{\"period\":\"2018-08\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("is not over yet")));
        send(post("/api/billing/runs"), "manager", "{\"period\":\"2019-01\"}").andExpect(status().isBadRequest());
        send(post("/api/billing/runs"), "manager", "{}").andExpect(status().isBadRequest());
        send(post("/api/billing/runs"), "manager", "null").andExpect(status().isBadRequest());
        send(post("/api/billing/runs"), "manager", "{\"period\":202607}").andExpect(status().isBadRequest());
        send(post("/api/billing/runs"), "manager", "{\"period\":\"2018-07\",\"extra\":1}").andExpect(status().isBadRequest());
        send(post("/api/billing/runs"), "technician", "{\"period\":\"2018-07\"}").andExpect(status().isForbidden());
        send(post("/api/billing/runs"), "coordinator", "{\"period\":\"2018-07\"}").andExpect(status().isForbidden());
        mvc.perform(post("/api/billing/runs").contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2018-07\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(count("billing_run")).as("no partial writes").isEqualTo(runs);

        JsonNode started = body(send(post("/api/billing/runs"), "manager", "{\"period\":\"2018-07\"}")
                .andExpect(status().isAccepted()).andExpect(header().string("Location", containsString("/api/billing/runs/"))));
        long id = started.get("id").asLong();
        fixtures.runJobs(started.get("processInstanceId").asText());
        mvc.perform(get("/api/billing/runs/" + id).with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.period").value("2018-07")).andExpect(jsonPath("$.invoices").isArray());
        mvc.perform(get("/api/billing/runs/999999").with(httpBasic("manager", "manager")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("Billing run 999999 does not exist"));
        mvc.perform(get("/api/billing/runs/" + id).with(httpBasic("technician", "technician"))).andExpect(status().isForbidden());
    }

    @Test
    void parallelStartsOfOneMonthStartOneRunAndRefuseTheOthersUntilItCompletes() throws Exception {
        at("2017-04-03T09:00:00Z");
        int parallel = 6;
        CyclicBarrier together = new CyclicBarrier(parallel);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit(() -> {
                    together.await();
                    return send(post("/api/billing/runs"), "manager", "{\"period\":\"2017-03\"}").andReturn().getResponse();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                statuses.add(answer.get().getStatus());
            }
            assertThat(statuses).as("one wins, the others are told it is running").containsOnly(202, 409)
                    .filteredOn(s -> s == 202).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from billing_run where period = '2017-03'", Integer.class))
                .isEqualTo(1);
        long running = jdbc.queryForObject("select id from billing_run where period = '2017-03'", Long.class);
        send(post("/api/billing/runs"), "manager", "{\"period\":\"2017-03\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A billing run of 2017-03 is already running (run " + running
                        + ", see /api/billing/runs/" + running + "); start another once it has completed"));

        fixtures.runJobs(jdbc.queryForObject("select process_instance_id from billing_run where id = ?", String.class, running));
        send(post("/api/billing/runs"), "manager", "{\"period\":\"2017-03\"}").andExpect(status().isAccepted());
    }

    @Test
    void invoicesReadAsJsonPdfAndCsv() throws Exception {
        YearMonth june = YearMonth.of(2018, 6);
        at("2018-05-20T10:00:00Z");
        long customer = fixtures.gbpCustomer("Invoice Api Ltd");
        fixtures.onPlanFor(customer, "BPS-20", june);
        long engagement = fixtures.completed(customer, "Printer jams", "2018-06-05T10:00:00Z", 45);
        at("2018-07-02T09:00:00Z");
        JsonNode started = body(send(post("/api/billing/runs"), "manager", "{\"period\":\"2018-06\"}"));
        fixtures.runJobs(started.get("processInstanceId").asText());

        JsonNode list = body(mvc.perform(get("/api/invoices").param("customerId", String.valueOf(customer))
                .param("period", "2018-06").with(httpBasic("coordinator", "coordinator"))).andExpect(status().isOk()))
                .get("content");
        assertThat(list).hasSize(1);
        long id = list.get(0).get("id").asLong();
        JsonNode invoice = body(mvc.perform(get("/api/invoices/" + id).with(httpBasic("manager", "manager"))));
        assertThat(invoice.get("number").asText()).matches("INV-2018-\\d{6}");
        assertThat(invoice.get("customerId").asLong()).isEqualTo(customer);
        assertThat(invoice.get("period").asText()).isEqualTo("2018-06");
        assertThat(invoice.get("currency").asText()).isEqualTo("GBP");
        assertThat(invoice.get("status").asText()).isEqualTo("ISSUED");
        assertThat(invoice.get("subtotal").decimalValue()).isEqualByComparingTo("1100.00");
        assertThat(invoice.get("tax").decimalValue()).isEqualByComparingTo("220.00");
        assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("1320.00");
        JsonNode time = invoice.get("lines").get(1);
        assertThat(time.get("date").asText()).isEqualTo("2018-06-05");
        assertThat(time.get("engagementId").asLong()).isEqualTo(engagement);
        assertThat(time.get("title").asText()).isEqualTo("Printer jams");
        assertThat(time.get("technician").asText()).isEqualTo("technician");
        assertThat(time.get("minutes").asInt()).isEqualTo(45);
        assertThat(time.get("billedMinutes").asInt()).isEqualTo(45);
        assertThat(time.get("note").asText()).isEqualTo("Worked on Printer jams");
        assertThat(time.get("description").asText()).contains("45 min from the included hours");
        assertThat(time.get("quantity").decimalValue()).isEqualByComparingTo("0");
        assertThat(time.get("amount").decimalValue()).isEqualByComparingTo("0");

        byte[] pdf = mvc.perform(get("/api/invoices/" + id + ".pdf").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Invoice " + invoice.get("number").asText(), "Printer jams", "45 min",
                "Worked on Printer jams", "Subtotal", "£1,100.00", "VAT 20 %", "£1,320.00", "ENG-" + engagement,
                "Due date", "Quarterhour Test GmbH", "VAT no. DE123456789", "IBAN DE02120300000000202051");
        byte[] byAccept = mvc.perform(get("/api/invoices/" + id).accept(MediaType.APPLICATION_PDF)
                .with(httpBasic("manager", "manager"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(byAccept, 0, 5)).isEqualTo("%PDF-");

        String csv = mvc.perform(get("/api/invoices/" + id + ".csv").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).extracting(r -> r.get("kind")).containsExactly("FEE", "TIME");
        assertThat(rows).extracting(r -> r.get("invoiceNumber")).containsOnly(invoice.get("number").asText());
        assertThat(rows).extracting(r -> r.get("customerId")).containsOnly(String.valueOf(customer));
        assertThat(rows.get(1).get("title")).isEqualTo("Printer jams");
        assertThat(rows.get(1).get("reference")).isEqualTo("ENG-" + engagement);
        assertThat(rows.get(1).get("billedMinutes")).isEqualTo("45");
        String totalsCsv = mvc.perform(get("/api/invoices/" + id + ".totals.csv").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString();
        CSVRecord totals = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(totalsCsv)).getRecords().get(0);
        assertThat(totals.get("invoiceNumber")).isEqualTo(invoice.get("number").asText());
        assertThat(totals.get("dueDate")).isEqualTo(invoice.get("dueDate").asText());
        assertThat(totals.get("total")).isEqualTo("1320.00");
        String csvByAccept = mvc.perform(get("/api/invoices/" + id).accept("text/csv")
                .with(httpBasic("manager", "manager"))).andReturn().getResponse().getContentAsString();
        assertThat(csvByAccept).isEqualTo(csv);

        long billedEntry = jdbc.queryForObject("select id from time_entry where engagement_id = ?", Long.class, engagement);
        send(put("/api/engagements/" + engagement + "/time-entries/" + billedEntry), "manager",
                "{\"workDate\":\"2018-06-05\",\"minutes\":15,\"note\":\"Less\",\"reason\":\"after the invoice\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("never edited")));
        assertThat(body(mvc.perform(get("/api/invoices/" + id).with(httpBasic("manager", "manager")))))
                .as("invoiced time is frozen").isEqualTo(invoice);

        mvc.perform(get("/api/invoices/999999").with(httpBasic("manager", "manager"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Invoice 999999 does not exist"));
        mvc.perform(get("/api/invoices/999999.pdf").with(httpBasic("manager", "manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/invoices/999999").accept(MediaType.APPLICATION_PDF).with(httpBasic("manager", "manager")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/invoices").param("period", "June").with(httpBasic("manager", "manager")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/invoices/" + id).with(httpBasic("technician", "technician"))).andExpect(status().isForbidden());
        send(post("/api/invoices/" + id + "/review"), "coordinator", "{\"approved\":true,\"comment\":\"x\"}")
                .andExpect(status().isForbidden());
        send(post("/api/invoices/" + id + "/review"), "manager", "{\"approved\":true,\"comment\":\"x\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void prepaidHoursArePurchasedOnTheirOwnInvoiceAndDrawnDownAtMonthEnd() throws Exception {
        YearMonth april = YearMonth.of(2018, 4);
        at("2018-04-02T10:00:00Z");
        long customer = fixtures.gbpCustomer("Prepaid Ltd");
        long subscription = customers.subscribe(customer, "PAYG", april.atDay(1)).id();
        send(post("/api/customers/" + customer + "/purchases"), "manager", "{\"type\":\"PREPAID_HOURS\",\"hours\":0}")
                .andExpect(status().isBadRequest());
        send(post("/api/customers/" + customer + "/purchases"), "manager", "{\"type\":\"CREDIT_BUNDLE\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("CREDIT-12")));
        send(post("/api/customers/" + customer + "/purchases"), "technician", "{\"type\":\"PREPAID_HOURS\",\"hours\":10}")
                .andExpect(status().isForbidden());
        JsonNode purchase = body(send(post("/api/customers/" + customer + "/purchases"), "manager",
                "{\"type\":\"PREPAID_HOURS\",\"hours\":10}").andExpect(status().isCreated()));
        assertThat(purchase.get("kind").asText()).isEqualTo("PURCHASE");
        assertThat(purchase.get("subtotal").decimalValue()).as("10 h at £70 less 5 %").isEqualByComparingTo("665.00");
        assertThat(purchase.get("number").asText()).startsWith("INV-2018-");
        assertThat(purchase.get("closingBalance").get("prepaidHours").decimalValue()).isEqualByComparingTo("10");

        fixtures.completed(customer, "Office move", "2018-04-10T09:00:00Z", 600, 90);
        customers.cancel(customer, subscription, april.atEndOfMonth());
        at("2018-05-01T09:00:00Z");
        mvc.perform(get("/api/customers/" + customer + "/usage").param("period", "2018-04")
                .with(httpBasic("technician", "technician"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.planCode").value("PAYG"))
                .andExpect(jsonPath("$.usedHours").value(11.5))
                .andExpect(jsonPath("$.prepaidHours").value(10.0));
        JsonNode started = body(send(post("/api/billing/runs"), "manager", "{\"period\":\"2018-04\"}"));
        fixtures.runJobs(started.get("processInstanceId").asText());
        JsonNode invoice = body(mvc.perform(get("/api/invoices").param("customerId", String.valueOf(customer))
                .param("period", "2018-04").with(httpBasic("manager", "manager")))).get("content").get(1);
        assertThat(invoice.get("kind").asText()).isEqualTo("MONTHLY");
        assertThat(invoice.get("subtotal").decimalValue()).as("1.5 h beyond the 10 prepaid at £70").isEqualByComparingTo("105.00");
        mvc.perform(get("/api/customers/" + customer + "/usage").param("period", "2018-04")
                .with(httpBasic("manager", "manager"))).andExpect(jsonPath("$.prepaidHours").value(0.0));
    }

    @Test
    void usageRecommendsACheaperPlanWhenOneWouldHaveCoveredTheLastThreeWholeMonths() throws Exception {
        at("2017-12-20T10:00:00Z");
        long customer = fixtures.gbpCustomer("Busy Ltd (pay as you go)");
        customers.subscribe(customer, "PAYG", LocalDate.of(2018, 1, 1));
        fixtures.completed(customer, "January work", "2018-01-10T09:00:00Z", 750, 750);
        fixtures.completed(customer, "February work", "2018-02-07T09:00:00Z", 750, 750);
        fixtures.completed(customer, "March work", "2018-03-07T09:00:00Z", 750, 750);
        at("2018-03-20T10:00:00Z");
        // March has not ended: January and February are compared
        mvc.perform(get("/api/customers/" + customer + "/usage").param("period", "2018-03")
                .with(httpBasic("coordinator", "coordinator"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendation.months").value(contains("2018-01", "2018-02")));
        at("2018-04-02T10:00:00Z");

        // 25 h a month at £70 is 3 × £1,750 = £5,250; BPS-20 is 3 × (£1,100 + 5 h × £65) = £4,275
        mvc.perform(get("/api/customers/" + customer + "/usage").param("period", "2018-03")
                .with(httpBasic("coordinator", "coordinator"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.planCode").value("PAYG"))
                .andExpect(jsonPath("$.includedHours").value(0.0))
                .andExpect(jsonPath("$.usedHours").value(25.0))
                .andExpect(jsonPath("$.creditBalance").value(0))
                .andExpect(jsonPath("$.recommendation.planCode").value("BPS-20"))
                .andExpect(jsonPath("$.recommendation.months").value(contains("2018-01", "2018-02", "2018-03")))
                .andExpect(jsonPath("$.recommendation.currentCost").value(5250.00))
                .andExpect(jsonPath("$.recommendation.recommendedCost").value(4275.00))
                .andExpect(jsonPath("$.recommendation.saving").value(975.00))
                .andExpect(jsonPath("$.recommendation.reason").value("BPS-20 would have cost £4,275.00 over Jan–Mar "
                        + "2018 against the £5,250.00 you paid (before VAT): £975.00 less"));

        long unsubscribed = fixtures.gbpCustomer("Busy Ltd (no plan)");
        fixtures.completed(unsubscribed, "March work", "2018-03-07T09:00:00Z", 750, 750);
        mvc.perform(get("/api/customers/" + unsubscribed + "/usage").param("period", "2018-03")
                .with(httpBasic("manager", "manager"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.planCode").value("STANDARD"))
                .andExpect(jsonPath("$.recommendation").isEmpty());

        long onPlan = fixtures.gbpCustomer("Light Ltd");
        fixtures.onPlanFor(onPlan, "BPS-40", YearMonth.of(2018, 3));
        mvc.perform(get("/api/customers/" + onPlan + "/usage").param("period", "2018-03")
                .with(httpBasic("manager", "manager"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.includedHours").value(40.0))
                .andExpect(jsonPath("$.remainingHours").value(40.0))
                .andExpect(jsonPath("$.overageHours").value(0.0));
        mvc.perform(get("/api/customers/" + customer + "/usage").param("period", "2018-05")
                .with(httpBasic("manager", "manager"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/customers/999999/usage").with(httpBasic("manager", "manager")))
                .andExpect(status().isNotFound());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        return mvc.perform(request.with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}

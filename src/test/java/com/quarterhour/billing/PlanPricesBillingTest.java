package com.quarterhour.billing;

import static com.quarterhour.billing.BillingFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.billing.internal.BillingBasis;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.support.QuarterhourTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The catalogue as data, end to end (docs/billing.md, "The catalogue"): a plan created through the API, a customer
 * billed in euros on it, a price change from the next month; each month is invoiced at the prices in force on its
 * first day, and a later change reaches no month already invoiced.
 */
@QuarterhourTest
class PlanPricesBillingTest {

    private static final String GOLD = """
            {"code": "GOLD-2013", "name": "Gold support (EU)", "kind": "MONTHLY_PACKAGE", "incrementMinutes": 15,
             "prices": {"EUR": {"monthlyFee": 1200.00, "includedHours": 20, "overageHourlyRate": 70.00}}}""";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;
    @Autowired EngagementService engagements;
    @Autowired ManagementService management;
    @Autowired BillingBasis basis;
    @Autowired PlanCatalog plans;

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
    void eachMonthIsInvoicedAtThePricesInForceOnItsFirstDay() throws Exception {
        at("2013-05-02T09:00:00Z");
        send(post("/api/plans"), "admin", GOLD).andExpect(status().isCreated())
                .andExpect(jsonPath("$.prices[0].currency").value("EUR"))
                .andExpect(jsonPath("$.prices[0].effectiveFrom").value("2013-05-01"))
                .andExpect(jsonPath("$.prices[0].status").value("IN_FORCE"))
                .andExpect(jsonPath("$.prices[0].includedHours").value(20.0));
        long brasserie = customers.create(new NewCustomer("Brasserie Gold " + System.nanoTime(), "EUR", "Europe/Paris",
                "FR", new BigDecimal("0.20"), "manager", null)).id();
        long subscription = body(send(post("/api/customers/" + brasserie + "/subscriptions"), "manager",
                "{\"planCode\": \"GOLD-2013\", \"startDate\": \"2013-05-01\"}").andExpect(status().isCreated()))
                .get("id").asLong();
        customers.cancel(brasserie, subscription, LocalDate.of(2013, 6, 30)); // no later period of any test bills it

        // 21 h 30 min in May: 20 h included, 1.5 h overage
        fixtures.completed(brasserie, "Till migration", "2013-05-06T09:00:00Z", 600, 690);
        at("2013-05-20T09:00:00Z");
        send(put("/api/plans/GOLD-2013/prices"), "admin", """
                {"effectiveFrom": "2013-05-01", "prices": {"EUR": {"monthlyFee": 1300.00, "includedHours": 20,
                 "overageHourlyRate": 75.00}}}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("a month after the current one (2013-05)")));
        send(put("/api/plans/GOLD-2013/prices"), "admin", """
                {"effectiveFrom": "2013-06-01", "prices": {"EUR": {"monthlyFee": 1300.00, "includedHours": 20,
                 "overageHourlyRate": 75.00}}}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.prices[0].status").value("IN_FORCE"))
                .andExpect(jsonPath("$.prices[1].status").value("SCHEDULED"))
                .andExpect(jsonPath("$.prices[1].monthlyFee").value(1300.0));

        at("2013-06-03T09:00:00Z");
        run("2013-05");
        JsonNode may = monthly(brasserie, "2013-05");
        assertThat(may.get("currency").asText()).isEqualTo("EUR");
        assertThat(may.get("subtotal").decimalValue()).as("€1,200.00 fee + 1.5 h × €70.00").isEqualByComparingTo("1305.00");
        assertThat(may.get("total").decimalValue()).as("+ 20 % VAT €261.00").isEqualByComparingTo("1566.00");

        // the same 21 h 30 min in June
        fixtures.completed(brasserie, "Kitchen screens", "2013-06-10T09:00:00Z", 600, 690);
        at("2013-07-02T09:00:00Z");
        run("2013-06");
        JsonNode june = monthly(brasserie, "2013-06");
        assertThat(june.get("lines").get(0).get("amount").decimalValue()).isEqualByComparingTo("1300.00");
        assertThat(june.get("subtotal").decimalValue()).as("€1,300.00 fee + 1.5 h × €75.00").isEqualByComparingTo("1412.50");
        assertThat(june.get("total").decimalValue()).as("+ 20 % VAT €282.50").isEqualByComparingTo("1695.00");

        // a later change, and May run again: the invoices and the terms of the months already past stay as they were
        send(put("/api/plans/GOLD-2013/prices"), "admin", """
                {"effectiveFrom": "2013-08-01", "prices": {"EUR": {"monthlyFee": 2000.00, "includedHours": 10,
                 "overageHourlyRate": 99.00}}}""").andExpect(status().isOk());
        run("2013-05");
        assertThat(monthly(brasserie, "2013-05")).isEqualTo(may);
        assertThat(fixtures.liveMonthlyInvoices(brasserie, YearMonth.of(2013, 5))).isEqualTo(1);
        var customer = customers.get(brasserie);
        assertThat(basis.basis(customer, YearMonth.of(2013, 5)).terms().overageHourlyRate()).isEqualByComparingTo("70.00");
        assertThat(basis.basis(customer, YearMonth.of(2013, 6)).terms().overageHourlyRate()).isEqualByComparingTo("75.00");
        Currency eur = Currency.getInstance("EUR");
        assertThat(plans.pricesInForce("GOLD-2013", eur, LocalDate.of(2013, 7, 1)).orElseThrow().overageHourlyRate())
                .isEqualByComparingTo("75.00");
        assertThat(plans.pricesInForce("GOLD-2013", eur, LocalDate.of(2013, 8, 1)).orElseThrow().overageHourlyRate())
                .isEqualByComparingTo("99.00");
    }

    @Test
    void aCustomerCanSubscribeOnlyToAPlanOnSaleInItsCurrency() throws Exception {
        at("2013-09-02T09:00:00Z");
        send(post("/api/plans"), "admin", """
                {"code": "SILVER-2013", "name": "Silver support (EU)", "kind": "MONTHLY_PACKAGE", "incrementMinutes": 15,
                 "prices": {"EUR": {"monthlyFee": 600.00, "includedHours": 10, "overageHourlyRate": 70.00},
                            "GBP": {"monthlyFee": 520.00, "includedHours": 10, "overageHourlyRate": 60.00}}}""")
                .andExpect(status().isCreated());
        long dollars = fixtures.usdCustomer("Dollar Diner");
        int subscriptions = count("subscription");
        send(post("/api/customers/" + dollars + "/subscriptions"), "manager", "{\"planCode\": \"SILVER-2013\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("Plan SILVER-2013 has no USD "
                        + "prices for 2013-09 and the customer is billed in USD; it is priced in EUR, GBP"));

        // USD prices from October: a subscription from October is taken, one from September still is not
        send(put("/api/plans/SILVER-2013/prices"), "admin", """
                {"effectiveFrom": "2013-10-01", "prices": {"USD": {"monthlyFee": 700.00, "includedHours": 10,
                 "overageHourlyRate": 80.00}}}""").andExpect(status().isOk());
        send(post("/api/customers/" + dollars + "/subscriptions"), "manager",
                "{\"planCode\": \"SILVER-2013\", \"startDate\": \"2013-09-15\"}").andExpect(status().isBadRequest());
        assertThat(count("subscription")).as("nothing written").isEqualTo(subscriptions);
        long subscription = body(send(post("/api/customers/" + dollars + "/subscriptions"), "manager",
                "{\"planCode\": \"SILVER-2013\", \"startDate\": \"2013-10-01\"}").andExpect(status().isCreated()))
                .get("id").asLong();
        customers.cancel(dollars, subscription, LocalDate.of(2013, 10, 31));

        send(post("/api/plans/SILVER-2013/retire"), "manager", "").andExpect(status().isForbidden());
        send(post("/api/plans/SILVER-2013/retire"), "admin", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.retiredAt").isNotEmpty());
        long pounds = fixtures.gbpCustomer("Pound Pub");
        send(post("/api/customers/" + pounds + "/subscriptions"), "manager", "{\"planCode\": \"SILVER-2013\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("SILVER-2013 was retired on")));
        send(post("/api/plans/SILVER-2013/retire"), "admin", "").andExpect(status().isConflict());
        send(put("/api/plans/SILVER-2013/prices"), "admin", """
                {"effectiveFrom": "2013-11-01", "prices": {"GBP": {"monthlyFee": 1.00, "includedHours": 10,
                 "overageHourlyRate": 1.00}}}""").andExpect(status().isConflict());
        mvc.perform(get("/api/plans/SILVER-2013").with(httpBasic("manager", "manager"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.prices.length()").value(3));
    }

    @Test
    void pricesAreCheckedPerKindAndAllCurrenciesOfAChangeAreSavedOrNone() throws Exception {
        at("2013-11-04T09:00:00Z");
        int lists = count("plan_price_list");
        send(post("/api/plans"), "admin", """
                {"code": "BRONZE", "name": "Bronze", "kind": "MONTHLY_PACKAGE", "incrementMinutes": 15,
                 "prices": {"EUR": {"monthlyFee": 300.00, "includedHours": 5}}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("EUR prices of a MONTHLY_PACKAGE plan need overageHourlyRate"));
        send(post("/api/plans"), "admin", """
                {"code": "BRONZE", "name": "Bronze", "kind": "PER_USE", "incrementMinutes": 15,
                 "prices": {"EUR": {"perUseRates": {"P1": 200, "P2": 160, "P3": 120}}}}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                        "EUR prices of a PER_USE plan: perUseRates need a rate for every priority; P4 is missing"));
        send(post("/api/plans"), "admin", """
                {"code": "BRONZE", "name": "Bronze", "kind": "PAY_AS_YOU_GO", "incrementMinutes": 10,
                 "prices": {"EUR": {"hourlyRate": 80.00}}}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("multiple of 3")));
        send(post("/api/plans"), "admin", """
                {"code": "BRONZE", "name": "Bronze", "kind": "PAY_AS_YOU_GO", "incrementMinutes": 15,
                 "prices": {"EUR": {"hourlyRate": 80.005}}}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("minor unit")));
        send(post("/api/plans"), "admin", """
                {"code": "BRONZE", "name": "Bronze", "kind": "PAY_AS_YOU_GO", "incrementMinutes": 15,
                 "prices": {"XXY": {"hourlyRate": 80.00}}}""").andExpect(status().isBadRequest());
        send(post("/api/plans"), "admin", """
                {"code": "PAYG", "name": "Again", "kind": "PAY_AS_YOU_GO", "incrementMinutes": 15,
                 "prices": {"EUR": {"hourlyRate": 80.00}}}""").andExpect(status().isConflict());

        // GBP is right, EUR lacks a term: neither is saved
        send(put("/api/plans/BPS-20/prices"), "admin", """
                {"effectiveFrom": "2014-01-01", "prices": {
                  "GBP": {"monthlyFee": 1150.00, "includedHours": 20, "overageHourlyRate": 65.00},
                  "EUR": {"monthlyFee": 1350.00, "includedHours": 20}}}""")
                .andExpect(status().isBadRequest());
        send(put("/api/plans/BPS-20/prices"), "admin", """
                {"effectiveFrom": "2014-01-15", "prices": {
                  "GBP": {"monthlyFee": 1150.00, "includedHours": 20, "overageHourlyRate": 65.00}}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("the first day of a month")));
        send(put("/api/plans/BPS-20/prices"), "admin", """
                {"effectiveFrom": "2014-01-01", "prices": {
                  "GBP": {"monthlyFee": 1150.00, "includedHours": 20, "overageHourlyRate": 65.00, "hourlyRate": 75}}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("have no hourlyRate")));
        send(put("/api/plans/NO-SUCH-PLAN/prices"), "admin", "{}").andExpect(status().isNotFound());
        assertThat(count("plan_price_list")).as("nothing written").isEqualTo(lists);
    }

    @Test
    void thePrepaidDiscountIsATermOfThePriceList() throws Exception {
        at("2013-12-02T09:00:00Z");
        send(post("/api/plans"), "admin", """
                {"code": "PAYG-EU-2013", "name": "Pay as you go (EU)", "kind": "PAY_AS_YOU_GO", "incrementMinutes": 15,
                 "prices": {"EUR": {"hourlyRate": 80.00, "prepaidDiscountMinHours": 5, "prepaidDiscountPercent": 10}}}""")
                .andExpect(status().isCreated());
        long bistro = customers.create(new NewCustomer("Bistro Prepaid " + System.nanoTime(), "EUR", "Europe/Paris",
                "FR", new BigDecimal("0.20"), "manager", null)).id();
        long subscription = customers.subscribe(bistro, "PAYG-EU-2013", LocalDate.of(2013, 12, 1)).id();
        JsonNode four = body(send(post("/api/customers/" + bistro + "/purchases"), "manager",
                "{\"type\": \"PREPAID_HOURS\", \"hours\": 4}").andExpect(status().isCreated()));
        assertThat(four.get("subtotal").decimalValue()).as("4 h × €80.00").isEqualByComparingTo("320.00");
        JsonNode five = body(send(post("/api/customers/" + bistro + "/purchases"), "manager",
                "{\"type\": \"PREPAID_HOURS\", \"hours\": 5}").andExpect(status().isCreated()));
        assertThat(five.get("subtotal").decimalValue()).as("5 h × €72.00 (10 % off)").isEqualByComparingTo("360.00");
        assertThat(five.get("total").decimalValue()).as("+ 20 % VAT €72.00").isEqualByComparingTo("432.00");
        assertThat(five.get("lines").get(0).get("description").asText())
                .endsWith("80.00/h less 10 % for a block of 5 hours or more");
        customers.cancel(bistro, subscription, LocalDate.of(2013, 12, 31));
    }

    private void run(String period) throws Exception {
        JsonNode started = body(send(post("/api/billing/runs"), "manager", "{\"period\":\"" + period + "\"}")
                .andExpect(status().isAccepted()));
        assertThat(fixtures.runJobs(started.get("processInstanceId").asText())).isEmpty();
    }

    private JsonNode monthly(long customer, String period) throws Exception {
        JsonNode list = body(mvc.perform(get("/api/invoices").param("customerId", String.valueOf(customer))
                .param("period", period).with(httpBasic("manager", "manager")))).get("content");
        assertThat(list).hasSize(1);
        return body(mvc.perform(get("/api/invoices/" + list.get(0).get("id").asLong())
                .with(httpBasic("manager", "manager"))));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        String password = "admin".equals(user) ? "demo" : user;
        return mvc.perform(request.with(httpBasic("admin".equals(user) ? "demo" : user, password))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}

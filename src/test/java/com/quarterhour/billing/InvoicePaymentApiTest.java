package com.quarterhour.billing;

import static com.quarterhour.billing.BillingFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.Together;
import java.time.LocalDate;
import java.util.List;
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

/**
 * Payments over HTTP: an issued invoice of £798.00 (10 prepaid hours at £70 less 5 % = £665.00, plus 20 % VAT £133.00)
 * becomes PARTLY_PAID, then PAID; what would pay more than is open, a payment to an invoice that takes none, and bad
 * input are refused in words with nothing written.
 */
@QuarterhourTest
class InvoicePaymentApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;
    @Autowired EngagementService engagements;
    @Autowired ManagementService management;

    long invoice;

    @BeforeEach
    void issuedInvoice() throws Exception {
        at("2018-04-02T10:00:00Z");
        BillingFixtures fixtures = new BillingFixtures(customers, engagements, management, jdbc);
        long customer = fixtures.gbpCustomer("Paying Ltd");
        customers.subscribe(customer, "PAYG", LocalDate.of(2018, 4, 1));
        JsonNode purchase = body(pay("/api/customers/" + customer + "/purchases", "manager",
                "{\"type\":\"PREPAID_HOURS\",\"hours\":10}").andExpect(status().isCreated()));
        invoice = purchase.get("id").asLong();
        assertThat(purchase.get("status").asText()).isEqualTo("ISSUED");
        assertThat(purchase.get("total").decimalValue()).isEqualByComparingTo("798.00");
        assertThat(purchase.get("openAmount").decimalValue()).isEqualByComparingTo("798.00");
        at("2018-04-20T10:00:00Z");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPartPaymentThenTheRestMakeTheInvoicePaid() throws Exception {
        pay(payments(), "manager", payment("300.00", "2018-04-10", "BACS 1001"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PARTLY_PAID"))
                .andExpect(jsonPath("$.openAmount").value(498.00))
                .andExpect(jsonPath("$.payment.amount").value(300.00))
                .andExpect(jsonPath("$.payment.paidOn").value("2018-04-10"))
                .andExpect(jsonPath("$.payment.reference").value("BACS 1001"))
                .andExpect(jsonPath("$.payment.recordedBy").value("manager"));
        pay(payments(), "demo", payment("498", "2018-04-20", "BACS 1002"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.openAmount").value(0.00));

        JsonNode read = body(mvc.perform(get("/api/invoices/" + invoice).with(httpBasic("manager", "manager"))));
        assertThat(read.get("status").asText()).isEqualTo("PAID");
        assertThat(read.get("openAmount").decimalValue()).isEqualByComparingTo("0");
        assertThat(read.get("payments")).extracting(p -> p.get("amount").asText())
                .containsExactly("300.0", "498.0");

        pay(payments(), "manager", payment("1.00", "2018-04-20", "BACS 1003"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The invoice is paid in full; there is nothing open to pay"));
        assertThat(paymentsRecorded()).isEqualTo(2);
    }

    @Test
    void aPaymentAboveWhatIsOpenIsRefusedAndNothingIsRecorded() throws Exception {
        pay(payments(), "manager", payment("500.00", "2018-04-10", "BACS 2001")).andExpect(status().isCreated());
        pay(payments(), "manager", payment("300.00", "2018-04-11", "BACS 2002"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("The invoice has £298.00 open; a payment of £300.00 is more than that"));
        JsonNode read = body(mvc.perform(get("/api/invoices/" + invoice).with(httpBasic("manager", "manager"))));
        assertThat(read.get("status").asText()).isEqualTo("PARTLY_PAID");
        assertThat(read.get("openAmount").decimalValue()).isEqualByComparingTo("298.00");
        assertThat(paymentsRecorded()).isEqualTo(1);
    }

    @Test
    void aPartlyPaidInvoicesPdfShowsWhatIsPaidAndOpenButNoInternalStatus() throws Exception {
        pay(payments(), "manager", "{\"amount\":\"500.00\",\"paidOn\":\"2018-04-10\",\"reference\":\"BACS 5001\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.openAmount").value(298.00));
        byte[] pdf = mvc.perform(get("/api/invoices/" + invoice + ".pdf").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Paid £500.00", "Open £298.00").doesNotContain("Status", "PARTLY");
    }

    @Test
    void aDraftOrVoidInvoiceTakesNoPayment() throws Exception {
        jdbc.update("update invoice set status = 'VOID', number = null, number_year = null, number_seq = null "
                + "where id = ?", invoice);
        pay(payments(), "manager", payment("10.00", "2018-04-10", "BACS 3001"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("void")));
        jdbc.update("update invoice set status = 'DRAFT', issued_at = null where id = ?", invoice);
        pay(payments(), "manager", payment("10.00", "2018-04-10", "BACS 3002"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("once it is issued")));
        assertThat(paymentsRecorded()).isZero();
    }

    @Test
    void badInputIsA400InWordsAndWritesNothing() throws Exception {
        pay(payments(), "manager", payment("10.005", "2018-04-10", "x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("more decimals than GBP")));
        pay(payments(), "manager", payment("0", "2018-04-10", "x")).andExpect(status().isBadRequest());
        pay(payments(), "manager", payment("-10.00", "2018-04-10", "x")).andExpect(status().isBadRequest());
        pay(payments(), "manager", payment("10.00", "2018-04-21", "x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("in the future")));
        pay(payments(), "manager", payment("10.00", "2018-04-01", "x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("before the invoice was issued on 2018-04-02")));
        pay(payments(), "manager", payment("10.00", "2018-04-10", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("reference is required")));
        pay(payments(), "manager", payment("10.00", "2018-04-10", "r".repeat(201))).andExpect(status().isBadRequest());
        pay(payments(), "manager", "{\"amount\":\"ten\",\"paidOn\":\"2018-04-10\",\"reference\":\"x\"}")
                .andExpect(status().isBadRequest());
        pay(payments(), "manager", "{\"amount\":10,\"paidOn\":\"2018-02-30\",\"reference\":\"x\"}")
                .andExpect(status().isBadRequest());
        pay(payments(), "manager", "{}").andExpect(status().isBadRequest());
        pay("/api/invoices/987654321/payments", "manager", payment("10.00", "2018-04-10", "x"))
                .andExpect(status().isNotFound());
        assertThat(paymentsRecorded()).isZero();
    }

    @Test
    void onlyManagersAndAdminsRecordPayments() throws Exception {
        for (String user : List.of("technician", "coordinator")) {
            pay(payments(), user, payment("10.00", "2018-04-10", "x")).andExpect(status().isForbidden());
        }
        mvc.perform(post(payments()).contentType(MediaType.APPLICATION_JSON)
                .content(payment("10.00", "2018-04-10", "x"))).andExpect(status().isUnauthorized());
        assertThat(paymentsRecorded()).isZero();
    }

    @Test
    void paymentsAtOnceNeverTogetherExceedTheTotal() throws Exception {
        List<Integer> answers = Together.call(4, n -> {
            try {
                return pay(payments(), "manager", payment("300.00", "2018-04-10", "BACS 40" + n))
                        .andReturn().getResponse().getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(answers).as("two of £300.00 fit in £798.00, a third does not").containsOnly(201, 409)
                .filteredOn(s -> s == 201).hasSize(2);
        JsonNode read = body(mvc.perform(get("/api/invoices/" + invoice).with(httpBasic("manager", "manager"))));
        assertThat(read.get("openAmount").decimalValue()).isEqualByComparingTo("198.00");
        assertThat(read.get("status").asText()).isEqualTo("PARTLY_PAID");
        assertThat(paymentsRecorded()).isEqualTo(2);
    }

    private String payments() {
        return "/api/invoices/" + invoice + "/payments";
    }

    private static String payment(String amount, String paidOn, String reference) {
        return "{\"amount\":" + amount + ",\"paidOn\":\"" + paidOn + "\",\"reference\":\"" + reference + "\"}";
    }

    private ResultActions pay(String path, String user, String body) throws Exception {
        String password = "demo".equals(user) ? "demo" : user;
        return mvc.perform(post(path).with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private int paymentsRecorded() {
        return jdbc.queryForObject("select count(*) from invoice_payment where invoice_id = ?", Integer.class, invoice);
    }
}

package com.quarterhour.billing;

import static com.quarterhour.billing.BillingFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.Together;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
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
 * Credit notes over HTTP against an issued invoice of £798.00 (10 prepaid hours at £70 less 5 % = £665.00 net, 20 %
 * VAT £133.00): a part credited with its VAT split out, the rest voiding the invoice, what would credit more than is
 * left refused, credit notes at once never crediting more than the total, numbers without gaps. 2017 is this test's
 * year.
 */
@QuarterhourTest
class CreditNoteApiTest {

    private static final String PASSWORD = "Credit&Notes-2017";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;
    @Autowired EngagementService engagements;
    @Autowired ManagementService management;
    @Autowired CustomerUsers users;

    long customer;
    long invoice;

    @BeforeEach
    void issuedInvoice() throws Exception {
        at("2017-04-02T10:00:00Z");
        BillingFixtures fixtures = new BillingFixtures(customers, engagements, management, jdbc);
        customer = fixtures.gbpCustomer("Credited Ltd");
        customers.subscribe(customer, "PAYG", LocalDate.of(2017, 4, 1));
        JsonNode purchase = body(post("/api/customers/" + customer + "/purchases", "manager",
                "{\"type\":\"PREPAID_HOURS\",\"hours\":10}").andExpect(status().isCreated()));
        invoice = purchase.get("id").asLong();
        assertThat(purchase.get("total").decimalValue()).isEqualByComparingTo("798.00");
        at("2017-04-20T10:00:00Z");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPartCreditThenTheRestVoidTheInvoiceWhichThenTakesNoPayment() throws Exception {
        JsonNode first = body(post(creditNotes(), "manager", "{\"reason\":\"Goodwill: the outage was ours\","
                + "\"amount\":156.00}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.creditNote.net").value(130.00))
                .andExpect(jsonPath("$.creditNote.tax").value(26.00))
                .andExpect(jsonPath("$.creditNote.total").value(156.00))
                .andExpect(jsonPath("$.creditNote.vatRate").value(0.20))
                .andExpect(jsonPath("$.creditNote.kind").value("MANUAL"))
                .andExpect(jsonPath("$.creditNote.reason").value("Goodwill: the outage was ours"))
                .andExpect(jsonPath("$.creditNote.createdBy").value("manager"))
                .andExpect(jsonPath("$.creditNote.issueDate").value("2017-04-20"))
                .andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.openAmount").value(642.00))
                .andExpect(jsonPath("$.refundDue").value(0.00)));
        String number = first.at("/creditNote/number").asText();
        assertThat(number).matches("CN-2017-\\d{6}");
        assertThat(first.at("/creditNote/invoiceNumber").asText()).startsWith("INV-2017-");
        assertThat(first.at("/creditNote/customerId").asLong()).isEqualTo(customer);

        JsonNode read = body(mvc.perform(get("/api/invoices/" + invoice).with(httpBasic("coordinator", "coordinator"))));
        assertThat(read.get("creditedAmount").decimalValue()).isEqualByComparingTo("156.00");
        assertThat(read.get("openAmount").decimalValue()).isEqualByComparingTo("642.00");
        assertThat(read.get("creditNotes")).extracting(c -> c.get("number").asText()).containsExactly(number);

        // no amount: the rest, £642.00 = £535.00 net (£665.00 − £130.00) + £107.00 VAT (£133.00 − £26.00)
        JsonNode rest = body(post(creditNotes(), "demo", "{\"reason\":\"Contract cancelled\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.creditNote.net").value(535.00))
                .andExpect(jsonPath("$.creditNote.tax").value(107.00))
                .andExpect(jsonPath("$.creditNote.total").value(642.00))
                .andExpect(jsonPath("$.status").value("VOID"))
                .andExpect(jsonPath("$.openAmount").value(0.00)));
        assertThat(seq(rest.at("/creditNote/number").asText())).isEqualTo(seq(number) + 1);

        JsonNode voided = body(mvc.perform(get("/api/invoices/" + invoice).with(httpBasic("manager", "manager"))));
        assertThat(voided.get("status").asText()).isEqualTo("VOID");
        assertThat(voided.get("number").asText()).as("a voided issued invoice keeps its number").startsWith("INV-2017-");
        assertThat(voided.get("creditedAmount").decimalValue()).isEqualByComparingTo("798.00");
        String own = "credited-" + System.nanoTime();
        users.create(customer, new NewCustomerUser(own, PASSWORD, null), "coordinator");
        assertThat(asCustomer(own, "/api/invoices/" + invoice).getStatus()).as("the customer still reads it").isEqualTo(200);
        assertThat(json.readTree(asCustomer(own, "/api/invoices").getContentAsString()).get("content"))
                .extracting(i -> i.get("status").asText()).containsExactly("VOID");

        post("/api/invoices/" + invoice + "/payments", "manager",
                "{\"amount\":10.00,\"paidOn\":\"2017-04-20\",\"reference\":\"BACS 1\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("void")));
        post(creditNotes(), "manager", "{\"reason\":\"Again\",\"amount\":1.00}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The invoice is void; there is nothing left to credit"));
        assertThat(creditNotesOfInvoice()).isEqualTo(2);
    }

    @Test
    void aCreditAfterPaymentLeavesNothingOpenAndARefundDue() throws Exception {
        post("/api/invoices/" + invoice + "/payments", "manager",
                "{\"amount\":798.00,\"paidOn\":\"2017-04-10\",\"reference\":\"BACS 2\"}").andExpect(status().isCreated());
        post(creditNotes(), "manager", "{\"reason\":\"Two hours were our bug\",\"amount\":100.00}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.creditNote.net").value(83.33))
                .andExpect(jsonPath("$.creditNote.tax").value(16.67))
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.openAmount").value(0.00))
                .andExpect(jsonPath("$.refundDue").value(100.00));
    }

    @Test
    void aCreditLeavingOnlyWhatIsPaidMakesAPartlyPaidInvoicePaid() throws Exception {
        post("/api/invoices/" + invoice + "/payments", "manager",
                "{\"amount\":500.00,\"paidOn\":\"2017-04-10\",\"reference\":\"BACS 3\"}").andExpect(status().isCreated());
        post(creditNotes(), "manager", "{\"reason\":\"Agreed discount\",\"amount\":298.00}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.openAmount").value(0.00))
                .andExpect(jsonPath("$.refundDue").value(0.00));
    }

    @Test
    void moreThanIsLeftToCreditIsRefusedAndNothingIsWritten() throws Exception {
        post(creditNotes(), "manager", "{\"reason\":\"Goodwill\",\"amount\":700.00}").andExpect(status().isCreated());
        post(creditNotes(), "manager", "{\"reason\":\"Goodwill\",\"amount\":98.01}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("The invoice has £98.00 left to credit; a credit note of £98.01 is more than that"));
        assertThat(creditNotesOfInvoice()).isEqualTo(1);
        JsonNode read = body(mvc.perform(get("/api/invoices/" + invoice).with(httpBasic("manager", "manager"))));
        assertThat(read.get("creditedAmount").decimalValue()).isEqualByComparingTo("700.00");
        assertThat(read.get("status").asText()).isEqualTo("ISSUED");
    }

    @Test
    void badInputIsA400InWordsAndWritesNothing() throws Exception {
        post(creditNotes(), "manager", "{\"amount\":10.00}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("reason is required")));
        post(creditNotes(), "manager", "{\"reason\":\"x\",\"amount\":10.005}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("more decimals than GBP")));
        post(creditNotes(), "manager", "{\"reason\":\"x\",\"amount\":0}").andExpect(status().isBadRequest());
        post(creditNotes(), "manager", "{\"reason\":\"x\",\"amount\":-5}").andExpect(status().isBadRequest());
        post(creditNotes(), "manager", "{\"reason\":\"x\",\"amount\":\"ten\"}").andExpect(status().isBadRequest());
        post(creditNotes(), "manager", "").andExpect(status().isBadRequest());
        post("/api/invoices/987654321/credit-notes", "manager", "{\"reason\":\"x\"}").andExpect(status().isNotFound());
        assertThat(creditNotesOfInvoice()).isZero();
    }

    @Test
    void onlyManagersAndAdminsIssueCreditNotes() throws Exception {
        for (String user : List.of("technician", "coordinator")) {
            post(creditNotes(), user, "{\"reason\":\"x\"}").andExpect(status().isForbidden());
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(creditNotes())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(creditNotesOfInvoice()).isZero();
    }

    @Test
    void creditNotesAtOnceNeverCreditMoreThanTheTotalAndTakeNumbersWithoutGaps() throws Exception {
        List<Integer> answers = Together.call(4, n -> {
            try {
                return post(creditNotes(), "manager", "{\"reason\":\"Goodwill " + n + "\",\"amount\":300.00}")
                        .andReturn().getResponse().getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(answers).as("two of £300.00 fit in £798.00, a third does not").containsOnly(201, 409)
                .filteredOn(s -> s == 201).hasSize(2);
        JsonNode read = body(mvc.perform(get("/api/invoices/" + invoice).with(httpBasic("manager", "manager"))));
        assertThat(read.get("creditedAmount").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(read.get("openAmount").decimalValue()).isEqualByComparingTo("198.00");
        List<Integer> numbers = jdbc.queryForList("select number_seq from credit_note where number_year = 2017 "
                + "order by number_seq", Integer.class);
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }

    @Test
    void theCreditNoteReadsAsJsonPdfAndCsvAndOnlyItsOwnCustomerSeesIt() throws Exception {
        long id = body(post(creditNotes(), "manager", "{\"reason\":\"=HYPERLINK(\\\"x\\\")\",\"amount\":156.00}")
                .andExpect(status().isCreated())).at("/creditNote/id").asLong();
        JsonNode note = body(mvc.perform(get("/api/credit-notes/" + id).with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isOk()));
        assertThat(note.get("lines")).hasSize(1);
        assertThat(note.at("/lines/0/amount").decimalValue()).isEqualByComparingTo("130.00");
        String number = note.get("number").asText();

        byte[] pdf = mvc.perform(get("/api/credit-notes/" + id + ".pdf").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1))
                .contains("Credit note " + number, "Net £130.00", "VAT 20 %£26.00", "Credited GBP£156.00");
        String csv = mvc.perform(get("/api/credit-notes/" + id + ".csv").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(5).element(4).isEqualTo("\"\",TOTAL,,,GBP,156.00");
        assertThat(csv).as("the reason is text, never a formula").contains("'=HYPERLINK");

        byte[] invoicePdf = mvc.perform(get("/api/invoices/" + invoice + ".pdf").with(httpBasic("manager", "manager")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new PdfTextExtractor(new PdfReader(invoicePdf)).getTextFromPage(1))
                .contains("Credit note " + number + "-£156.00", "Open £642.00");

        String own = "credited-" + System.nanoTime();
        users.create(customer, new NewCustomerUser(own, PASSWORD, null), "coordinator");
        assertThat(asCustomer(own, "/api/credit-notes/" + id).getStatus()).isEqualTo(200);
        assertThat(asCustomer(own, "/api/credit-notes/" + id + ".pdf").getContentType()).isEqualTo("application/pdf");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(own).password(PASSWORD))
                .andReturn().getRequest().getSession(false);
        Element row = Jsoup.parse(mvc.perform(get("/portal/invoices").session(session)).andReturn().getResponse()
                .getContentAsString()).getElementById("invoice-" + invoice);
        assertThat(row.select("a.credit-note").eachText()).containsExactly(number + " (£156.00)");
        assertThat(row.select("a.credit-note").attr("href")).isEqualTo("/api/credit-notes/" + id + ".pdf");
        BillingFixtures fixtures = new BillingFixtures(customers, engagements, management, jdbc);
        long other = fixtures.gbpCustomer("Other Ltd");
        String stranger = "stranger-" + System.nanoTime();
        users.create(other, new NewCustomerUser(stranger, PASSWORD, null), "coordinator");
        for (String path : List.of("/api/credit-notes/" + id, "/api/credit-notes/" + id + ".pdf",
                "/api/credit-notes/" + id + ".csv")) {
            MockHttpServletResponse refused = asCustomer(stranger, path);
            assertThat(refused.getStatus()).as(path).isEqualTo(404);
        }
        post(creditNotes(), own, "{\"reason\":\"x\"}").andExpect(status().isForbidden());
    }

    private String creditNotes() {
        return "/api/invoices/" + invoice + "/credit-notes";
    }

    private int creditNotesOfInvoice() {
        return jdbc.queryForObject("select count(*) from credit_note where invoice_id = ?", Integer.class, invoice);
    }

    private static int seq(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    private MockHttpServletResponse asCustomer(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, PASSWORD))).andReturn().getResponse();
    }

    private ResultActions post(String path, String user, String body) throws Exception {
        String password = "demo".equals(user) ? "demo" : user.startsWith("credited-") ? PASSWORD : user;
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}

package com.quarterhour.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.quarterhour.billing.InvoiceView;
import com.quarterhour.billing.einvoice.SellerProperties;
import com.quarterhour.customer.BillingDetails;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.engagement.EstimateService;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.support.QuarterhourTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An invoice is never edited once issued: a customer who moves (or is renamed) and payment terms configured anew after
 * it was sent leave its PDF, CSV files, e-invoice, API view and portal row as they were; a draft shows the current
 * details and the terms it would be issued with. The customer buys 10 prepaid hours on 20 August 2025, an invoice
 * issued at once with the tests' 14 days to pay: due on 3 September.
 */
@QuarterhourTest
class IssuedInvoiceKeepsWhatItSaidTest {

    private static final String PASSWORD = "Frozen&Invoice-2025";
    private static final BillingDetails OLD_ADDRESS = new BillingDetails("1 Old Road", "M1 1AA", "Manchester",
            "GB987654321", "PO-OLD");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;
    @Autowired CustomerUsers users;
    @Autowired SellerProperties seller;
    @Autowired InvoiceRepository invoices;
    @Autowired InvoicePaymentRepository payments;
    @Autowired CreditNoteRepository creditNotes;
    @Autowired EstimateService estimates;
    @Autowired TransactionTemplate transactions;
    @Value("${quarterhour.company-time-zone}") ZoneId companyZone;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCustomerWhoMovesAfterIssueLeavesTheIssuedInvoiceAsSentWhileADraftFollows() throws Exception {
        long customer = customerWithOldAddress();
        long issued = purchase(customer);
        long draft = draft(customer);
        MockHttpSession session = login(customer);
        Copies before = copies(issued, session);

        MockHttpServletResponse moved = mvc.perform(put("/api/customers/" + customer + "/billing-details")
                .with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"street": "9 New Street", "postcode": "LS1 1AA", "city": "Leeds", "vatId": "GB111222333",
                         "buyerReference": "PO-NEW"}""")).andReturn().getResponse();
        assertThat(moved.getStatus()).isEqualTo(200);
        // no API renames a customer; an administrator's edit of the database does
        jdbc.update("update customer set name = 'Renamed Ltd' where id = ?", customer);

        Copies after = copies(issued, session);
        assertThat(after).isEqualTo(before);
        assertThat(before.pdf()).contains("1 Old Road", "M1 1AA Manchester", "VAT no. GB987654321",
                "Your reference: PO-OLD", "Due date 3 Sep 2025", "Payable within 14 days of the invoice date")
                .doesNotContain("Leeds", "Renamed");
        assertThat(before.xml()).contains("Manchester", "PO-OLD", "20250903").doesNotContain("Leeds");
        assertThat(before.totalsCsv()).contains("2025-09-03").doesNotContain("Renamed");
        JsonNode view = json.readTree(before.json());
        assertThat(view.get("dueDate").asText()).isEqualTo("2025-09-03");
        assertThat(view.get("paymentTermsDays").asInt()).isEqualTo(14);
        assertThat(view.get("billTo").get("city").asText()).isEqualTo("Manchester");
        assertThat(view.get("customerName").asText()).startsWith("Frozen Ltd");
        assertThat(before.portalRow()).contains("Wed, 3 Sept 2025");

        JsonNode drafted = json.readTree(as("/api/invoices/" + draft).getContentAsString());
        assertThat(drafted.get("customerName").asText()).isEqualTo("Renamed Ltd");
        assertThat(drafted.get("billTo").get("city").asText()).isEqualTo("Leeds");
        assertThat(drafted.get("billTo").get("buyerReference").asText()).isEqualTo("PO-NEW");
        assertThat(drafted.get("dueDate").isNull()).isTrue();
        assertThat(pdfText(as("/api/invoices/" + draft + ".pdf").getContentAsByteArray()))
                .contains("Renamed Ltd", "9 New Street", "LS1 1AA Leeds").doesNotContain("Manchester");
    }

    @Test
    void aCreditNoteIsAddressedAsTheInvoiceItCorrectsWasAndStaysSo() throws Exception {
        long customer = customerWithOldAddress();
        long issued = purchase(customer);
        jdbc.update("update customer set name = 'Renamed Ltd' where id = ?", customer);
        MockHttpServletResponse credited = mvc.perform(post("/api/invoices/" + issued + "/credit-notes")
                .with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Goodwill\", \"amount\": 10.00}")).andReturn().getResponse();
        assertThat(credited.getStatus()).as(credited.getContentAsString()).isEqualTo(201);
        long note = json.readTree(credited.getContentAsString()).at("/creditNote/id").asLong();
        String path = "/api/credit-notes/" + note;
        String view = as(path).getContentAsString();
        String pdf = pdfText(as(path + ".pdf").getContentAsByteArray());
        String xml = as(path + ".xml").getContentAsString();

        MockHttpServletResponse moved = mvc.perform(put("/api/customers/" + customer + "/billing-details")
                .with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"street": "9 New Street", "postcode": "LS1 1AA", "city": "Leeds", "vatId": "GB111222333",
                         "buyerReference": "PO-NEW"}""")).andReturn().getResponse();
        assertThat(moved.getStatus()).isEqualTo(200);
        jdbc.update("update customer set name = 'Renamed again Ltd' where id = ?", customer);

        assertThat(json.readTree(view).get("customerName").asText()).startsWith("Frozen Ltd");
        assertThat(json.readTree(view).get("billTo").get("city").asText()).isEqualTo("Manchester");
        assertThat(pdf).contains("Frozen Ltd").doesNotContain("Renamed");
        assertThat(xml).contains("Frozen Ltd", "Manchester", "PO-OLD").doesNotContain("Renamed", "Leeds");
        assertThat(as(path).getContentAsString()).isEqualTo(view);
        assertThat(pdfText(as(path + ".pdf").getContentAsByteArray())).isEqualTo(pdf);
        assertThat(as(path + ".xml").getContentAsString()).isEqualTo(xml);
    }

    @Test
    void termsConfiguredAnewApplyToInvoicesIssuedAfterThemNotToThoseAlreadySent() throws Exception {
        long customer = customerWithOldAddress();
        long issued = purchase(customer);
        long draft = draft(customer);
        String totalsCsv = as("/api/invoices/" + issued + ".totals.csv").getContentAsString();
        String pdf = pdfText(as("/api/invoices/" + issued + ".pdf").getContentAsByteArray());
        // what the application builds when it starts again with quarterhour.seller.payment-terms-days=45
        SellerProperties longer = withTerms(45);
        InvoiceViews views = new InvoiceViews(customers, payments, creditNotes, estimates, longer, companyZone);
        InvoiceDocuments documents = new InvoiceDocuments(longer, companyZone);

        InvoiceView issuedView = transactions.execute(tx -> views.view(invoices.findById(issued).orElseThrow()));
        InvoiceView draftView = transactions.execute(tx -> views.view(invoices.findById(draft).orElseThrow()));

        assertThat(issuedView.dueDate()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(issuedView.paymentTermsDays()).isEqualTo(14);
        assertThat(documents.totalsCsv(issuedView)).isEqualTo(totalsCsv);
        assertThat(pdfText(documents.pdf(issuedView))).isEqualTo(pdf);
        assertThat(draftView.paymentTermsDays()).as("a draft: the terms it would be issued with").isEqualTo(45);
        assertThat(draftView.dueDate()).isNull();
    }

    @Test
    void invoicesIssuedBeforeTheyKeptTheirTermsGetThoseOfTheFirstStartAndKeepThem() throws Exception {
        long issued = purchase(customerWithOldAddress());
        // as V31 leaves an invoice issued before it
        jdbc.update("update invoice set due_date = null, payment_terms_days = null where id = ?", issued);

        new IssuedTermsBackfill(jdbc, withTerms(30), companyZone).afterPropertiesSet();
        new IssuedTermsBackfill(jdbc, withTerms(60), companyZone).afterPropertiesSet();

        JsonNode view = json.readTree(as("/api/invoices/" + issued).getContentAsString());
        assertThat(view.get("dueDate").asText()).isEqualTo("2025-09-19");
        assertThat(view.get("paymentTermsDays").asInt()).isEqualTo(30);
    }

    @Test
    void anInvoiceIssuedWithoutAnAddressIsNoEInvoiceEvenOnceTheCustomerHasOne() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-08-20T09:00:00Z")));
        long customer = customers.create(new NewCustomer("Addressless Ltd " + System.nanoTime(), "GBP",
                "Europe/London", "GB", new BigDecimal("0.20"), "manager", "accounts@addressless.example")).id();
        customers.subscribe(customer, "PAYG", LocalDate.of(2025, 8, 1));
        long issued = purchase(customer);
        customers.updateBillingDetails(customer, OLD_ADDRESS);

        MockHttpServletResponse xml = mvc.perform(get("/api/invoices/" + issued + ".xml")
                .with(httpBasic("manager", "manager"))).andReturn().getResponse();

        assertThat(xml.getStatus()).isEqualTo(409);
        assertThat(json.readTree(xml.getContentAsString()).get("detail").asText()).isEqualTo("Invoice " + issued
                + " cannot be an e-invoice: it was issued without billingDetails.street, billingDetails.postcode, "
                + "billingDetails.city, billingDetails.buyerReference, and an issued invoice keeps the billing details "
                + "it was issued with (later ones apply to invoices issued after them)");
        assertThat(pdfText(as("/api/invoices/" + issued + ".pdf").getContentAsByteArray()))
                .doesNotContain("Manchester");

        // nor is a credit note of it, addressed as the invoice was
        MockHttpServletResponse credited = mvc.perform(post("/api/invoices/" + issued + "/credit-notes")
                .with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Goodwill\", \"amount\": 10.00}")).andReturn().getResponse();
        long note = json.readTree(credited.getContentAsString()).at("/creditNote/id").asLong();
        MockHttpServletResponse noteXml = mvc.perform(get("/api/credit-notes/" + note + ".xml")
                .with(httpBasic("manager", "manager"))).andReturn().getResponse();
        assertThat(noteXml.getStatus()).isEqualTo(409);
        assertThat(json.readTree(noteXml.getContentAsString()).get("detail").asText()).startsWith("Credit note " + note
                + " cannot be an e-invoice: invoice ").endsWith(", which it corrects, was issued without "
                + "billingDetails.street, billingDetails.postcode, billingDetails.city, billingDetails.buyerReference");
    }

    /** The same invoice as every reader gets it: API, PDF (its text), CSV files, e-invoice and the portal's row. */
    private record Copies(String json, String pdf, String csv, String totalsCsv, String xml, String portalRow) {
    }

    private Copies copies(long invoice, MockHttpSession session) throws Exception {
        String path = "/api/invoices/" + invoice;
        MockHttpServletResponse xml = as(path + ".xml");
        assertThat(xml.getStatus()).as(xml.getContentAsString()).isEqualTo(200);
        MockHttpServletResponse portal = mvc.perform(get("/portal/invoices").session(session)).andReturn()
                .getResponse();
        return new Copies(as(path).getContentAsString(), pdfText(as(path + ".pdf").getContentAsByteArray()),
                as(path + ".csv").getContentAsString(), as(path + ".totals.csv").getContentAsString(),
                xml.getContentAsString(),
                Jsoup.parse(portal.getContentAsString()).getElementById("invoice-" + invoice).text());
    }

    private long customerWithOldAddress() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-08-20T09:00:00Z")));
        long customer = customers.create(new NewCustomer("Frozen Ltd " + System.nanoTime(), "GBP", "Europe/London",
                "GB", new BigDecimal("0.20"), "manager", "accounts@frozen.example", OLD_ADDRESS)).id();
        customers.subscribe(customer, "PAYG", LocalDate.of(2025, 8, 1));
        return customer;
    }

    /** 10 prepaid hours, invoiced and issued at once. */
    private long purchase(long customer) throws Exception {
        MockHttpServletResponse bought = mvc.perform(post("/api/customers/" + customer + "/purchases")
                .with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"PREPAID_HOURS\",\"hours\":10}")).andReturn().getResponse();
        assertThat(bought.getStatus()).as(bought.getContentAsString()).isEqualTo(201);
        return json.readTree(bought.getContentAsString()).get("id").asLong();
    }

    /** A draft of the customer's (a month-end draft waiting for review reads the same). */
    private long draft(long customer) {
        jdbc.update("insert into invoice (customer_id, period, kind, status, currency, plan_code, vat_rate, subtotal,"
                + " tax, total, opening_credit, opening_prepaid_minutes, closing_credit, closing_prepaid_minutes,"
                + " review_required, created_at, version) values (?, '2025-07', 'PURCHASE', 'DRAFT', 'GBP', 'PAYG',"
                + " 0.2, 0, 0, 0, 0, 0, 0, 0, true, current_timestamp, 0)", customer);
        return jdbc.queryForObject("select max(id) from invoice where customer_id = ?", Long.class, customer);
    }

    private MockHttpServletResponse as(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(httpBasic("manager", "manager"))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
        return response;
    }

    private MockHttpSession login(long customer) throws Exception {
        String username = "frozen-" + System.nanoTime();
        users.create(customer, new NewCustomerUser(username, PASSWORD, null), "coordinator");
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private SellerProperties withTerms(int days) {
        return new SellerProperties(seller.name(), seller.street(), seller.postcode(), seller.city(),
                seller.country(), seller.vatId(), seller.contactName(), seller.email(), seller.phone(), seller.iban(),
                seller.bic(), days);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}

package com.quarterhour.billing;

import static com.quarterhour.billing.BillingFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.customer.BillingDetails;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.support.QuarterhourTest;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.InputSource;

/**
 * GET /api/invoices/{id}.xml and the PDF that carries it, for a customer billed for September 2012 on BPS-20 (GBP,
 * 20 % VAT): £1,100.00 fee, £220.00 VAT, £1,320.00 total. The customer's billing details are there when it is
 * issued, its contact e-mail arrives after: until then the e-invoice answers 409 naming it and the PDF is the plain one. Another customer's BPS-100 invoice
 * waits for review: a draft, without e-invoice.
 */
@QuarterhourTest
class EInvoiceApiTest {

    private static final String PASSWORD = "EInvoice&Access-2012";

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
    void anIssuedInvoiceIsAValidEInvoiceAndItsPdfCarriesTheSameXml() throws Exception {
        YearMonth september = YearMonth.of(2012, 9);
        at("2012-08-20T10:00:00Z");
        long customer = fixtures.gbpCustomer("E-Invoice Ltd");
        fixtures.onPlanFor(customer, "BPS-20", september);
        fixtures.completed(customer, "Mail relay", "2012-09-12T10:00:00Z", 45);
        long other = fixtures.gbpCustomer("Drafted E-Invoice Ltd");
        fixtures.onPlanFor(other, "BPS-100", september); // £4,800 with VAT: above the review threshold, a draft
        fixtures.completed(other, "Backup check", "2012-09-13T10:00:00Z", 30);
        String user = "einvoice-" + System.nanoTime();
        String otherUser = "einvoice-other-" + System.nanoTime();
        users.create(customer, new NewCustomerUser(user, PASSWORD, null), "coordinator");
        users.create(other, new NewCustomerUser(otherUser, PASSWORD, null), "coordinator");
        // the address goes on the invoice when it is issued, and stays on it (see IssuedInvoiceKeepsWhatItSaidTest)
        MockHttpServletResponse updated = mvc.perform(put("/api/customers/" + customer + "/billing-details")
                .with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"street": "1 Relay Road", "postcode": "M1 1AA", "city": "Manchester",
                         "vatId": "GB987654321", "buyerReference": "PO-2012-09"}""")).andReturn().getResponse();
        assertThat(updated.getStatus()).isEqualTo(200);
        assertThat(json.readTree(updated.getContentAsString()).get("billingDetails").get("city").asText())
                .isEqualTo("Manchester");
        at("2012-10-02T09:00:00Z");
        JsonNode run = json.readTree(mvc.perform(post("/api/billing/runs").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2012-09\"}")).andReturn().getResponse()
                .getContentAsString());
        assertThat(fixtures.runJobs(run.get("processInstanceId").asText())).isEmpty();
        long invoice = jdbc.queryForObject("select id from invoice where customer_id = ? and period = '2012-09'",
                Long.class, customer);
        String xmlPath = "/api/invoices/" + invoice + ".xml";
        long draft = jdbc.queryForObject("select id from invoice where customer_id = ? and period = '2012-09'",
                Long.class, other);
        MockHttpServletResponse drafted = as("manager", "manager", "/api/invoices/" + draft + ".xml");
        assertThat(drafted.getStatus()).isEqualTo(409);
        assertThat(json.readTree(drafted.getContentAsString()).get("detail").asText())
                .isEqualTo("Invoice " + draft + " is not issued: only an issued invoice has an e-invoice");

        // no contact e-mail yet: 409 naming it, and the plain PDF
        MockHttpServletResponse incomplete = as("manager", "manager", xmlPath);
        assertThat(incomplete.getStatus()).isEqualTo(409);
        assertThat(json.readTree(incomplete.getContentAsString()).get("detail").asText()).isEqualTo("Invoice "
                + invoice + " cannot be an e-invoice yet: it needs contactEmail (customer fields: PUT "
                + "/api/customers/" + customer + "/billing-details; quarterhour.seller.* keys: the configuration)");
        assertThat(embeddedXml(as("manager", "manager", "/api/invoices/" + invoice + ".pdf").getContentAsByteArray()))
                .isNull();

        jdbc.update("update customer set contact_email = 'accounts@einvoice.example' where id = ?", customer);
        MockHttpServletResponse response = as("manager", "manager", xmlPath);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/xml");
        byte[] xml = response.getContentAsByteArray();
        String report = new ZUGFeRDValidator().validate(xml, "factur-x.xml");
        assertThat(xpath(report.getBytes(StandardCharsets.UTF_8), "/validation/summary/@status")).as(report)
                .isEqualTo("valid");
        JsonNode view = json.readTree(as("manager", "manager", "/api/invoices/" + invoice).getContentAsString());
        assertThat(view.get("total").decimalValue()).isEqualByComparingTo("1320.00");
        assertThat(summation(xml, "TaxBasisTotalAmount")).isEqualTo("1100.00");
        assertThat(summation(xml, "TaxTotalAmount")).isEqualTo("220.00");
        assertThat(summation(xml, "GrandTotalAmount")).isEqualTo("1320.00");
        assertThat(xpath(xml, "//*[local-name()='ExchangedDocument']/*[local-name()='ID']"))
                .isEqualTo(view.get("number").asText());
        assertThat(xpath(xml, "//*[local-name()='BuyerReference']")).isEqualTo("PO-2012-09");
        assertThat(xpath(xml, "//*[local-name()='BuyerTradeParty']//*[local-name()='CityName']")).isEqualTo("Manchester");
        // issued 2 October 2012, payable within the 14 days configured for the seller
        assertThat(xpath(xml, "//*[local-name()='IssueDateTime']/*[local-name()='DateTimeString']")).isEqualTo("20121002");
        assertThat(xpath(xml, "//*[local-name()='DueDateDateTime']/*[local-name()='DateTimeString']")).isEqualTo("20121016");

        byte[] pdf = as("manager", "manager", "/api/invoices/" + invoice + ".pdf").getContentAsByteArray();
        assertThat(embeddedXml(pdf)).isEqualTo(xml);
        // PDF/A-3 (veraPDF's checks) with a valid Factur-X attachment
        String pdfReport = new ZUGFeRDValidator().validate(pdf, "invoice.pdf");
        assertThat(xpath(pdfReport.getBytes(StandardCharsets.UTF_8), "/validation/pdf/summary/@status")).as(pdfReport)
                .isEqualTo("valid");
        assertThat(xpath(pdfReport.getBytes(StandardCharsets.UTF_8), "/validation/summary/@status")).as(pdfReport)
                .isEqualTo("valid");

        // the customer's own user reads it; another customer's user finds nothing; a technician may not
        assertThat(as(user, PASSWORD, xmlPath).getContentAsByteArray()).isEqualTo(xml);
        assertThat(as(otherUser, PASSWORD, xmlPath).getStatus()).isEqualTo(404);
        assertThat(as("technician", "technician", xmlPath).getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(xmlPath)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    /**
     * A German customer on BPS-20 in euros (€1,300.00 a month, 19 % VAT: €1,547.00) gets €100.00 back: a credit note of
     * €84.03 net + €15.97 VAT, whose e-invoice (type 381) names the invoice it corrects and passes the validator; its
     * PDF carries the same XML.
     */
    @Test
    void aCreditNoteIsAValidEInvoiceThatNamesTheInvoiceItCorrects() throws Exception {
        YearMonth march = YearMonth.of(2011, 3);
        at("2011-02-20T10:00:00Z");
        long customer = customers.create(new NewCustomer("Gutschrift GmbH " + System.nanoTime(), "EUR",
                "Europe/Berlin", "DE", new BigDecimal("0.19"), "manager", "buchhaltung@gutschrift.example",
                new BillingDetails("Friedrichstraße 10", "10117", "Berlin", "DE123456789", "04011000-12345-67")))
                .id();
        fixtures.onPlanFor(customer, "BPS-20", march);
        String user = "credit-einvoice-" + System.nanoTime();
        users.create(customer, new NewCustomerUser(user, PASSWORD, null), "coordinator");
        at("2011-04-02T09:00:00Z");
        JsonNode run = json.readTree(mvc.perform(post("/api/billing/runs").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2011-03\"}")).andReturn().getResponse()
                .getContentAsString());
        assertThat(fixtures.runJobs(run.get("processInstanceId").asText())).isEmpty();
        JsonNode invoice = json.readTree(as("manager", "manager", "/api/invoices/" + jdbc.queryForObject(
                "select id from invoice where customer_id = ? and period = '2011-03'", Long.class, customer))
                .getContentAsString());
        assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("1547.00");

        MockHttpServletResponse issued = mvc.perform(post("/api/invoices/" + invoice.get("id").asLong()
                + "/credit-notes").with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Goodwill: the outage was ours\", \"amount\": 100.00}")).andReturn()
                .getResponse();
        assertThat(issued.getStatus()).isEqualTo(201);
        JsonNode note = json.readTree(issued.getContentAsString()).get("creditNote");
        String xmlPath = "/api/credit-notes/" + note.get("id").asLong() + ".xml";

        MockHttpServletResponse response = as("manager", "manager", xmlPath);
        assertThat(response.getStatus()).isEqualTo(200);
        byte[] xml = response.getContentAsByteArray();
        String report = new ZUGFeRDValidator().validate(xml, "factur-x.xml");
        assertThat(xpath(report.getBytes(StandardCharsets.UTF_8), "/validation/summary/@status")).as(report)
                .isEqualTo("valid");
        assertThat(xpath(xml, "//*[local-name()='ExchangedDocument']/*[local-name()='TypeCode']")).isEqualTo("381");
        assertThat(xpath(xml, "//*[local-name()='ExchangedDocument']/*[local-name()='ID']"))
                .isEqualTo(note.get("number").asText());
        assertThat(xpath(xml, "//*[local-name()='InvoiceReferencedDocument']/*[local-name()='IssuerAssignedID']"))
                .isEqualTo(invoice.get("number").asText());
        assertThat(xpath(xml, "//*[local-name()='InvoiceCurrencyCode']")).isEqualTo("EUR");
        assertThat(summation(xml, "TaxBasisTotalAmount")).isEqualTo("84.03");
        assertThat(summation(xml, "TaxTotalAmount")).isEqualTo("15.97");
        assertThat(summation(xml, "GrandTotalAmount")).isEqualTo("100.00");
        assertThat(embeddedXml(as("manager", "manager", "/api/credit-notes/" + note.get("id").asLong() + ".pdf")
                .getContentAsByteArray())).isEqualTo(xml);
        assertThat(as(user, PASSWORD, xmlPath).getContentAsByteArray()).isEqualTo(xml);
        assertThat(as("technician", "technician", xmlPath).getStatus()).isEqualTo(403);

        // €10.05 splits as €8.45 + €1.60, but €8.45 × 19 % is €1.61: no EN 16931 e-invoice, a 409 that says why
        long uneven = json.readTree(mvc.perform(post("/api/invoices/" + invoice.get("id").asLong() + "/credit-notes")
                .with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Uneven\", \"amount\": 10.05}")).andReturn().getResponse()
                .getContentAsString()).get("creditNote").get("id").asLong();
        MockHttpServletResponse unstateable = as("manager", "manager", "/api/credit-notes/" + uneven + ".xml");
        assertThat(unstateable.getStatus()).isEqualTo(409);
        assertThat(json.readTree(unstateable.getContentAsString()).get("detail").asText())
                .endsWith("EN 16931 states VAT as net × rate, rounded once, and these amounts do not split that way");
        assertThat(embeddedXml(as("manager", "manager", "/api/credit-notes/" + uneven + ".pdf")
                .getContentAsByteArray())).isNull();

        // the customer's details changed later leave it addressed as the invoice it corrects was
        jdbc.update("update customer set buyer_reference = null where id = ?", customer);
        assertThat(as("manager", "manager", xmlPath).getContentAsByteArray()).isEqualTo(xml);
    }

    @Test
    void billingDetailsAreGivenWithANewCustomerAndCheckedFirst() throws Exception {
        String name = "Billing Details GmbH " + System.nanoTime();
        String body = """
                {"name": "%s", "currency": "EUR", "timeZone": "Europe/Berlin", "country": "DE", "vatRate": 0.19,
                 "billingDetails": {"street": " Friedrichstraße 10 ", "postcode": "10117", "city": "Berlin",
                                    "vatId": "%s", "buyerReference": ""}}""";

        MockHttpServletResponse refused = mvc.perform(post("/api/customers").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(name, "123456789"))).andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("billingDetails.vatId");
        assertThat(jdbc.queryForObject("select count(*) from customer where name = ?", Integer.class, name)).isZero();

        MockHttpServletResponse created = mvc.perform(post("/api/customers").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(name, "DE123456789"))).andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode details = json.readTree(created.getContentAsString()).get("billingDetails");
        assertThat(details.get("street").asText()).isEqualTo("Friedrichstraße 10");
        assertThat(details.get("vatId").asText()).isEqualTo("DE123456789");
        assertThat(details.get("buyerReference").isNull()).isTrue();

        MockHttpServletResponse control = mvc.perform(put("/api/customers/" + json.readTree(created
                .getContentAsString()).get("id").asLong() + "/billing-details").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"city\": \"Ber\\u0007lin\"}")).andReturn()
                .getResponse();
        assertThat(control.getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select billing_city from customer where name = ?", String.class, name))
                .isEqualTo("Berlin");
    }

    private MockHttpServletResponse as(String username, String password, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(username, password))).andReturn().getResponse();
    }

    /** The PDF's factur-x.xml attachment, or null when it has none. */
    static byte[] embeddedXml(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var files = new PDDocumentNameDictionary(document.getDocumentCatalog()).getEmbeddedFiles();
            if (files == null || files.getNames() == null) {
                return null;
            }
            PDComplexFileSpecification spec = files.getNames().get("factur-x.xml");
            return spec == null ? null : spec.getEmbeddedFile().toByteArray();
        }
    }

    private static String summation(byte[] xml, String element) throws Exception {
        return xpath(xml, "//*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation']/*[local-name()='"
                + element + "']");
    }

    private static String xpath(byte[] xml, String expression) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return XPathFactory.newInstance().newXPath().evaluate(expression, factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(new String(xml, StandardCharsets.UTF_8)))));
    }
}

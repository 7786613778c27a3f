package com.quarterhour.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.quarterhour.billing.InvoiceKind;
import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.billing.InvoiceView;
import com.quarterhour.billing.InvoiceView.Balance;
import com.quarterhour.billing.InvoiceView.Line;
import com.quarterhour.billing.einvoice.SellerProperties;
import com.quarterhour.customer.BillingDetails;
import com.quarterhour.customer.CustomerView;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The invoice as the customer receives it: who sells, who buys, when to pay and how, and CSV files to import. */
class InvoiceDocumentsTest {

    static final SellerProperties SELLER = new SellerProperties("Quarterhour Support Ltd", "1 Example Street",
            "EC1A 1BB", "London", "GB", "GB123456789", "Accounts", "accounts@quarterhour.example", "+44 20 7946 0000",
            "GB33BUKB20201555555555", "BUKBGB22", 30);

    private static final CustomerView ACME = new CustomerView(7, "Acme Ltd", Currency.getInstance("GBP"),
            ZoneId.of("Europe/London"), "GB", new BigDecimal("0.20"), "manager", false, Optional.empty(),
            new BillingDetails("2 High Street", "SW1A 1AA", "Westminster", "GB987654321", "PO-4711"));

    private final InvoiceDocuments documents = new InvoiceDocuments(SELLER, ZoneId.of("Europe/London"));

    @Test
    void anIssuedInvoiceNamesSellerAndBuyerItsDatesTheRequestsAndHowToPayButNoInternalStatus() throws IOException {
        String text = pdfText(issued(InvoiceStatus.PARTLY_PAID));

        assertThat(text).contains("Quarterhour Support Ltd", "1 Example Street", "EC1A 1BB", "London",
                "VAT no. GB123456789", "accounts@quarterhour.example");
        assertThat(text).contains("Acme Ltd", "2 High Street", "SW1A 1AA", "Westminster", "VAT no. GB987654321",
                "Your reference: PO-4711", "Customer number 7");
        // issued at 00:30 London time on 2 November (00:30 UTC in winter): due 30 days later
        assertThat(text).contains("Invoice INV-2026-000042", "Invoice date 2 Nov 2026", "Due date 2 Dec 2026",
                "Period: 2026-10");
        assertThat(text).contains("ENG-17", "Mail server down", "£1,100.00", "£1,236.00");
        assertThat(text).contains("Payable within 30 days of the invoice date. Please pay £1,236.00 by 2 Dec 2026 to "
                + "Quarterhour Support Ltd, IBAN GB33BUKB20201555555555, BIC BUKBGB22, quoting INV-2026-000042.");
        assertThat(text).doesNotContain("Status", "PARTLY", "#17");
    }

    @Test
    void aDraftSaysItIsNotIssuedAndAsksForNoPayment() throws IOException {
        InvoiceView issued = issued(InvoiceStatus.DRAFT);
        InvoiceView draft = new InvoiceView(issued.id(), null, issued.customerId(), issued.customerName(),
                issued.period(), issued.kind(), InvoiceStatus.DRAFT, issued.currency(), issued.planCode(),
                issued.vatRate(), issued.lines(), issued.subtotal(), issued.tax(), issued.total(),
                issued.openingBalance(), issued.closingBalance(), null, issued.createdAt(), null, null, 30,
                issued.billTo(), null, List.of(), issued.total(), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of());

        String text = pdfText(draft);

        assertThat(text).contains("Draft invoice", "Draft: not issued, nothing to pay yet", "Acme Ltd");
        assertThat(text).doesNotContain("Due date", "Please pay", "DRAFT");
    }

    @Test
    void theCsvIsOneRowPerLineEachNamingTheInvoiceAndTheCustomerAndTheTotalsAreAFileOfTheirOwn() throws IOException {
        InvoiceView invoice = issued(InvoiceStatus.ISSUED);

        List<CSVRecord> lines = parse(documents.csv(invoice));
        List<CSVRecord> totals = parse(documents.totalsCsv(invoice));

        assertThat(lines).extracting(r -> r.get("kind")).containsExactly("FEE", "TIME", "TIME");
        assertThat(lines).allSatisfy(r -> {
            assertThat(r.get("invoiceNumber")).isEqualTo("INV-2026-000042");
            assertThat(r.get("customerId")).isEqualTo("7");
            assertThat(r.get("customer")).isEqualTo("Acme Ltd");
        });
        assertThat(lines).extracting(r -> r.get("reference")).containsExactly("", "ENG-17", "ENG-18");
        assertThat(lines.get(1).get("amount")).isEqualTo("81.25");
        assertThat(lines.stream().map(r -> new BigDecimal(r.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the lines add up to the subtotal").isEqualByComparingTo(totals.get(0).get("subtotal"));

        assertThat(totals).hasSize(1);
        CSVRecord row = totals.get(0);
        assertThat(row.toMap()).containsEntry("invoiceNumber", "INV-2026-000042").containsEntry("customerId", "7")
                .containsEntry("customer", "Acme Ltd").containsEntry("period", "2026-10")
                .containsEntry("issueDate", "2026-11-02").containsEntry("dueDate", "2026-12-02")
                .containsEntry("currency", "GBP").containsEntry("subtotal", "1197.50").containsEntry("vatRate", "0.20")
                .containsEntry("tax", "239.50").containsEntry("total", "1437.00");
    }

    @Test
    void anIssuedInvoiceStatesTheTermsItWasIssuedWithWhateverTheSellerConfiguresNow() throws IOException {
        SellerProperties longer = new SellerProperties(SELLER.name(), SELLER.street(), SELLER.postcode(), SELLER.city(),
                SELLER.country(), SELLER.vatId(), SELLER.contactName(), SELLER.email(), SELLER.phone(), SELLER.iban(),
                SELLER.bic(), 45);

        String text = pdfText(new InvoiceDocuments(longer, ZoneId.of("Europe/London")), issued(InvoiceStatus.ISSUED));

        assertThat(text).contains("Due date 2 Dec 2026", "Payable within 30 days of the invoice date. Please pay "
                + "£1,236.00 by 2 Dec 2026").doesNotContain("45 days");
    }

    private String pdfText(InvoiceView invoice) throws IOException {
        return pdfText(documents, invoice);
    }

    private static String pdfText(InvoiceDocuments documents, InvoiceView invoice) throws IOException {
        PdfReader reader = new PdfReader(documents.pdf(invoice));
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " "); // the layout wraps long lines
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    /** BPS-20 for October 2026, issued on 2 November, £201.00 of £1,437.00 paid. */
    private static InvoiceView issued(InvoiceStatus status) {
        Balance none = new Balance(BigDecimal.ZERO, BigDecimal.ZERO);
        List<Line> lines = List.of(
                new Line("FEE", null, null, null, null, null, null, null, null, "BPS-20 monthly fee", BigDecimal.ONE,
                        new BigDecimal("1100.00"), new BigDecimal("1100.00")),
                new Line("TIME", LocalDate.of(2026, 10, 14), 17L, 91L, "Mail server down", "technician", 75, 75,
                        "Restarted the MTA", "1 h 15 min at £65.00/h", new BigDecimal("1.25"), new BigDecimal("65.00"),
                        new BigDecimal("81.25")),
                new Line("TIME", LocalDate.of(2026, 10, 20), 18L, 92L, "Printer queue", "technician", 15, 15, null,
                        "15 min at £65.00/h", new BigDecimal("0.25"), new BigDecimal("65.00"),
                        new BigDecimal("16.25")));
        return new InvoiceView(42, "INV-2026-000042", 7, "Acme Ltd", "2026-10", InvoiceKind.MONTHLY, status,
                Currency.getInstance("GBP"), "BPS-20", new BigDecimal("0.20"), lines, new BigDecimal("1197.50"),
                new BigDecimal("239.50"), new BigDecimal("1437.00"), none, none, 3L,
                Instant.parse("2026-11-01T09:00:00Z"), Instant.parse("2026-11-02T00:30:00Z"), LocalDate.of(2026, 12, 2),
                30, InvoiceView.BillTo.of(ACME), null, List.of(new InvoiceView.Payment(1, new BigDecimal("201.00"), LocalDate.of(2026, 11, 10), "BACS",
                        "manager", Instant.parse("2026-11-10T10:00:00Z"))),
                new BigDecimal("1236.00"), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of());
    }
}

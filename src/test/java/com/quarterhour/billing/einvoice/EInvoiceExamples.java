package com.quarterhour.billing.einvoice;

import com.quarterhour.billing.einvoice.EInvoice.DocumentType;
import com.quarterhour.billing.einvoice.EInvoice.Line;
import com.quarterhour.billing.einvoice.EInvoice.Party;
import com.quarterhour.billing.einvoice.EInvoice.PaymentAccount;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * A German customer's October 2026 invoice in EUR at 19 % VAT, and a credit note against it, worked by hand:
 * <pre>
 *   monthly fee        1    × 1,100.00 = 1,100.00
 *   Mail server down   1.25 ×    65.00 =    81.25
 *   Printer queue      0.25 ×    65.00 =    16.25
 *   VPN check (incl.)  0.50 ×     0.00 =     0.00
 *   subtotal 1,197.50; VAT 19 % = 227.525 → 227.53; total 1,425.03
 *
 *   credit note CN-2026-000001 for INV-2026-000042: 1 × 81.25; VAT 15.4375 → 15.44; total 96.69
 * </pre>
 */
final class EInvoiceExamples {

    static final Currency EUR = Currency.getInstance("EUR");
    static final BigDecimal VAT_19 = new BigDecimal("0.19");

    static final Party SELLER = new Party("Quarterhour Test GmbH", "Teststraße 1", "10115", "Berlin", "DE",
            "DE123456789", "rechnung@quarterhour.example", "Buchhaltung", "+49 30 1234567");
    static final Party BUYER = new Party("Müller & Söhne KG", "Hauptstraße 5", "80331", "München", "DE",
            "DE987654321", "it@mueller.example", null, null);
    static final PaymentAccount PAY_TO = new PaymentAccount("DE02120300000000202051", "BYLADEM1001",
            "Quarterhour Test GmbH", "Payable within 14 days of the invoice date");

    private EInvoiceExamples() {
    }

    static EInvoice invoice() {
        return new EInvoice(DocumentType.INVOICE, "INV-2026-000042", null, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), EUR, SELLER,
                BUYER, "04011000-12345-67", PAY_TO, List.of(
                        line("BPS-20 monthly fee", null, "1", "1100.00", "1100.00"),
                        line("Mail server down (#17)", "2026-10-14 · Restarted the MTA", "1.25", "65.00", "81.25"),
                        line("Printer queue (#18)", "2026-10-20 · Cleared the spooler", "0.25", "65.00", "16.25"),
                        line("VPN check (#19)", "2026-10-21 · included hours", "0.50", "0", "0.00")),
                VAT_19, VatCategory.STANDARD, new BigDecimal("1197.50"), new BigDecimal("227.53"),
                new BigDecimal("1425.03"));
    }

    static EInvoice creditNote() {
        return new EInvoice(DocumentType.CREDIT_NOTE, "CN-2026-000001", "INV-2026-000042", LocalDate.of(2026, 11, 5),
                null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), EUR, SELLER, BUYER, "04011000-12345-67",
                PAY_TO, List.of(line("Credit: Mail server down (#17), our bug", null, "1", "81.25", "81.25")), VAT_19,
                VatCategory.STANDARD, new BigDecimal("81.25"), new BigDecimal("15.44"), new BigDecimal("96.69"));
    }

    static Line line(String name, String description, String quantity, String price, String amount) {
        return new Line(name, description, new BigDecimal(quantity), EInvoiceAssembler.UNIT, new BigDecimal(price),
                new BigDecimal(amount));
    }

    /** The text of the first node the XPath (over local names) selects. */
    static String xpath(byte[] xml, String expression) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(new String(xml, StandardCharsets.UTF_8))));
            return XPathFactory.newInstance().newXPath().evaluate(expression, document);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.quarterhour.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.billing.InvoiceKind;
import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.billing.InvoiceView;
import com.quarterhour.billing.InvoiceView.Balance;
import com.quarterhour.billing.InvoiceView.BillTo;
import com.quarterhour.billing.InvoiceView.Line;
import com.quarterhour.customer.BillingDetails;
import com.quarterhour.customer.CustomerView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An issued month-end invoice of October 2026 in EUR at 19 % VAT, as GET /api/invoices/{id} shows it, becomes the
 * e-invoice of the worked example: the same lines and amounts, issued on the company's day, due 14 days later.
 */
class EInvoiceAssemblerTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final SellerProperties SELLER = new SellerProperties("Quarterhour Test GmbH", "Teststraße 1", "10115",
            "Berlin", "DE", "DE123456789", "Buchhaltung", "rechnung@quarterhour.example", "+49 30 1234567",
            "DE02120300000000202051", "BYLADEM1001", 14);
    static final BillingDetails MUELLER = new BillingDetails("Hauptstraße 5", "80331", "München", "DE987654321",
            "04011000-12345-67");

    @Test
    void anIssuedInvoiceBecomesTheWorkedExample() {
        EInvoice e = EInvoiceAssembler.invoice(invoice(), "it@mueller.example", SELLER, LONDON);

        assertThat(e.number()).isEqualTo("INV-2026-000042");
        // issued at 00:30 London time on 2 November (00:30 UTC): the company's day
        assertThat(e.issueDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(e.periodStart()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(e.periodEnd()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(e.vatCategory()).isEqualTo(VatCategory.STANDARD);
        assertThat(e.lines()).extracting(EInvoice.Line::name).containsExactly("BPS-20 monthly fee",
                "Mail server down (#17)", "Printer queue (#18)", "VPN check (#19)", "Dedicated seat refund");
        assertThat(e.lines().get(1).description()).isEqualTo("2026-10-14 · Restarted the MTA · overage");
        // the refund: a negative quantity at a positive price
        assertThat(e.lines().get(4).quantity()).isEqualByComparingTo("-1");
        assertThat(e.lines().get(4).unitPrice()).isEqualByComparingTo("100.00");
        // nothing charged: price 0
        assertThat(e.lines().get(3).unitPrice()).isEqualByComparingTo("0");

        byte[] xml = new CiiWriter(EInvoiceProfile.XRECHNUNG).xml(e);
        CiiWriterTest.assertValid(xml);
        assertThat(EInvoiceExamples.xpath(xml, "//*[local-name()='GrandTotalAmount']")).isEqualTo("1306.03");
    }

    @Test
    void anIssuedInvoiceStatesTheBuyerDueDateAndTermsItWasIssuedWithNotTheCurrentOnes() {
        SellerProperties longerTerms = new SellerProperties(SELLER.name(), SELLER.street(), SELLER.postcode(),
                SELLER.city(), SELLER.country(), SELLER.vatId(), SELLER.contactName(), SELLER.email(), SELLER.phone(),
                SELLER.iban(), SELLER.bic(), 45);

        EInvoice e = EInvoiceAssembler.invoice(invoice(), "it@mueller.example", longerTerms, LONDON);

        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(e.payTo().terms()).isEqualTo("Payable within 14 days of the invoice date");
        assertThat(e.buyer().name()).isEqualTo("Müller & Söhne KG");
        assertThat(e.buyer().city()).isEqualTo("München");
        assertThat(e.buyerReference()).isEqualTo("04011000-12345-67");
    }

    @Test
    void missingCustomerFieldsAndSellerKeysAreNamed() {
        SellerProperties partial = new SellerProperties("Quarterhour Test GmbH", "Teststraße 1", "10115", "Berlin",
                "DE", "DE123456789", "Buchhaltung", "rechnung@quarterhour.example", null, " ", null, null);

        assertThat(EInvoiceAssembler.missing(BillTo.of(customer(new BillingDetails("Hauptstraße 5", " ", null, null,
                null))), null, partial)).containsExactly("billingDetails.postcode", "billingDetails.city",
                        "billingDetails.buyerReference", "contactEmail", "quarterhour.seller.phone",
                        "quarterhour.seller.iban");
        assertThat(EInvoiceAssembler.missing(BillTo.of(customer(MUELLER)), "it@mueller.example", SELLER)).isEmpty();
        assertThat(partial.paymentTermsDays()).isEqualTo(30);
    }

    /**
     * 1,100.00 + 81.25 + 16.25 + 0.00 − 100.00 = 1,097.50; VAT 19 % = 208.525 → 208.53; total 1,306.03.
     */
    static InvoiceView invoice() {
        Balance none = new Balance(BigDecimal.ZERO, BigDecimal.ZERO);
        return new InvoiceView(42, "INV-2026-000042", 7, "Müller & Söhne KG", "2026-10", InvoiceKind.MONTHLY,
                InvoiceStatus.ISSUED, Currency.getInstance("EUR"), "BPS-20", new BigDecimal("0.19"), List.of(
                        fee("BPS-20 monthly fee", "1", "1100.00", "1100.00"),
                        time(17, "Mail server down", "2026-10-14", "Restarted the MTA", "1.25", "65.00", "81.25"),
                        time(18, "Printer queue", "2026-10-20", null, "0.25", "65.00", "16.25"),
                        time(19, "VPN check", "2026-10-21", null, "0.50", null, "0.00"),
                        new Line("REFUND", null, null, null, null, null, null, null, null, "Dedicated seat refund",
                                new BigDecimal("1"), new BigDecimal("-100.00"), new BigDecimal("-100.00"))),
                new BigDecimal("1097.50"), new BigDecimal("208.53"), new BigDecimal("1306.03"), none, none, 3L,
                Instant.parse("2026-11-01T09:00:00Z"), Instant.parse("2026-11-02T00:30:00Z"), LocalDate.of(2026, 11, 16),
                14, BillTo.of(customer(MUELLER)), null, List.of(),
                new BigDecimal("1306.03"), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of());
    }

    static CustomerView customer(BillingDetails details) {
        return new CustomerView(7, "Müller & Söhne KG", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"), "DE",
                new BigDecimal("0.19"), "manager", false, Optional.empty(), details);
    }

    private static Line fee(String description, String quantity, String price, String amount) {
        return new Line("FEE", null, null, null, null, null, null, null, null, description, new BigDecimal(quantity),
                new BigDecimal(price), new BigDecimal(amount));
    }

    private static Line time(long engagement, String title, String date, String note, String quantity, String price,
            String amount) {
        return new Line("TIME", LocalDate.parse(date), engagement, engagement * 10, title, "technician", 60, 75, note,
                "overage", new BigDecimal(quantity), price == null ? null : new BigDecimal(price),
                new BigDecimal(amount));
    }
}

package com.quarterhour.billing.einvoice;

import static com.quarterhour.billing.einvoice.EInvoiceExamples.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * The XML is checked by Mustang's validator: the CII schema, the EN 16931 Schematron and, for the XRECHNUNG profile,
 * XRechnung's; then the worked example's amounts are read back from it.
 */
class CiiWriterTest {

    @ParameterizedTest
    @EnumSource(EInvoiceProfile.class)
    void theInvoiceIsValidAndStatesTheWorkedAmounts(EInvoiceProfile profile) {
        byte[] xml = new CiiWriter(profile).xml(EInvoiceExamples.invoice());

        assertValid(xml);
        assertThat(xpath(xml, "//*[local-name()='ExchangedDocument']/*[local-name()='TypeCode']")).isEqualTo("380");
        assertThat(xpath(xml, "//*[local-name()='ExchangedDocument']/*[local-name()='ID']")).isEqualTo("INV-2026-000042");
        assertThat(xpath(xml, "//*[local-name()='BuyerReference']")).isEqualTo("04011000-12345-67");
        assertThat(xpath(xml, "//*[local-name()='IncludedSupplyChainTradeLineItem'][2]"
                + "//*[local-name()='LineTotalAmount']")).isEqualTo("81.25");
        assertThat(summation(xml, "LineTotalAmount")).isEqualTo("1197.50");
        assertThat(summation(xml, "TaxBasisTotalAmount")).isEqualTo("1197.50");
        assertThat(summation(xml, "TaxTotalAmount")).isEqualTo("227.53");
        assertThat(summation(xml, "GrandTotalAmount")).isEqualTo("1425.03");
        assertThat(summation(xml, "DuePayableAmount")).isEqualTo("1425.03");
        assertThat(xpath(xml, "//*[local-name()='ApplicableHeaderTradeSettlement']/*[local-name()='ApplicableTradeTax']"
                + "/*[local-name()='CategoryCode']")).isEqualTo("S");
        assertThat(xpath(xml, "//*[local-name()='SpecifiedTradePaymentTerms']//*[local-name()='DateTimeString']"))
                .isEqualTo("20261116");
        assertThat(xpath(xml, "//*[local-name()='PayeePartyCreditorFinancialAccount']/*[local-name()='IBANID']"))
                .isEqualTo("DE02120300000000202051");
        assertThat(xpath(xml, "//*[local-name()='GuidelineSpecifiedDocumentContextParameter']/*[local-name()='ID']"))
                .isEqualTo(profile == EInvoiceProfile.XRECHNUNG
                        ? "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
                        : "urn:cen.eu:en16931:2017");
    }

    @ParameterizedTest
    @EnumSource(EInvoiceProfile.class)
    void theCreditNoteIsValidAndNamesTheInvoiceItCorrects(EInvoiceProfile profile) {
        byte[] xml = new CiiWriter(profile).xml(EInvoiceExamples.creditNote());

        assertValid(xml);
        assertThat(xpath(xml, "//*[local-name()='ExchangedDocument']/*[local-name()='TypeCode']")).isEqualTo("381");
        assertThat(xpath(xml, "//*[local-name()='InvoiceReferencedDocument']/*[local-name()='IssuerAssignedID']"))
                .isEqualTo("INV-2026-000042");
        assertThat(summation(xml, "TaxBasisTotalAmount")).isEqualTo("81.25");
        assertThat(summation(xml, "TaxTotalAmount")).isEqualTo("15.44");
        assertThat(summation(xml, "GrandTotalAmount")).isEqualTo("96.69");
    }

    @Test
    void aReverseChargeInvoiceStatesItsExemptionAndNoTax() {
        EInvoice example = EInvoiceExamples.invoice();
        EInvoice.Party austrian = new EInvoice.Party("Wien IT GmbH", "Ring 1", "1010", "Wien", "AT", "ATU12345678",
                "it@wien.example", null, null);
        EInvoice reverse = new EInvoice(example.type(), example.number(), null, example.issueDate(),
                example.dueDate(), example.periodStart(), example.periodEnd(), example.currency(), example.seller(),
                austrian, example.buyerReference(), example.payTo(), example.lines(), BigDecimal.ZERO,
                VatCategory.of(BigDecimal.ZERO, "DE", "AT", "ATU12345678"), new BigDecimal("1197.50"),
                new BigDecimal("0.00"), new BigDecimal("1197.50"));

        byte[] xml = new CiiWriter(EInvoiceProfile.EN16931).xml(reverse);

        assertValid(xml);
        assertThat(xpath(xml, "//*[local-name()='ApplicableHeaderTradeSettlement']/*[local-name()='ApplicableTradeTax']"
                + "/*[local-name()='CategoryCode']")).isEqualTo("AE");
        assertThat(summation(xml, "GrandTotalAmount")).isEqualTo("1197.50");
    }

    @Test
    void totalsThatTheLinesDoNotGiveAreRefused() {
        EInvoice example = EInvoiceExamples.invoice();
        EInvoice wrong = new EInvoice(example.type(), example.number(), null, example.issueDate(), example.dueDate(),
                example.periodStart(), example.periodEnd(), example.currency(), example.seller(), example.buyer(),
                example.buyerReference(), example.payTo(), List.of(example.lines().get(0)), example.vatRate(),
                example.vatCategory(), example.subtotal(), example.tax(), example.total());

        assertThatThrownBy(() -> new CiiWriter(EInvoiceProfile.EN16931).xml(wrong))
                .hasMessage("E-invoice INV-2026-000042 would state subtotal 1100.00 and total 1309.00 instead of "
                        + "1197.50 and 1425.03");
    }

    static void assertValid(byte[] xml) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(xml, "factur-x.xml");
        assertThat(xpath(report.getBytes(java.nio.charset.StandardCharsets.UTF_8), "/validation/summary/@status"))
                .as(report).isEqualTo("valid");
    }

    private static String summation(byte[] xml, String element) {
        return xpath(xml, "//*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation']/*[local-name()='"
                + element + "']");
    }
}

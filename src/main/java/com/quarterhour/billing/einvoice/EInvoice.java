package com.quarterhour.billing.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An e-invoice as EN 16931 sees it, independent of its syntax (CII here): what {@link CiiWriter} writes. The amounts
 * are the invoice's own ({@code subtotal = Σ line net amounts}, {@code tax = subtotal × vatRate} rounded once,
 * {@code total = subtotal + tax}): the XML states them, it never recomputes them differently.
 *
 * @param precedingInvoiceNumber the invoice a credit note corrects (BT-25); null on an invoice
 * @param periodStart the billing period (BG-14), null with {@code periodEnd} when there is none
 * @param buyerReference BT-10, e.g. a Leitweg-ID
 */
public record EInvoice(DocumentType type, String number, String precedingInvoiceNumber, LocalDate issueDate,
        LocalDate dueDate, LocalDate periodStart, LocalDate periodEnd, Currency currency, Party seller, Party buyer,
        String buyerReference, PaymentAccount payTo, List<Line> lines, BigDecimal vatRate, VatCategory vatCategory,
        BigDecimal subtotal, BigDecimal tax, BigDecimal total) {

    public EInvoice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        lines = List.copyOf(lines);
        if (type == DocumentType.CREDIT_NOTE && precedingInvoiceNumber == null) {
            throw new IllegalArgumentException("A credit note names the invoice it corrects");
        }
    }

    /** UNTDID 1001: 380 commercial invoice, 381 credit note. */
    public enum DocumentType {
        INVOICE("380"), CREDIT_NOTE("381");

        private final String code;

        DocumentType(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Seller (BG-4) or buyer (BG-7) with address, VAT id and contact; the contact fields are the seller's only. */
    public record Party(String name, String street, String postcode, String city, String country, String vatId,
            String email, String contactName, String phone) {
    }

    /** Credit transfer (payment means 58) to this account; the terms' text (BT-20) says when. */
    public record PaymentAccount(String iban, String bic, String accountName, String terms) {
    }

    /**
     * One line (BG-25): {@code netAmount = quantity × unitPrice} rounded half-up to the minor unit. The unit price is
     * never negative (BR-27): a refund has a negative quantity.
     *
     * @param unitCode UN/ECE Rec. 20: HUR hours, C62 one (a fee, a bundle)
     */
    public record Line(String name, String description, BigDecimal quantity, String unitCode, BigDecimal unitPrice,
            BigDecimal netAmount) {
    }
}

package com.quarterhour.billing.einvoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code quarterhour.seller.*}: who issues the invoices, as e-invoices name the seller (EN 16931 BG-4, BG-6, BG-16).
 * Optional at start-up, so an installation that sends no e-invoices needs none of it; an e-invoice asked for without
 * them answers 409 naming the missing keys.
 *
 * @param country ISO 3166 code, e.g. DE
 * @param vatId the seller's VAT id (BT-31), e.g. DE123456789
 * @param contactName person or department to contact about invoices (BT-41)
 * @param paymentTermsDays days from issue to the due date (BT-9); 30 when not set
 */
@ConfigurationProperties("quarterhour.seller")
public record SellerProperties(String name, String street, String postcode, String city, String country,
        String vatId, String contactName, String email, String phone, String iban, String bic,
        Integer paymentTermsDays) {

    public static final int DEFAULT_PAYMENT_TERMS_DAYS = 30;

    public SellerProperties {
        if (paymentTermsDays == null) {
            paymentTermsDays = DEFAULT_PAYMENT_TERMS_DAYS;
        }
        if (paymentTermsDays < 0) {
            throw new IllegalArgumentException("quarterhour.seller.payment-terms-days must not be negative, was "
                    + paymentTermsDays);
        }
    }

    /** The day an invoice issued on {@code issued} is due: the issue day plus the payment terms. */
    public LocalDate dueDate(LocalDate issued) {
        return issued.plusDays(paymentTermsDays);
    }

    /** The payment terms in words, as an invoice issued now and its e-invoice state them. */
    public String paymentTerms() {
        return paymentTerms(paymentTermsDays);
    }

    /** Terms of {@code days} in words: an issued invoice states those it was issued with. */
    public static String paymentTerms(int days) {
        return "Payable within " + days + " days of the invoice date";
    }

    /** The keys an e-invoice needs that are not set (the BIC is optional within SEPA). */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        check(missing, "name", name);
        check(missing, "street", street);
        check(missing, "postcode", postcode);
        check(missing, "city", city);
        check(missing, "country", country);
        check(missing, "vat-id", vatId);
        check(missing, "contact-name", contactName);
        check(missing, "email", email);
        check(missing, "phone", phone);
        check(missing, "iban", iban);
        return missing;
    }

    private static void check(List<String> missing, String key, String value) {
        if (value == null || value.isBlank()) {
            missing.add("quarterhour.seller." + key);
        }
    }
}

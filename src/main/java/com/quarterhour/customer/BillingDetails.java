package com.quarterhour.customer;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where and to whom a customer's invoices go, as an e-invoice (EN 16931) names the buyer: postal address (the country
 * is the customer's), VAT id and buyer reference (BT-10: the customer's order or cost-centre reference, for a German
 * public buyer its Leitweg-ID). Every field is optional; blank means none.
 */
public record BillingDetails(
        @Size(max = 200) @Pattern(regexp = NO_CONTROLS, message = CONTROLS_MESSAGE) String street,
        @Size(max = 20) @Pattern(regexp = NO_CONTROLS, message = CONTROLS_MESSAGE) String postcode,
        @Size(max = 100) @Pattern(regexp = NO_CONTROLS, message = CONTROLS_MESSAGE) String city,
        @Pattern(regexp = "[A-Z]{2}[0-9A-Z+*.]{2,12}",
                message = "must be a VAT id: the country prefix and 2 to 12 letters or digits, such as DE123456789")
        String vatId,
        @Size(max = 200) @Pattern(regexp = NO_CONTROLS, message = CONTROLS_MESSAGE) String buyerReference) {

    static final String NO_CONTROLS = "[^\\p{Cc}]*";
    static final String CONTROLS_MESSAGE = "must not contain control characters";

    public static final BillingDetails NONE = new BillingDetails(null, null, null, null, null);

    /** Blank fields become null and the others lose surrounding spaces, so "missing" has one meaning. */
    public BillingDetails {
        street = strip(street);
        postcode = strip(postcode);
        city = strip(city);
        vatId = strip(vatId);
        buyerReference = strip(buyerReference);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

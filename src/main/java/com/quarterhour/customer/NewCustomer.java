package com.quarterhour.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * POST /api/customers. Currency, time zone and country are checked against the JDK's lists; the billing details (for
 * e-invoices) are optional and may be set later.
 */
public record NewCustomer(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP") String currency,
        @NotBlank @Size(max = 64) String timeZone,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 code such as GB") String country,
        @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) BigDecimal vatRate,
        @Size(max = 64) String managerUsername,
        @Email @Size(max = 254) String contactEmail,
        @Valid BillingDetails billingDetails) {

    public NewCustomer(String name, String currency, String timeZone, String country, BigDecimal vatRate,
            String managerUsername, String contactEmail) {
        this(name, currency, timeZone, country, vatRate, managerUsername, contactEmail, null);
    }
}

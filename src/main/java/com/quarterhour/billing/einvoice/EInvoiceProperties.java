package com.quarterhour.billing.einvoice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code quarterhour.einvoice.profile}: the specification the e-invoices declare, EN16931 (Factur-X/ZUGFeRD, the
 * default) or XRECHNUNG (German public buyers). The data is the same either way.
 */
@ConfigurationProperties("quarterhour.einvoice")
public record EInvoiceProperties(EInvoiceProfile profile) {

    public EInvoiceProperties {
        if (profile == null) {
            profile = EInvoiceProfile.EN16931;
        }
    }
}

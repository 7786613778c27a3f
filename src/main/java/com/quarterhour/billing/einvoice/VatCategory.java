package com.quarterhour.billing.einvoice;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The VAT category (UNCL 5305) of an invoice's lines, all of which share the customer's rate. A rate above zero is
 * standard rated (S). At 0 % a business buyer with a VAT id in another EU country accounts for the VAT itself: reverse
 * charge (AE, with its exemption reason); any other 0 % is zero rated (Z).
 */
public enum VatCategory {
    STANDARD("S", null, null),
    ZERO_RATED("Z", null, null),
    REVERSE_CHARGE("AE", "VATEX-EU-AE", "Reverse charge");

    /** The member states of the EU (ISO 3166 codes; Greece's VAT ids start EL, its country code is GR). */
    static final Set<String> EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
            "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private final String code;
    private final String exemptionReasonCode;
    private final String exemptionReason;

    VatCategory(String code, String exemptionReasonCode, String exemptionReason) {
        this.code = code;
        this.exemptionReasonCode = exemptionReasonCode;
        this.exemptionReason = exemptionReason;
    }

    public static VatCategory of(BigDecimal rate, String sellerCountry, String buyerCountry, String buyerVatId) {
        if (rate.signum() > 0) {
            return STANDARD;
        }
        boolean otherMemberState = EU.contains(sellerCountry) && EU.contains(buyerCountry)
                && !sellerCountry.equals(buyerCountry);
        return otherMemberState && buyerVatId != null ? REVERSE_CHARGE : ZERO_RATED;
    }

    public String code() {
        return code;
    }

    /** VATEX code (BT-121), null when the category needs none. */
    public String exemptionReasonCode() {
        return exemptionReasonCode;
    }

    /** Exemption reason text (BT-120), null when the category needs none. */
    public String exemptionReason() {
        return exemptionReason;
    }
}

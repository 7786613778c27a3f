package com.quarterhour.billing.pricing;

/** What an invoice line is for. */
public enum LineKind {
    /** A plan's monthly fee (per seat for a dedicated seat). */
    FEE,
    /** One time entry, itemized with its note; its amount may be zero (included, drawn down, credited, waived). */
    TIME,
    /** Money given back (dedicated-seat 14-day guarantee): negative amount. */
    REFUND,
    /** An approved SLA service credit: a share of the monthly fee for a breach, negative (0 once the cap is reached). */
    SERVICE_CREDIT,
    /** Purchase of a credit bundle (its own invoice). */
    CREDIT_BUNDLE,
    /** Purchase of pay-as-you-go prepaid hours (its own invoice). */
    PREPAID_HOURS;

    /** Whether lines of this kind give money back (negative amount). */
    public boolean isCredit() {
        return this == REFUND || this == SERVICE_CREDIT;
    }
}

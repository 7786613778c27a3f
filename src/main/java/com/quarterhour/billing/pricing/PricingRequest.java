package com.quarterhour.billing.pricing;

import com.quarterhour.catalog.PlanKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything {@link Pricing#priceMonth} needs to price one customer's month.
 *
 * @param plan                   the terms of the customer's plan for the period ({@code STANDARD} terms if none)
 * @param subscription           the subscription to that plan; required when the plan has a monthly fee, may be
 *                               null otherwise (a customer without a plan has none)
 * @param currency               the customer's currency; must be the plan's (the pricing core converts nothing)
 * @param vatRate                VAT as a fraction, e.g. 0.20 for 20 %; 0 where none is due
 * @param opening                credit balance and prepaid time before this invoice
 * @param period                 the month being billed
 * @param entries                the time entries billed on this invoice, in any order; all dated no later than the
 *                               period's last day (earlier, back-dated entries are accepted)
 * @param bugCreditedEngagements engagements with an APPROVED bug credit
 * @param waivedEngagements      engagements with an APPROVED waiver
 * @param serviceCredits         approved SLA service credits not yet invoiced; only with a monthly fee, each credit
 *                               listed once
 */
public record PricingRequest(
        PlanTerms plan,
        SubscriptionTerms subscription,
        Currency currency,
        BigDecimal vatRate,
        Balances opening,
        YearMonth period,
        List<WorkEntry> entries,
        Set<Long> bugCreditedEngagements,
        Set<Long> waivedEngagements,
        List<ServiceCredit> serviceCredits) {

    /** A month without service credits. */
    public PricingRequest(PlanTerms plan, SubscriptionTerms subscription, Currency currency, BigDecimal vatRate,
            Balances opening, YearMonth period, List<WorkEntry> entries, Set<Long> bugCreditedEngagements,
            Set<Long> waivedEngagements) {
        this(plan, subscription, currency, vatRate, opening, period, entries, bugCreditedEngagements, waivedEngagements,
                List.of());
    }

    public PricingRequest {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(period, "period");
        entries = List.copyOf(entries);
        bugCreditedEngagements = bugCreditedEngagements == null ? Set.of() : Set.copyOf(bugCreditedEngagements);
        waivedEngagements = waivedEngagements == null ? Set.of() : Set.copyOf(waivedEngagements);
        serviceCredits = serviceCredits == null ? List.of() : List.copyOf(serviceCredits);
        Money.minorUnit(currency);
        if (!currency.equals(plan.currency())) {
            throw new IllegalArgumentException("Plan " + plan.code() + " is priced in " + plan.currency()
                    + " but the customer is billed in " + currency + "; the pricing core does not convert currencies");
        }
        if (vatRate.signum() < 0 || vatRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("VAT rate is a fraction between 0 and 1 (0.20 for 20 %), was " + vatRate);
        }
        if (plan.monthlyFee() != null) {
            if (subscription == null) {
                throw new IllegalArgumentException("Plan " + plan.code() + " has a monthly fee: a subscription is needed");
            }
            if (!subscription.activeBetween(period.atDay(1), period.atEndOfMonth())) {
                throw new IllegalArgumentException("The " + plan.code() + " subscription (" + subscription.start()
                        + " to " + subscription.cancelledOn() + ") is not active in " + period
                        + "; price the period under the terms that do apply");
            }
        }
        if (subscription != null && subscription.seats() > 1 && plan.kind() != PlanKind.DEDICATED_SEAT) {
            throw new IllegalArgumentException("Only a dedicated-seat plan has seats; " + plan.code() + " has "
                    + subscription.seats());
        }
        if (opening.prepaidMinutes() % plan.billingIncrementMinutes() != 0) {
            throw new IllegalArgumentException("Prepaid minutes " + opening.prepaidMinutes()
                    + " are not a multiple of the billing increment " + plan.billingIncrementMinutes());
        }
        if (opening.credit().scale() > Money.minorUnit(currency)) {
            throw new IllegalArgumentException("Credit balance " + opening.credit() + " is finer than " + currency
                    + "'s minor unit");
        }
        if (!serviceCredits.isEmpty() && plan.monthlyFee() == null) {
            throw new IllegalArgumentException("Service credits are a share of the monthly fee, and plan " + plan.code()
                    + " has none");
        }
        if (serviceCredits.stream().map(ServiceCredit::breachId).distinct().count() != serviceCredits.size()) {
            throw new IllegalArgumentException("A breach's service credit is listed twice");
        }
        Set<Long> ids = new HashSet<>();
        for (WorkEntry entry : entries) {
            if (!ids.add(entry.id())) {
                throw new IllegalArgumentException("Time entry " + entry.id() + " is listed twice");
            }
            if (entry.workDate().isAfter(period.atEndOfMonth())) {
                throw new IllegalArgumentException("Time entry " + entry.id() + " is dated " + entry.workDate()
                        + ", after the period " + period);
            }
        }
    }
}

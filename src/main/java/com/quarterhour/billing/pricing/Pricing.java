package com.quarterhour.billing.pricing;

import com.quarterhour.catalog.PlanKind;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.time.YearMonth;

/**
 * The pricing core of month-end billing: pure functions from plan terms, balances and time entries to invoice lines,
 * totals and closing balances. No Spring, JPA or process engine; no clock, no I/O. Invalid input throws
 * {@link IllegalArgumentException} with a message naming what is wrong.
 *
 * <h2>Rules (shared/DESIGN.md "Plans and pricing", seeds 000–004) and the decisions taken where they are silent</h2>
 * <ol>
 * <li><b>One plan per invoice.</b> Every entry of a request is priced under the request's plan terms, whatever its
 * work date. Entries dated before the period (back-dated, or from an engagement completed this month) are accepted;
 * entries dated after the period's last day are rejected.</li>
 * <li><b>Order.</b> Entries are itemized and use up included hours, prepaid hours and the credit balance in
 * chronological order: work date, then entry id.</li>
 * <li><b>Rounding up.</b> Each billable entry on its own is rounded up to the plan's billing increment (15 minutes;
 * 1 minute per minute) — the line's {@code billedMinutes}.</li>
 * <li><b>Non-billable entries</b> (exempted by a coordinator) are listed, for transparency, at no charge with
 * {@code billedMinutes} 0; they use up nothing.</li>
 * <li><b>Monthly fee.</b> The full fee is charged for every month in which the subscription runs on at least one
 * day; a start or cancellation in mid-month changes neither the fee nor the included hours (no pro rata), except the
 * dedicated-seat refund below, the only pro rata a seed asks for. A fee plan whose subscription does not run in the
 * period is rejected (the billing service prices such a customer under the terms that apply).</li>
 * <li><b>Included hours</b> (BPS-*, SHARED-247, MANAGED-WORKPLACE) are the full allowance of the month and expire at
 * its end. An entry that straddles the limit stays one line, partly charged: its quantity is the hours beyond the
 * limit and its description shows the split ("1 h from the included hours (0 min left) + 30 min overage at
 * £65.00/h"). Beyond the limit: the overage rate (BPS, SHARED) or the per-use rate of the entry's priority
 * (MANAGED-WORKPLACE).</li>
 * <li><b>Pay as you go</b>: prepaid hours bought at once get the price list's discount off the whole block when
 * the block is large enough (PAYG: {@value #PREPAID_DISCOUNT_MIN_HOURS} hours or more, 5 % off;
 * {@link #purchasePrepaidHours}); prepaid time never expires and is drawn down before the
 * hourly rate is charged, with the same one-line split as included hours.</li>
 * <li><b>Credit bundle</b>: bought on its own invoice ({@link #purchaseCreditBundle}); the balance is money. Work
 * draws it down in whole billing increments at the bundle's rate for the entry's priority. An increment the remaining
 * balance cannot pay in full is billed at the per-use rate, and that remainder stays on the balance (a later, cheaper
 * increment or next month may use it). Drawn-down time shows at no charge; the description gives the money drawn and
 * the balance left.</li>
 * <li><b>Per incident</b>: counted per engagement over the entries of the request (the billing service passes all of
 * a completed engagement's entries on the invoice that bills it): one incident per started block of
 * {@code incidentBlockMinutes} of billed time. Each entry is charged for the incidents it starts, so the lines of an
 * engagement add up to price × ceil(minutes / block).</li>
 * <li><b>Per minute</b>: billed minutes × agents × the per-minute rate. Agents count on no other plan.</li>
 * <li><b>Dedicated seat</b>: fee × seats, all hours included. Cancelling within the plan's refund window
 * ({@link PlanTerms#refundWindowDays()}: 14 days in the default catalogue, {@value #REFUND_WINDOW_DAYS} for terms that
 * name none) of the start (the start is day 1, so with 14 days the last day of service must be before start + 14 days)
 * refunds, on the invoice of the month that contains the cancellation day, fee × seats × unused days / paid days, rounded once: paid days
 * are that month's days from the later of the start and the 1st to the month's end; unused days are the days after
 * the cancellation day to the month's end (the cancellation day counts as used). Paid days of earlier months were all
 * used, so they are not refunded.</li>
 * <li><b>Bug credit and waiver</b> (APPROVED only) have the same effect on the money: the engagement's entries are
 * listed at no charge and use up no included hours, prepaid hours, credit balance or incidents. Only the wording
 * differs.</li>
 * <li><b>SLA service credits</b> (approved by a manager, each once): after the time lines, in breach order, one
 * {@code SERVICE_CREDIT} line each of minus percent × the month's fee (× seats), rounded once. The month's credits
 * together stop at the cap of the policy that promised them (percent of the same fee, rounded once): the line that
 * reaches the cap is cut to what is left and says so; later ones show 0 and say the cap is reached. Only a plan with a
 * monthly fee has credits.</li>
 * <li><b>Money</b>: each line's amount is quantity × unit price rounded half-up to the currency's minor unit once;
 * subtotal = sum of line amounts; tax = subtotal × VAT rate rounded once; total = subtotal + tax. The plan's and the
 * customer's currency must be the same. A balance the plan does not use (credit on a PAYG plan, say) carries over
 * unchanged.</li>
 * </ol>
 */
public final class Pricing {

    /**
     * Prepaid blocks of this many hours or more get {@link #PREPAID_DISCOUNT} off (DESIGN.md, seed 000): the default
     * catalogue's PAYG terms, and the default of {@link PlanTerms#prepaidDiscountMinHours()}.
     */
    public static final int PREPAID_DISCOUNT_MIN_HOURS = 10;
    /** The bulk-buying discount of pay as you go: 5 %. */
    public static final BigDecimal PREPAID_DISCOUNT = new BigDecimal("0.05");
    /**
     * Dedicated seat money-back guarantee (seed 002): cancel within the first 14 days. The default of
     * {@link PlanTerms#refundWindowDays()}; a price list names its own.
     */
    public static final int REFUND_WINDOW_DAYS = 14;

    private Pricing() {
    }

    /** The dedicated seat's refund: {@code amount} (more than zero, net of VAT) and the wording of how it is made up. */
    public record SeatRefund(BigDecimal amount, String description) {
    }

    /**
     * The dedicated-seat refund (rule above) of a month whose fees for all seats were {@code fees}: empty when the
     * subscription was not cancelled in {@code period} within {@code refundWindowDays} days of its start, or
     * nothing of the month is unused. The month-end invoice shows it as a REFUND line; when the cancellation comes
     * after that invoice was issued, billing gives it back as a credit note.
     */
    public static Optional<SeatRefund> seatRefund(BigDecimal fees, int refundWindowDays, SubscriptionTerms subscription,
            YearMonth period, Currency currency) {
        return PeriodPricer.seatRefund(fees, refundWindowDays, subscription, period, currency);
    }

    /** Prices one customer's month: fee, one line per time entry, refund; totals and closing balances. */
    public static PricedInvoice priceMonth(PricingRequest request) {
        return new PeriodPricer(request).price();
    }

    /**
     * Prices the purchase of one credit bundle, invoiced at once on its own invoice: one line at the bundle price
     * (CREDIT-12 $720, CREDIT-40 $2,000). The closing credit balance is the opening one plus the bundle price.
     */
    public static PricedInvoice purchaseCreditBundle(PlanTerms bundle, Currency currency, BigDecimal vatRate,
            Balances opening) {
        checkPurchase(bundle, PlanKind.CREDIT_BUNDLE, currency, vatRate, opening);
        InvoiceLine line = InvoiceLine.other(LineKind.CREDIT_BUNDLE, bundle.code() + ": " + bundle.bundleHours()
                + "-hour credit bundle, added to the credit balance and drawn down at the bundle's rate for each"
                + " engagement's priority", BigDecimal.ONE, bundle.bundlePrice(), currency);
        Balances closing = new Balances(Money.round(opening.credit().add(line.amount()), currency),
                opening.prepaidMinutes());
        return PricedInvoice.of(currency, List.of(line), vatRate, closing);
    }

    /**
     * Prices the purchase of {@code hours} pay-as-you-go prepaid hours, on its own invoice: hours × hourly rate, less
     * the plan's prepaid discount on a block of its size or more (PAYG: 5 % from 10 h; 9 h: £630.00; 10 h: £665.00). The closing
     * prepaid balance is the opening one plus the hours bought.
     */
    public static PricedInvoice purchasePrepaidHours(PlanTerms payg, int hours, Currency currency, BigDecimal vatRate,
            Balances opening) {
        checkPurchase(payg, PlanKind.PAY_AS_YOU_GO, currency, vatRate, opening);
        if (hours < 1) {
            throw new IllegalArgumentException("Prepaid hours are bought in whole hours, at least 1; asked for " + hours);
        }
        BigDecimal percent = payg.prepaidDiscountPercent();
        boolean discounted = percent != null && hours >= payg.prepaidDiscountMinHours();
        BigDecimal unitPrice = payg.hourlyRate();
        String description = hours + " prepaid hours at " + Money.format(payg.hourlyRate(), currency) + "/h";
        if (discounted) {
            unitPrice = normalized(unitPrice.multiply(BigDecimal.ONE.subtract(percent.movePointLeft(2))), currency);
            description += " less " + percent.stripTrailingZeros().toPlainString() + " % for a block of "
                    + payg.prepaidDiscountMinHours() + " hours or more";
        }
        InvoiceLine line = InvoiceLine.other(LineKind.PREPAID_HOURS, description, BigDecimal.valueOf(hours), unitPrice,
                currency);
        Balances closing = new Balances(opening.credit(), Math.addExact(opening.prepaidMinutes(),
                Math.multiplyExact(hours, 60)));
        return PricedInvoice.of(currency, List.of(line), vatRate, closing);
    }

    /** Minutes rounded up to the next multiple of the increment: 40 → 45, 45 → 45, 46 → 60 for 15. */
    public static int billedMinutes(int minutes, int incrementMinutes) {
        if (minutes < 0 || incrementMinutes < 1) {
            throw new IllegalArgumentException("minutes >= 0 and increment >= 1 needed: " + minutes + ", "
                    + incrementMinutes);
        }
        return Math.multiplyExact(Math.floorDiv(minutes + incrementMinutes - 1, incrementMinutes), incrementMinutes);
    }

    private static void checkPurchase(PlanTerms plan, PlanKind kind, Currency currency, BigDecimal vatRate,
            Balances opening) {
        if (plan.kind() != kind) {
            throw new IllegalArgumentException("Plan " + plan.code() + " is " + plan.kind() + ", not " + kind);
        }
        if (!plan.currency().equals(currency)) {
            throw new IllegalArgumentException("Plan " + plan.code() + " is priced in " + plan.currency()
                    + " but the customer is billed in " + currency);
        }
        if (vatRate == null || vatRate.signum() < 0 || vatRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("VAT rate is a fraction between 0 and 1 (0.20 for 20 %), was " + vatRate);
        }
        Objects.requireNonNull(opening, "opening");
    }

    /** An exact price without trailing zeros beyond the minor unit: 66.5000 → 66.50. */
    private static BigDecimal normalized(BigDecimal price, Currency currency) {
        BigDecimal stripped = price.stripTrailingZeros();
        return stripped.scale() < Money.minorUnit(currency) ? stripped.setScale(Money.minorUnit(currency)) : stripped;
    }
}

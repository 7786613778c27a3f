package com.quarterhour.billing.internal;

import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.billing.pricing.Money;
import com.quarterhour.shared.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * Whether a credit note may be issued against an invoice, how much it credits and the invoice's status after it: plain
 * Java. A credit note goes only to an issued invoice (ISSUED, PARTLY_PAID or PAID) and never beyond what is still
 * creditable: the total less the earlier credit notes. A manager's {@code amount} is gross (VAT included, what the
 * customer sees); omitted, it is the whole creditable rest. The gross splits once: {@code tax = gross × vatRate /
 * (1 + vatRate)} rounded half-up, {@code net = gross − tax}; the credit note that takes the rest takes exactly the
 * invoice's net and tax not yet credited, so the credit notes of a fully credited invoice add up to it to the penny.
 * Credit notes covering the whole total make the invoice VOID (it keeps its number); a credit note that leaves nothing
 * to pay beyond the payments makes an ISSUED or PARTLY_PAID invoice PAID.
 *
 * @param net the invoice's subtotal
 * @param credited the sum of the totals of the invoice's credit notes so far
 * @param creditedNet the sum of their nets
 * @param paid the sum of the invoice's payments
 */
public record CreditNoteRule(InvoiceStatus status, Currency currency, BigDecimal vatRate, BigDecimal net,
        BigDecimal total, BigDecimal credited, BigDecimal creditedNet, BigDecimal paid) {

    public static final int MAX_REASON_LENGTH = 2000;

    /** What a credit note credits: {@code net + tax = total}. */
    public record Split(BigDecimal net, BigDecimal tax, BigDecimal total) {
    }

    /** One line of a credit note, net of VAT; engagement, time entry and adjustment only on an adjustment's line. */
    public record Credit(String description, BigDecimal amount, Long engagementId, Long timeEntryId,
            Long adjustmentId) {

        static Credit of(String description, BigDecimal amount) {
            return new Credit(description, amount, null, null, null);
        }
    }

    /** A manager's credit note of {@code amount} (gross; null: all that is creditable), after checking it. */
    public Split check(BigDecimal amount, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason is required: why the customer is given money back");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw DomainException.invalid("reason has " + reason.length() + " characters; at most "
                    + MAX_REASON_LENGTH + " are kept");
        }
        BigDecimal gross = amount == null ? null : amount(amount);
        requireCreditable();
        BigDecimal rest = creditable();
        if (gross == null) {
            return rest();
        }
        if (gross.compareTo(rest) > 0) {
            throw DomainException.conflict("The invoice has " + Money.format(rest, currency) + " left to credit; a "
                    + "credit note of " + Money.format(gross, currency) + " is more than that");
        }
        return gross.compareTo(rest) == 0 ? rest() : ofGross(gross);
    }

    /**
     * The month-end run's credit note of net lines: {@code tax = net × vatRate} rounded once, as on an invoice; capped
     * at what is still creditable. Null when the invoice takes no credit note (not issued, or credited in full).
     */
    public Split ofNet(List<Credit> credits) {
        if (!status.isIssued() || creditable().signum() <= 0) {
            return null;
        }
        BigDecimal lines = credits.stream().map(Credit::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = scaled(lines.multiply(vatRate));
        BigDecimal gross = lines.add(tax);
        return gross.compareTo(creditable()) >= 0 ? rest() : new Split(scaled(lines), tax, scaled(gross));
    }

    /** The invoice's status once a credit note of {@code creditTotal} is issued. */
    public InvoiceStatus statusAfter(BigDecimal creditTotal) {
        BigDecimal creditedAfter = credited.add(creditTotal);
        if (creditedAfter.compareTo(total) >= 0) {
            return InvoiceStatus.VOID;
        }
        if (status != InvoiceStatus.PAID && paid.add(creditedAfter).compareTo(total) >= 0) {
            return InvoiceStatus.PAID;
        }
        return status;
    }

    /** What is still creditable: the total less the credit notes so far. */
    public BigDecimal creditable() {
        return scaled(total.subtract(credited));
    }

    /**
     * What the customer still owes: the total less payments and credit notes, never below zero once money was paid
     * or credited (what goes beyond is {@link #refundDue}); an invoice with neither shows its total (a refund
     * invoice's negative total too).
     */
    public static BigDecimal open(BigDecimal total, BigDecimal paid, BigDecimal credited) {
        BigDecimal open = total.subtract(paid).subtract(credited);
        boolean settledAny = paid.signum() > 0 || credited.signum() > 0;
        return (settledAny ? open.max(BigDecimal.ZERO) : open).setScale(total.scale());
    }

    /** What is owed back to the customer: payments and credit notes beyond the total (zero when nothing is). */
    public static BigDecimal refundDue(BigDecimal total, BigDecimal paid, BigDecimal credited) {
        boolean settledAny = paid.signum() > 0 || credited.signum() > 0;
        BigDecimal beyond = settledAny ? paid.add(credited).subtract(total).max(BigDecimal.ZERO) : BigDecimal.ZERO;
        return beyond.setScale(total.scale());
    }

    private void requireCreditable() {
        if (!status.isIssued()) {
            throw DomainException.conflict(status == InvoiceStatus.VOID
                    ? "The invoice is void; there is nothing left to credit"
                    : "The invoice is a draft; a credit note can be issued once it is issued");
        }
        if (creditable().signum() <= 0) {
            throw DomainException.conflict("The invoice's total is " + Money.format(total, currency)
                    + "; there is nothing to credit");
        }
    }

    private Split rest() {
        BigDecimal restNet = scaled(net.subtract(creditedNet));
        BigDecimal rest = creditable();
        return new Split(restNet, rest.subtract(restNet), rest);
    }

    private Split ofGross(BigDecimal gross) {
        BigDecimal tax = gross.multiply(vatRate).divide(BigDecimal.ONE.add(vatRate), Money.minorUnit(currency),
                RoundingMode.HALF_UP);
        return new Split(gross.subtract(tax), tax, gross);
    }

    private BigDecimal amount(BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw DomainException.invalid("amount must be more than zero; it is " + amount.toPlainString());
        }
        int digits = Money.minorUnit(currency);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw DomainException.invalid("amount " + amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " has (" + digits + ")");
        }
        return amount.setScale(digits);
    }

    private BigDecimal scaled(BigDecimal value) {
        return value.setScale(Money.minorUnit(currency), RoundingMode.HALF_UP);
    }
}

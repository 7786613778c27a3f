package com.quarterhour.billing.internal;

import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.billing.pricing.Money;
import com.quarterhour.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Whether a payment may be recorded against an invoice, and the invoice's status after it: plain Java. A payment is in
 * the invoice's currency with at most its minor unit's decimals, more than zero, paid on a day from the invoice's issue
 * to today, with a reference; it goes only to an ISSUED or PARTLY_PAID invoice and never beyond what is open. The
 * payments summing to the total make the invoice PAID; less makes it PARTLY_PAID.
 *
 * @param paid the sum of the payments recorded so far
 * @param issuedOn the day the invoice was issued (company time zone); null while it is not
 */
public record PaymentRule(InvoiceStatus status, Currency currency, BigDecimal total, BigDecimal paid,
        LocalDate issuedOn) {

    public static final int MAX_REFERENCE_LENGTH = 200;

    /** What a payment of {@code amount} leaves open, after checking it; {@link #statusAfter} tells the status. */
    public BigDecimal check(BigDecimal amount, LocalDate paidOn, String reference, LocalDate today) {
        BigDecimal normalized = amount(amount);
        if (paidOn == null) {
            throw DomainException.invalid("paidOn is required: the day the money arrived, as YYYY-MM-DD");
        }
        if (paidOn.isAfter(today)) {
            throw DomainException.invalid("paidOn " + paidOn + " is in the future; record a payment once it has arrived");
        }
        if (reference == null || reference.isBlank()) {
            throw DomainException.invalid("reference is required: the bank or remittance reference of the payment");
        }
        if (reference.length() > MAX_REFERENCE_LENGTH) {
            throw DomainException.invalid("reference has " + reference.length() + " characters; at most "
                    + MAX_REFERENCE_LENGTH + " are kept");
        }
        if (status != InvoiceStatus.ISSUED && status != InvoiceStatus.PARTLY_PAID) {
            throw DomainException.conflict(switch (status) {
                case PAID -> "The invoice is paid in full; there is nothing open to pay";
                case VOID -> "The invoice is void; a void invoice is not paid";
                default -> "The invoice is a draft; a payment can be recorded once it is issued";
            });
        }
        if (paidOn.isBefore(issuedOn)) {
            throw DomainException.invalid("paidOn " + paidOn + " is before the invoice was issued on " + issuedOn);
        }
        BigDecimal open = open();
        if (normalized.compareTo(open) > 0) {
            throw DomainException.conflict("The invoice has " + Money.format(open, currency) + " open; a payment of "
                    + Money.format(normalized, currency) + " is more than that");
        }
        return open.subtract(normalized);
    }

    /** The status once {@code open} is what remains: PAID at zero, PARTLY_PAID otherwise. */
    public static InvoiceStatus statusAfter(BigDecimal open) {
        return open.signum() == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTLY_PAID;
    }

    /** What is not paid yet: the total less the payments, in the currency's minor unit. */
    public BigDecimal open() {
        return total.subtract(paid).setScale(Money.minorUnit(currency));
    }

    /** The amount at the currency's scale, after refusing a missing, non-positive or too precise one. */
    public BigDecimal amount(BigDecimal amount) {
        if (amount == null) {
            throw DomainException.invalid("amount is required: the money received, in " + currency.getCurrencyCode());
        }
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
}

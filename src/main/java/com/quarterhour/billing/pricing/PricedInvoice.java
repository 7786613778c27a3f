package com.quarterhour.billing.pricing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The priced content of one invoice: its lines and totals, and the customer's balances after it.
 *
 * @param currency the invoice currency
 * @param lines    the lines in order: fee, then one line per time entry by work date and id, then any refund
 * @param subtotal sum of the line amounts
 * @param tax      subtotal × VAT rate, rounded half-up once
 * @param total    subtotal + tax
 * @param closing  credit balance and prepaid time left after this invoice
 */
public record PricedInvoice(Currency currency, List<InvoiceLine> lines, BigDecimal subtotal, BigDecimal tax,
        BigDecimal total, Balances closing) {

    public PricedInvoice {
        lines = List.copyOf(lines);
    }

    static PricedInvoice of(Currency currency, List<InvoiceLine> lines, BigDecimal vatRate, Balances closing) {
        BigDecimal subtotal = Money.zero(currency);
        for (InvoiceLine line : lines) {
            subtotal = subtotal.add(line.amount());
        }
        BigDecimal tax = Money.round(subtotal.multiply(vatRate), currency);
        return new PricedInvoice(currency, lines, subtotal, tax, subtotal.add(tax), closing);
    }
}

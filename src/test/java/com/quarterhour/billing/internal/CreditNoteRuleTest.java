package com.quarterhour.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.billing.internal.CreditNoteRule.Credit;
import com.quarterhour.billing.internal.CreditNoteRule.Split;
import com.quarterhour.shared.DomainException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * How much a credit note credits, its VAT split and the invoice's status after it; plain Java. The GBP invoice: 10
 * prepaid hours at £70 less 5 % = £665.00 net, 20 % VAT £133.00, total £798.00. The EUR invoice: €1,000.00 net, 19 %
 * VAT €190.00, total €1,190.00.
 */
class CreditNoteRuleTest {

    static final Currency GBP = Currency.getInstance("GBP");
    static final Currency EUR = Currency.getInstance("EUR");

    static CreditNoteRule gbp(InvoiceStatus status, String credited, String creditedNet, String paid) {
        return new CreditNoteRule(status, GBP, new BigDecimal("0.20"), new BigDecimal("665.00"),
                new BigDecimal("798.00"), new BigDecimal(credited), new BigDecimal(creditedNet), new BigDecimal(paid));
    }

    static CreditNoteRule eur(String credited, String creditedNet) {
        return new CreditNoteRule(InvoiceStatus.ISSUED, EUR, new BigDecimal("0.19"), new BigDecimal("1000.00"),
                new BigDecimal("1190.00"), new BigDecimal(credited), new BigDecimal(creditedNet), BigDecimal.ZERO);
    }

    @Test
    void aGrossAmountSplitsOutTheVatOnceAtTheInvoicesRate() {
        // £156.00 × 0.20 / 1.20 = £26.00 VAT, £130.00 net
        assertThat(gbp(InvoiceStatus.ISSUED, "0", "0", "0").check(new BigDecimal("156"), "Goodwill"))
                .isEqualTo(new Split(new BigDecimal("130.00"), new BigDecimal("26.00"), new BigDecimal("156.00")));
        // £100.00 × 0.20 / 1.20 = £16.666… → £16.67 VAT, £83.33 net: net + tax = total exactly
        assertThat(gbp(InvoiceStatus.PAID, "0", "0", "798.00").check(new BigDecimal("100.00"), "Goodwill"))
                .isEqualTo(new Split(new BigDecimal("83.33"), new BigDecimal("16.67"), new BigDecimal("100.00")));
        // €50.00 × 0.19 / 1.19 = €7.983… → €7.98 VAT, €42.02 net
        assertThat(eur("0", "0").check(new BigDecimal("50.00"), "Goodwill"))
                .isEqualTo(new Split(new BigDecimal("42.02"), new BigDecimal("7.98"), new BigDecimal("50.00")));
        assertThat(eur("0", "0").check(new BigDecimal("119.00"), "Goodwill"))
                .isEqualTo(new Split(new BigDecimal("100.00"), new BigDecimal("19.00"), new BigDecimal("119.00")));
    }

    @Test
    void withoutAnAmountTheRestIsCreditedToThePennyOfTheInvoicesNetAndVat() {
        // after £156.00 (£130.00 net): £798.00 − £156.00 = £642.00, net £665.00 − £130.00 = £535.00, VAT £107.00
        CreditNoteRule rule = gbp(InvoiceStatus.ISSUED, "156.00", "130.00", "0");
        assertThat(rule.check(null, "Contract cancelled"))
                .isEqualTo(new Split(new BigDecimal("535.00"), new BigDecimal("107.00"), new BigDecimal("642.00")));
        assertThat(rule.statusAfter(new BigDecimal("642.00"))).isEqualTo(InvoiceStatus.VOID);
        // €1,190.00 after €50.00 (€42.02 net): €1,140.00, of it €957.98 net and €182.02 VAT
        assertThat(eur("50.00", "42.02").check(new BigDecimal("1140.00"), "Contract cancelled"))
                .isEqualTo(new Split(new BigDecimal("957.98"), new BigDecimal("182.02"), new BigDecimal("1140.00")));
    }

    @Test
    void theStatusAfterACreditNote() {
        assertThat(gbp(InvoiceStatus.ISSUED, "0", "0", "0").statusAfter(new BigDecimal("156.00")))
                .isEqualTo(InvoiceStatus.ISSUED);
        // £500.00 paid and £298.00 credited cover £798.00: nothing is left to pay
        assertThat(gbp(InvoiceStatus.PARTLY_PAID, "0", "0", "500.00").statusAfter(new BigDecimal("298.00")))
                .isEqualTo(InvoiceStatus.PAID);
        assertThat(gbp(InvoiceStatus.PAID, "0", "0", "798.00").statusAfter(new BigDecimal("798.00")))
                .isEqualTo(InvoiceStatus.VOID);
    }

    @Test
    void openAmountAndRefundDue() {
        BigDecimal total = new BigDecimal("798.00");
        assertThat(CreditNoteRule.open(total, new BigDecimal("300.00"), new BigDecimal("156.00")))
                .isEqualByComparingTo("342.00");
        // paid in full, then £156.00 credited: nothing open, £156.00 to pay back
        assertThat(CreditNoteRule.open(total, total, new BigDecimal("156.00"))).isEqualByComparingTo("0.00");
        assertThat(CreditNoteRule.refundDue(total, total, new BigDecimal("156.00"))).isEqualByComparingTo("156.00");
        // a refund invoice's negative total is open as it is, with nothing to pay back
        assertThat(CreditNoteRule.open(new BigDecimal("-50.00"), BigDecimal.ZERO, BigDecimal.ZERO))
                .isEqualByComparingTo("-50.00");
        assertThat(CreditNoteRule.refundDue(new BigDecimal("-50.00"), BigDecimal.ZERO, BigDecimal.ZERO))
                .isEqualByComparingTo("0");
    }

    @Test
    void theRunsNetLinesGetVatAsAnInvoiceDoesAndAreCappedAtWhatIsLeft() {
        List<Credit> lines = List.of(Credit.of("1 h at £75.00/h", new BigDecimal("75.00")),
                Credit.of("30 min at £75.00/h", new BigDecimal("37.50")));
        // £112.50 net, VAT £22.50, £135.00
        assertThat(gbp(InvoiceStatus.ISSUED, "0", "0", "0").ofNet(lines))
                .isEqualTo(new Split(new BigDecimal("112.50"), new BigDecimal("22.50"), new BigDecimal("135.00")));
        // £700.00 credited already: only £98.00 is left, with its net £665.00 − £583.33
        assertThat(gbp(InvoiceStatus.ISSUED, "700.00", "583.33", "0").ofNet(lines))
                .isEqualTo(new Split(new BigDecimal("81.67"), new BigDecimal("16.33"), new BigDecimal("98.00")));
        assertThat(gbp(InvoiceStatus.VOID, "798.00", "665.00", "0").ofNet(lines)).isNull();
    }

    @Test
    void moreThanIsLeftToCreditIsAConflictInWords() {
        assertThatThrownBy(() -> gbp(InvoiceStatus.ISSUED, "156.00", "130.00", "0")
                .check(new BigDecimal("642.01"), "Goodwill"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT))
                .hasMessage("The invoice has £642.00 left to credit; a credit note of £642.01 is more than that");
    }

    @Test
    void aDraftOrVoidInvoiceTakesNoCreditNote() {
        assertThatThrownBy(() -> gbp(InvoiceStatus.DRAFT, "0", "0", "0").check(null, "Goodwill"))
                .hasMessageContaining("once it is issued");
        assertThatThrownBy(() -> gbp(InvoiceStatus.VOID, "798.00", "665.00", "0").check(null, "Goodwill"))
                .hasMessageContaining("void");
    }

    @Test
    void badInputIsRefusedInWords() {
        CreditNoteRule rule = gbp(InvoiceStatus.ISSUED, "0", "0", "0");
        assertThatThrownBy(() -> rule.check(new BigDecimal("10"), " ")).hasMessageContaining("reason is required");
        assertThatThrownBy(() -> rule.check(new BigDecimal("10"), "r".repeat(2001))).hasMessageContaining("at most 2000");
        assertThatThrownBy(() -> rule.check(BigDecimal.ZERO, "x")).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> rule.check(new BigDecimal("-1"), "x")).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> rule.check(new BigDecimal("1.005"), "x"))
                .hasMessageContaining("more decimals than GBP");
    }
}

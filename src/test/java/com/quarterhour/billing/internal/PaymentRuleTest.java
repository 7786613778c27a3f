package com.quarterhour.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Which payments an invoice takes and the status they leave it in; plain Java. */
class PaymentRuleTest {

    static final Currency GBP = Currency.getInstance("GBP");
    static final Currency JPY = Currency.getInstance("JPY");
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 11, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static PaymentRule invoice(InvoiceStatus status, String total, String paid) {
        return new PaymentRule(status, GBP, new BigDecimal(total), new BigDecimal(paid), ISSUED_ON);
    }

    @Test
    void aPartPaymentLeavesTheRestOpenAndTheInvoicePartlyPaid() {
        BigDecimal open = invoice(InvoiceStatus.ISSUED, "1320.00", "0").check(new BigDecimal("500"), ISSUED_ON, "BACS 1",
                TODAY);
        assertThat(open).isEqualByComparingTo("820.00");
        assertThat(PaymentRule.statusAfter(open)).isEqualTo(InvoiceStatus.PARTLY_PAID);
    }

    @Test
    void thePaymentThatReachesTheTotalMakesTheInvoicePaid() {
        BigDecimal open = invoice(InvoiceStatus.PARTLY_PAID, "1320.00", "500.00").check(new BigDecimal("820.00"), TODAY,
                "BACS 2", TODAY);
        assertThat(open).isEqualByComparingTo("0");
        assertThat(PaymentRule.statusAfter(open)).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void anOverpaymentIsRefusedWithWhatIsOpen() {
        assertThatThrownBy(() -> invoice(InvoiceStatus.PARTLY_PAID, "32.00", "20.00").check(new BigDecimal("20.00"),
                TODAY, "BACS 3", TODAY))
                .isInstanceOf(DomainException.class)
                .hasMessage("The invoice has £12.00 open; a payment of £20.00 is more than that");
    }

    @Test
    void onlyAnIssuedOrPartlyPaidInvoiceTakesAPayment() {
        for (InvoiceStatus status : new InvoiceStatus[] {InvoiceStatus.DRAFT, InvoiceStatus.VOID, InvoiceStatus.PAID}) {
            PaymentRule rule = new PaymentRule(status, GBP, new BigDecimal("100.00"),
                    status == InvoiceStatus.PAID ? new BigDecimal("100.00") : BigDecimal.ZERO,
                    status == InvoiceStatus.PAID ? ISSUED_ON : null);
            assertThatThrownBy(() -> rule.check(BigDecimal.ONE, TODAY, "x", TODAY))
                    .as(status.name()).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).status()).isEqualTo(HttpStatus.CONFLICT);
        }
    }

    @Test
    void badInputIsRefusedInWords() {
        PaymentRule rule = invoice(InvoiceStatus.ISSUED, "100.00", "0");
        assertInvalid(() -> rule.check(null, TODAY, "x", TODAY), "amount is required");
        assertInvalid(() -> rule.check(BigDecimal.ZERO, TODAY, "x", TODAY), "more than zero");
        assertInvalid(() -> rule.check(new BigDecimal("-5"), TODAY, "x", TODAY), "more than zero");
        assertInvalid(() -> rule.check(new BigDecimal("10.005"), TODAY, "x", TODAY), "more decimals than GBP");
        assertInvalid(() -> rule.check(BigDecimal.TEN, null, "x", TODAY), "paidOn is required");
        assertInvalid(() -> rule.check(BigDecimal.TEN, TODAY.plusDays(1), "x", TODAY), "in the future");
        assertInvalid(() -> rule.check(BigDecimal.TEN, ISSUED_ON.minusDays(1), "x", TODAY), "before the invoice was issued");
        assertInvalid(() -> rule.check(BigDecimal.TEN, TODAY, " ", TODAY), "reference is required");
        assertInvalid(() -> rule.check(BigDecimal.TEN, TODAY, "r".repeat(201), TODAY), "at most 200");
        assertThat(rule.check(BigDecimal.TEN, TODAY, "r".repeat(200), TODAY)).isEqualByComparingTo("90.00");
    }

    @Test
    void trailingZerosBeyondTheMinorUnitAreNotExtraDecimals() {
        assertThat(invoice(InvoiceStatus.ISSUED, "100.00", "0").amount(new BigDecimal("10.5000")))
                .isEqualTo(new BigDecimal("10.50"));
        PaymentRule yen = new PaymentRule(InvoiceStatus.ISSUED, JPY, new BigDecimal("1000"), BigDecimal.ZERO, ISSUED_ON);
        assertInvalid(() -> yen.amount(new BigDecimal("10.5")), "more decimals than JPY has (0)");
    }

    private static void assertInvalid(Runnable payment, String words) {
        assertThatThrownBy(payment::run).isInstanceOf(DomainException.class).hasMessageContaining(words)
                .extracting(e -> ((DomainException) e).status()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}

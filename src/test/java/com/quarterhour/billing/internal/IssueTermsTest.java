package com.quarterhour.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.billing.einvoice.SellerProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IssueTermsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theDueDateIsTheCompanysIssueDayPlusTheTermsConfiguredAtIssue() {
        // 23:30 UTC is still 31 October in London (GMT since the 25th), but 00:30 on 1 August in summer (BST)
        IssueTerms winter = IssueTerms.of(seller(14), Instant.parse("2026-10-31T23:30:00Z"), LONDON);
        IssueTerms summer = IssueTerms.of(seller(14), Instant.parse("2026-07-31T23:30:00Z"), LONDON);

        assertThat(winter).isEqualTo(new IssueTerms(LocalDate.of(2026, 11, 14), 14));
        assertThat(summer).isEqualTo(new IssueTerms(LocalDate.of(2026, 8, 15), 14));
        assertThat(winter.text()).isEqualTo("Payable within 14 days of the invoice date");
    }

    @Test
    void termsAreNeverNegative() {
        assertThatThrownBy(() -> new IssueTerms(LocalDate.of(2026, 11, 1), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    static SellerProperties seller(int days) {
        return new SellerProperties("Quarterhour Support Ltd", null, null, null, "GB", null, null, null, null, null,
                null, days);
    }
}

package com.quarterhour.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.engagement.AdjustmentStatus;
import com.quarterhour.engagement.AdjustmentType;
import com.quarterhour.engagement.Impact;
import com.quarterhour.shared.Formats;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortalTextTest {

    private static final Formats UK = Formats.of(Locale.UK);

    @Test
    void impactsReadAsSeed004WordsThem() {
        assertThat(PortalText.impact(Impact.FULLY_USABLE)).startsWith("Service fully usable");
        assertThat(PortalText.impact(Impact.PARTIALLY_IMPAIRED)).startsWith("Service use partially impaired");
        assertThat(PortalText.impact(Impact.SEVERELY_IMPAIRED)).startsWith("Service use severely impaired");
        assertThat(PortalText.impact(Impact.UNUSABLE)).startsWith("Service unusable");
    }

    @Test
    void hoursAndMoney() {
        assertThat(PortalText.hours(UK, new BigDecimal("20.00"))).isEqualTo("20 h");
        assertThat(PortalText.hours(UK, new BigDecimal("15.25"))).isEqualTo("15.25 h");
        assertThat(PortalText.hours(UK, new BigDecimal("100.00"))).isEqualTo("100 h");
        assertThat(PortalText.hours(UK, null)).isEqualTo(PortalText.NONE);
        assertThat(PortalText.money(UK, new BigDecimal("1320"), Currency.getInstance("GBP"))).isEqualTo("£1,320.00");
        assertThat(PortalText.money(UK, new BigDecimal("5000"), Currency.getInstance("JPY"))).isEqualTo("JP¥5,000");
        assertThat(PortalText.money(UK, null, Currency.getInstance("GBP"))).isEqualTo(PortalText.NONE);
        assertThat(PortalText.priority(Priority.P2)).isEqualTo("P2 High");
        assertThat(PortalText.priority(null)).isEqualTo(PortalText.NONE);
        assertThat(PortalText.adjustment(AdjustmentType.BUG_CREDIT, AdjustmentStatus.APPROVED))
                .isEqualTo("Bug credit (the time is given back): approved");
    }

    @Test
    void timesAreTheCustomersLocalTimeWithoutTheZoneThePageNamesOnce() {
        Instant summer = Instant.parse("2026-07-01T09:30:00Z");
        assertThat(PortalText.dateTime(UK, summer, ZoneId.of("Europe/London"))).isEqualTo("Wed, 1 Jul 2026, 10:30");
        assertThat(PortalText.dateTime(UK, summer, ZoneId.of("America/New_York"))).isEqualTo("Wed, 1 Jul 2026, 05:30");
        assertThat(PortalText.dateTime(UK, null, ZoneId.of("UTC"))).isEqualTo(PortalText.NONE);
        assertThat(PortalText.date(UK, LocalDate.parse("2026-11-17"))).isEqualTo("Tue, 17 Nov 2026");
    }
}

package com.quarterhour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Formats UK = Formats.of(Locale.forLanguageTag("en-GB"));
    private static final Formats US = Formats.of(Locale.forLanguageTag("en-US"));
    private static final Formats GERMAN = Formats.of(Locale.forLanguageTag("de-DE"));
    private static final Instant TWO_PM_IN_LONDON = Instant.parse("2026-11-30T14:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Currency POUNDS = Currency.getInstance("GBP");
    /** Java's currency formats put a no-break space between amount and sign where a locale writes a space. */
    private static final char NBSP = '\u00a0';

    @Test
    void aMomentIsWrittenWithTheWeekdayTheLocalesDateAndTimeAndTheZonesName() {
        assertThat(UK.dateTime(TWO_PM_IN_LONDON, LONDON)).isEqualTo("Mon, 30 Nov 2026, 14:00 GMT");
        assertThat(US.dateTime(TWO_PM_IN_LONDON, NEW_YORK)).isEqualTo("Mon, Nov 30, 2026, 9:00 AM EST");
        assertThat(GERMAN.dateTime(TWO_PM_IN_LONDON, BERLIN)).isEqualTo("Mo., 30.11.2026, 15:00 MEZ");
    }

    @Test
    void theZoneDecidesTheClockTimeAndTheLocaleOnlyHowItIsWritten() {
        assertThat(GERMAN.dateTime(TWO_PM_IN_LONDON, LONDON)).isEqualTo("Mo., 30.11.2026, 14:00 GMT");
        assertThat(UK.dateTime(TWO_PM_IN_LONDON, BERLIN)).isEqualTo("Mon, 30 Nov 2026, 15:00 CET");
        assertThat(UK.dateTime(Instant.parse("2026-07-01T08:30:00Z"), LONDON)).isEqualTo("Wed, 1 Jul 2026, 09:30 BST");
    }

    @Test
    void aPageThatNamesItsZoneOnceGetsTheMomentWithoutIt() {
        assertThat(UK.dateTimeWithoutZone(TWO_PM_IN_LONDON, LONDON)).isEqualTo("Mon, 30 Nov 2026, 14:00");
        assertThat(US.dateTimeWithoutZone(TWO_PM_IN_LONDON, NEW_YORK)).isEqualTo("Mon, Nov 30, 2026, 9:00 AM");
        assertThat(GERMAN.dateTimeWithoutZone(TWO_PM_IN_LONDON, BERLIN)).isEqualTo("Mo., 30.11.2026, 15:00");
    }

    @Test
    void aDayAndAMonth() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        assertThat(UK.date(day)).isEqualTo("Fri, 4 Dec 2026");
        assertThat(US.date(day)).isEqualTo("Fri, Dec 4, 2026");
        assertThat(GERMAN.date(day)).isEqualTo("Fr., 04.12.2026");
        YearMonth march = YearMonth.of(2026, 3);
        assertThat(UK.month(march)).isEqualTo("March 2026");
        assertThat(GERMAN.month(march)).isEqualTo("März 2026");
        assertThat(UK.shortMonth(march)).isEqualTo("Mar 2026");
        assertThat(GERMAN.shortMonth(YearMonth.of(2026, 11))).isEqualTo("Nov. 2026");
    }

    @Test
    void moneyHasTheLocalesSeparatorsAndTheCurrencysMinorDigits() {
        BigDecimal amount = new BigDecimal("1320");
        assertThat(UK.money(amount, POUNDS)).isEqualTo("£1,320.00");
        assertThat(US.money(amount, POUNDS)).isEqualTo("£1,320.00");
        assertThat(GERMAN.money(amount, POUNDS)).isEqualTo("1.320,00" + NBSP + "£");
        assertThat(GERMAN.money(new BigDecimal("1320.5"), Currency.getInstance("EUR"))).isEqualTo("1.320,50" + NBSP + "€");
        assertThat(US.money(amount, Currency.getInstance("JPY"))).isEqualTo("¥1,320");
        assertThat(UK.money(new BigDecimal("0.125"), POUNDS)).isEqualTo("£0.13");
    }

    @Test
    void hoursHaveUpToTwoDecimalsWrittenAsTheLocaleWritesANumber() {
        assertThat(UK.hours(new BigDecimal("15.25"))).isEqualTo("15.25 h");
        assertThat(UK.hours(new BigDecimal("20.00"))).isEqualTo("20 h");
        assertThat(UK.hours(new BigDecimal("1200.125"))).isEqualTo("1,200.13 h");
        assertThat(GERMAN.hours(new BigDecimal("15.25"))).isEqualTo("15,25 h");
        assertThat(UK.hours(null)).isNull();
    }

    @Test
    void aForeignDollarKeepsItsCountry() {
        assertThat(US.money(BigDecimal.TEN, Currency.getInstance("CAD"))).isEqualTo("CA$10.00");
        assertThat(UK.money(BigDecimal.TEN, Currency.getInstance("USD"))).isEqualTo("US$10.00");
    }

    @Test
    void nothingIsWrittenForNothing() {
        assertThat(UK.dateTime(null, LONDON)).isNull();
        assertThat(UK.date(null)).isNull();
        assertThat(UK.month(null)).isNull();
        assertThat(UK.money(null, POUNDS)).isNull();
    }

    @Test
    void aViewerReadsInItsLocale() {
        assertThat(Formats.of(new Viewer(Locale.GERMANY, LONDON)).date(LocalDate.of(2026, 11, 30))).isEqualTo("Mo., 30.11.2026");
    }
}

package com.quarterhour.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReadingExampleTest {

    @Test
    void theSameMomentAndAmountReadInEachLocalesOrderInTheHomeCurrency() {
        assertThat(ReadingExample.of(Locale.UK, Locale.UK)).isEqualTo("Mon, 30 Nov 2026, 14:00 · £1,234.50");
        assertThat(ReadingExample.of(Locale.GERMANY, Locale.UK)).isEqualTo("Mo., 30.11.2026, 14:00 · 1.234,50\u00a0£");
        assertThat(ReadingExample.of(Locale.US, Locale.GERMANY)).isEqualTo("Mon, Nov 30, 2026, 2:00 PM · €1,234.50");
    }

    @Test
    void aHomeLocaleWithoutACountryShowsEuros() {
        assertThat(ReadingExample.of(Locale.UK, Locale.ENGLISH)).endsWith("€1,234.50");
    }

    @Test
    void eachLocaleIsNamedInItsOwnLanguageCapitalised() {
        assertThat(ReadingExample.nameOf(Locale.UK)).isEqualTo("English (United Kingdom)");
        assertThat(ReadingExample.nameOf(Locale.GERMANY)).isEqualTo("Deutsch (Deutschland)");
        assertThat(ReadingExample.nameOf(Locale.FRANCE)).isEqualTo("Français (France)");
    }
}

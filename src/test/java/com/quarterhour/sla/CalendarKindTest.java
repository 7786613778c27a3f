package com.quarterhour.sla;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarKindTest {

    @Test
    void aTargetReadsInWordsWithItsCalendar() {
        assertThat(CalendarKind.BUSINESS_HOURS.words(240)).isEqualTo("4 business hours");
        assertThat(CalendarKind.BUSINESS_HOURS.words(60)).isEqualTo("1 business hour");
        assertThat(CalendarKind.BUSINESS_HOURS.words(90)).isEqualTo("1 hour 30 minutes of business hours");
        assertThat(CalendarKind.AROUND_THE_CLOCK.words(30)).isEqualTo("30 minutes, around the clock");
        assertThat(CalendarKind.AROUND_THE_CLOCK.words(60)).isEqualTo("1 hour, around the clock");
    }
}

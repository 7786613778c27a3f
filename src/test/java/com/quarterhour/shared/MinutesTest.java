package com.quarterhour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinutesTest {

    @Test
    void readsAsHoursAndMinutes() {
        assertThat(Minutes.text(0)).isEqualTo("0 min");
        assertThat(Minutes.text(45)).isEqualTo("45 min");
        assertThat(Minutes.text(180)).isEqualTo("3 h");
        assertThat(Minutes.text(150)).isEqualTo("2 h 30 min");
        assertThat(Minutes.text(1395)).isEqualTo("23 h 15 min");
    }

    @Test
    void readsInWordsForMails() {
        assertThat(Minutes.words(1)).isEqualTo("1 minute");
        assertThat(Minutes.words(30)).isEqualTo("30 minutes");
        assertThat(Minutes.words(60)).isEqualTo("1 hour");
        assertThat(Minutes.words(240)).isEqualTo("4 hours");
        assertThat(Minutes.words(90)).isEqualTo("1 hour 30 minutes");
    }
}

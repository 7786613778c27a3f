package com.quarterhour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Viewer;
import com.quarterhour.support.QuarterhourTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Each person's stored locale and time zone, as every page, form and mail reads them through {@link Viewers}. */
@QuarterhourTest
class ViewerPreferencesTest {

    private static final Viewer DEFAULTS = new Viewer(Locale.UK, ZoneId.of("Europe/London"));

    @Autowired Viewers viewers;
    @Autowired ViewerChoices choices;
    @Autowired JdbcTemplate jdbc;

    private final String person = "prefs-" + System.nanoTime();

    @AfterEach
    void forget() {
        jdbc.update("delete from viewer_preference where username = ?", person);
        SecurityContextHolder.clearContext();
        ClockUtil.reset();
    }

    @Test
    void withoutAChoiceEveryoneReadsInTheDefaults() {
        assertThat(viewers.defaults()).isEqualTo(DEFAULTS);
        assertThat(viewers.of(person)).isEqualTo(DEFAULTS);
        assertThat(viewers.of(null)).isEqualTo(DEFAULTS);
        ViewerSettings settings = choices.settingsOf(person);
        assertThat(settings.chosen()).isEqualTo(ViewerChoice.DEFAULTS);
        assertThat(settings.effective()).isEqualTo(new ViewerChoice("en-GB", "Europe/London"));
        assertThat(settings.defaults()).isEqualTo(new ViewerChoice("en-GB", "Europe/London"));
        assertThat(settings.offeredLocales()).containsExactly("en-GB", "en-US", "en-IE", "de-DE", "fr-FR", "nl-NL", "es-ES");
        assertThat(settings.changedAt()).isNull();
    }

    @Test
    void aStoredChoiceIsWhatThePersonReadsInAndAnotherChoiceReplacesIt() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T13:00:00Z")));
        ViewerSettings saved = choices.choose(person, new ViewerChoice("de-DE", "Europe/Berlin"));

        assertThat(saved.chosen()).isEqualTo(new ViewerChoice("de-DE", "Europe/Berlin"));
        assertThat(saved.changedAt()).isEqualTo(Instant.parse("2026-11-30T13:00:00Z"));
        assertThat(viewers.of(person)).isEqualTo(new Viewer(Locale.GERMANY, ZoneId.of("Europe/Berlin")));

        // only the zone: the locale is the default again, not the one before
        choices.choose(person, new ViewerChoice(null, "America/New_York"));
        assertThat(viewers.of(person)).isEqualTo(new Viewer(Locale.UK, ZoneId.of("America/New_York")));
        assertThat(jdbc.queryForObject("select count(*) from viewer_preference where username = ?", Integer.class, person))
                .isEqualTo(1);
    }

    @Test
    void resettingReturnsToTheDefaultsAndRemembersWhen() {
        choices.choose(person, new ViewerChoice("fr-FR", "Europe/Paris"));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T08:00:00Z")));

        ViewerSettings reset = choices.choose(person, ViewerChoice.DEFAULTS);

        assertThat(reset.chosen()).isEqualTo(ViewerChoice.DEFAULTS);
        assertThat(reset.changedAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(viewers.of(person)).isEqualTo(DEFAULTS);
    }

    @Test
    void anInvalidChoiceIsRefusedAndTheOneBeforeStays() {
        choices.choose(person, new ViewerChoice("nl-NL", "Europe/Amsterdam"));

        assertThatThrownBy(() -> choices.choose(person, new ViewerChoice("de-DE", "Berlin")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("timeZone: 'Berlin'");
        assertThatThrownBy(() -> choices.choose(person, new ViewerChoice("pt-BR", "Europe/Berlin")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("locale: 'pt-BR' is not offered");

        assertThat(choices.settingsOf(person).chosen()).isEqualTo(new ViewerChoice("nl-NL", "Europe/Amsterdam"));
    }

    @Test
    void aStoredValueNoLongerOfferedReadsAsTheDefaultWithoutFailing() {
        // as if written when the configuration offered Italian, and by a JDK that knew a zone this one does not
        jdbc.update("insert into viewer_preference (username, locale, time_zone, changed_at) values (?, ?, ?, ?)",
                person, "it-IT", "Atlantis/Capital", Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(viewers.of(person)).isEqualTo(DEFAULTS);
        ViewerSettings settings = choices.settingsOf(person);
        assertThat(settings.chosen()).isEqualTo(new ViewerChoice("it-IT", "Atlantis/Capital"));
        assertThat(settings.effective()).isEqualTo(new ViewerChoice("en-GB", "Europe/London"));
    }

    @Test
    void theCurrentViewerIsTheLoginOfTheRequestAndTheDefaultsWithoutOne() {
        choices.choose(person, new ViewerChoice("es-ES", "Europe/Madrid"));
        assertThat(viewers.current()).isEqualTo(DEFAULTS);

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                person, null, AuthorityUtils.createAuthorityList("ROLE_CUSTOMER")));
        assertThat(viewers.current()).isEqualTo(new Viewer(Locale.forLanguageTag("es-ES"), ZoneId.of("Europe/Madrid")));

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", person,
                List.of(AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS").get(0))));
        assertThat(viewers.current()).isEqualTo(DEFAULTS);
    }
}

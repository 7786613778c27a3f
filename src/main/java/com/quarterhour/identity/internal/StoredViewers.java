package com.quarterhour.identity.internal;

import com.quarterhour.identity.ViewerChoice;
import com.quarterhour.identity.ViewerChoices;
import com.quarterhour.identity.ViewerSettings;
import com.quarterhour.identity.Viewers;
import com.quarterhour.shared.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Each person reads in what they chose (table viewer_preference, by login name), the installation's defaults for
 * whatever they left open. Staff and portal users share the table: their login names cannot clash, as a portal login
 * may not take a staff member's name.
 */
@Component
@EnableConfigurationProperties(ViewerProperties.class)
class StoredViewers implements Viewers, ViewerChoices {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ViewerChoiceRules rules;

    StoredViewers(JdbcTemplate jdbc, Clock clock, ViewerProperties properties,
            @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.jdbc = jdbc;
        this.clock = clock;
        List<Locale> offered = Stream.concat(Stream.of(properties.defaultLocale()), properties.locales().stream())
                .distinct().toList();
        this.rules = new ViewerChoiceRules(new Viewer(properties.defaultLocale(), companyZone), offered);
    }

    @Override
    public Viewer of(String username) {
        return stored(username).map(row -> rules.effective(row.locale(), row.timeZone())).orElse(rules.defaults());
    }

    /** Spring Security's login of this thread: the request's, as the filter chain set it; none outside requests. */
    @Override
    public Viewer current() {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login == null || !login.isAuthenticated() || login instanceof AnonymousAuthenticationToken) {
            return rules.defaults();
        }
        return of(login.getName());
    }

    @Override
    public Viewer defaults() {
        return rules.defaults();
    }

    @Override
    public List<Locale> offeredLocales() {
        return rules.offered();
    }

    @Override
    public ViewerSettings settingsOf(String username) {
        Optional<Stored> row = stored(username);
        ViewerChoice chosen = row.map(r -> new ViewerChoice(r.locale(), r.timeZone())).orElse(ViewerChoice.DEFAULTS);
        Viewer effective = rules.effective(chosen.locale(), chosen.timeZone());
        return new ViewerSettings(chosen, choiceOf(effective), choiceOf(rules.defaults()),
                rules.offered().stream().map(Locale::toLanguageTag).toList(), row.map(Stored::changedAt).orElse(null));
    }

    @Override
    public List<String> timeZones() {
        return rules.zones();
    }

    @Override
    public ViewerSettings choose(String username, ViewerChoice choice) {
        ViewerChoice checked = rules.checked(choice);
        Timestamp now = Timestamp.from(clock.instant());
        // a reset keeps its row (both null): when someone last changed their settings stays known
        if (update(username, checked, now) == 0) {
            try {
                jdbc.update("insert into viewer_preference (username, locale, time_zone, changed_at) values (?, ?, ?, ?)",
                        username, checked.locale(), checked.timeZone(), now);
            } catch (DuplicateKeyException sameMomentOnAnotherTab) {
                update(username, checked, now);
            }
        }
        return settingsOf(username);
    }

    private int update(String username, ViewerChoice choice, Timestamp now) {
        return jdbc.update("update viewer_preference set locale = ?, time_zone = ?, changed_at = ? where username = ?",
                choice.locale(), choice.timeZone(), now, username);
    }

    private Optional<Stored> stored(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.query("select locale, time_zone, changed_at from viewer_preference where username = ?",
                (row, i) -> new Stored(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()), username)
                .stream().findFirst();
    }

    private static ViewerChoice choiceOf(Viewer viewer) {
        return new ViewerChoice(viewer.locale().toLanguageTag(), viewer.timeZone().getId());
    }

    private record Stored(String locale, String timeZone, Instant changedAt) {
    }
}

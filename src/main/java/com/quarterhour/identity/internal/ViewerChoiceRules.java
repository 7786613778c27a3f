package com.quarterhour.identity.internal;

import com.quarterhour.identity.ViewerChoice;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Text;
import com.quarterhour.shared.Viewer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What may be chosen and what a stored choice reads as. Only an offered locale and an IANA zone id may be stored
 * (offsets such as "+02:00" are not zones: they would be wrong for half the year). A stored value that is no longer
 * valid, because an administrator took a locale off the list or a zone id left the JDK's data, reads as the default:
 * a page never fails over a setting its reader cannot see.
 */
final class ViewerChoiceRules {

    /**
     * The JDK's IANA zone ids. Not all it knows: a library may register zones of its own (ical4j adds "ical4j~…" ids
     * for the calendars it reads), and "SystemV/…" are the JDK's old fixed-offset ids, not IANA's.
     */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*") && !id.startsWith("SystemV/"))
            .sorted().toList();
    private static final Set<String> ZONE_SET = Set.copyOf(ZONES);

    private final Viewer defaults;
    private final List<Locale> offered;

    ViewerChoiceRules(Viewer defaults, List<Locale> offered) {
        this.defaults = defaults;
        this.offered = List.copyOf(offered);
    }

    Viewer defaults() {
        return defaults;
    }

    List<String> zones() {
        return ZONES;
    }

    List<Locale> offered() {
        return offered;
    }

    /** The choice as stored: blanks are nulls and a locale is written as its offered tag ("de-de" is "de-DE"). */
    ViewerChoice checked(ViewerChoice choice) {
        String locale = blankToNull(choice.locale());
        String zone = blankToNull(choice.timeZone());
        if (locale != null) {
            locale = offeredTag(locale).orElseThrow(() -> DomainException.invalid("locale: '" + Text.quotable(choice.locale())
                    + "' is not offered; choose one of " + tags() + ", or null for the default"));
        }
        if (zone != null && !ZONE_SET.contains(zone)) {
            throw DomainException.invalid("timeZone: '" + Text.quotable(zone) + "' is not an IANA time zone id; "
                    + "use one such as Europe/London or America/New_York, or null for the default");
        }
        return new ViewerChoice(locale, zone);
    }

    /** What a stored choice reads as: each value that is missing or no longer valid is the default. */
    Viewer effective(String locale, String zone) {
        Locale readLocale = locale == null ? defaults.locale()
                : offeredTag(locale).map(Locale::forLanguageTag).orElse(defaults.locale());
        ZoneId readZone = zone != null && ZONE_SET.contains(zone) ? ZoneId.of(zone) : defaults.timeZone();
        return new Viewer(readLocale, readZone);
    }

    private java.util.Optional<String> offeredTag(String tag) {
        return offered.stream().map(Locale::toLanguageTag).filter(t -> t.equalsIgnoreCase(tag)).findFirst();
    }

    private String tags() {
        return offered.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package com.quarterhour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.identity.ViewerChoice;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Viewer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ViewerChoiceRulesTest {

    private static final Viewer DEFAULTS = new Viewer(Locale.UK, ZoneId.of("Europe/London"));
    private final ViewerChoiceRules rules = new ViewerChoiceRules(DEFAULTS,
            List.of(Locale.UK, Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("fr-FR")));

    @Test
    void anOfferedLocaleAndAnIanaZoneAreStoredAsTheyAreOffered() {
        assertThat(rules.checked(new ViewerChoice("de-de", "Europe/Berlin")))
                .isEqualTo(new ViewerChoice("de-DE", "Europe/Berlin"));
    }

    @Test
    void blanksAndNullsMeanTheDefaults() {
        assertThat(rules.checked(new ViewerChoice(" ", null))).isEqualTo(ViewerChoice.DEFAULTS);
        assertThat(rules.effective(null, null)).isEqualTo(DEFAULTS);
    }

    @Test
    void aLocaleNotOfferedIsRefusedNamingTheFieldAndTheOfferedOnes() {
        assertThatThrownBy(() -> rules.checked(new ViewerChoice("nl-NL", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST))
                .hasMessage("locale: 'nl-NL' is not offered; choose one of en-GB, de-DE, fr-FR, or null for the default");
        // a language alone is not its regional variant
        assertThatThrownBy(() -> rules.checked(new ViewerChoice("de", null))).hasMessageStartingWith("locale: 'de'");
    }

    @Test
    void anOffsetOrAnUnknownZoneIsRefusedNamingTheField() {
        for (String zone : List.of("+02:00", "UTC+1", "Mars/Olympus_Mons", "europe/berlin", "SystemV/AST4")) {
            assertThatThrownBy(() -> rules.checked(new ViewerChoice(null, zone)))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("timeZone: '" + zone + "' is not an IANA time zone id");
        }
    }

    @Test
    void aStoredValueNoLongerValidReadsAsTheDefaultAndTheOtherStays() {
        assertThat(rules.effective("nl-NL", "Europe/Berlin"))
                .isEqualTo(new Viewer(Locale.UK, ZoneId.of("Europe/Berlin")));
        assertThat(rules.effective("de-DE", "Atlantis/Capital"))
                .isEqualTo(new Viewer(Locale.GERMANY, ZoneId.of("Europe/London")));
    }
}

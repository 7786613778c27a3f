package com.quarterhour.identity.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quarterhour.viewers}: the locale people read dates, times and money in until they choose their own, and the
 * locales they may choose from. The default time zone is the company's ({@code quarterhour.company-time-zone}).
 */
@ConfigurationProperties("quarterhour.viewers")
record ViewerProperties(@DefaultValue("en-GB") Locale defaultLocale,
        @DefaultValue({"en-GB", "en-US", "en-IE", "de-DE", "fr-FR", "nl-NL", "es-ES"}) List<Locale> locales) {
}

package com.quarterhour.identity;

/**
 * What one person chose to read in: a locale (a language tag such as {@code de-DE}) and an IANA time zone (such as
 * {@code Europe/Berlin}); null for either means the installation's default, so a changed default reaches them.
 */
public record ViewerChoice(String locale, String timeZone) {

    /** No choice of their own: the defaults for both. */
    public static final ViewerChoice DEFAULTS = new ViewerChoice(null, null);
}

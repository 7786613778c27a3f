package com.quarterhour.identity;

import java.time.Instant;
import java.util.List;

/**
 * One person's settings as the settings page and {@code /api/me/preferences} show them: what they chose (nulls for
 * the defaults), what is in effect (a stored value no longer offered reads as the default), the installation's
 * defaults, the locales on offer (the default first), and when they last changed their choice (null: never).
 */
public record ViewerSettings(ViewerChoice chosen, ViewerChoice effective, ViewerChoice defaults,
        List<String> offeredLocales, Instant changedAt) {
}

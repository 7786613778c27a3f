package com.quarterhour.identity;

import com.quarterhour.shared.Viewer;
import java.util.List;
import java.util.Locale;

/**
 * Each person's locale and time zone: what they chose for themselves, otherwise the installation's defaults
 * ({@code quarterhour.viewers}). Staff and portal users alike.
 */
public interface Viewers {

    /** The person logged in as {@code username}; the defaults for a name without a choice (or null). */
    Viewer of(String username);

    /** The person of the current request's login; the defaults outside a request or without a login. */
    Viewer current();

    /** The installation's defaults: its locale and the company's time zone. */
    Viewer defaults();

    /** The locales people may choose from, the default first. */
    List<Locale> offeredLocales();
}

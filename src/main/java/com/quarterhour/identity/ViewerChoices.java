package com.quarterhour.identity;

import java.util.List;

/** Each person's own choice of locale and time zone, read and changed by themselves (staff and portal users alike). */
public interface ViewerChoices {

    /** The settings of the person logged in as {@code username}. */
    ViewerSettings settingsOf(String username);

    /**
     * Stores {@code choice} as the person's own (null or blank for a default), replacing the one before. A locale not
     * offered ({@code quarterhour.viewers.locales}) or a time zone that is not an IANA zone id is refused with a 400
     * that names the field and what it allows, and nothing is written.
     */
    ViewerSettings choose(String username, ViewerChoice choice);

    /** The time zones that may be chosen: IANA's zone ids as the JDK knows them, sorted. */
    List<String> timeZones();
}

package com.quarterhour.shared;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * How one person reads dates, times and money: the locale they are written in, and the person's own time zone. A
 * moment that belongs to a customer (a request's due time, an appointment) is still shown in the customer's zone,
 * written in the reader's locale; the reader's own zone is for the rest ("updated 14:02", a staff page's times).
 */
public record Viewer(Locale locale, ZoneId timeZone) {

    public Viewer {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(timeZone, "timeZone");
    }
}

package com.quarterhour.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The dates the application accepts from outside: 2000-01-01 to 2099-12-31 (UTC for instants). Support work and
 * billing happen in this century; a date far outside it is a typo or an attack, and one such value once broke
 * every screen that sorts or formats dates (year -300000). Business rules (reported in the past, work dated
 * from the report to today) narrow this further where they apply.
 */
public final class InputBounds {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    /** How error messages state the range: "must be between 2000-01-01 and 2099-12-31". */
    public static final String RANGE = "between " + EARLIEST + " and " + LATEST;

    private static final Instant FIRST_INSTANT = EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT = LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private InputBounds() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }

    public static boolean contains(LocalDateTime dateTime) {
        return contains(dateTime.toLocalDate());
    }

    public static boolean contains(YearMonth month) {
        return contains(month.atDay(1));
    }
}

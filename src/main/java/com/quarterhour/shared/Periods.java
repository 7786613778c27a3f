package com.quarterhour.shared;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Periods of the API ({@code YYYY-MM}, 2000-01 to 2099-12, see {@link InputBounds}): a malformed one is a 400
 * naming the expected form.
 */
public final class Periods {

    private Periods() {
    }

    public static YearMonth parse(String period) {
        return optional(period).orElseThrow(() -> DomainException.invalid("period is required, e.g. 2026-10"));
    }

    /** Empty when no period was given. */
    public static Optional<YearMonth> optional(String period) {
        if (period == null || period.isBlank()) {
            return Optional.empty();
        }
        YearMonth month;
        try {
            month = YearMonth.parse(period.strip());
        } catch (DateTimeException e) {
            throw DomainException.invalid("period must be a month such as 2026-10, got '" + Text.quotable(period) + "'");
        }
        if (!InputBounds.contains(month)) {
            throw DomainException.invalid("period must be a month between " + YearMonth.from(InputBounds.EARLIEST)
                    + " and " + YearMonth.from(InputBounds.LATEST) + ", got '" + Text.quotable(period) + "'");
        }
        return Optional.of(month);
    }
}

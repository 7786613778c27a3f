package com.quarterhour.calendar;

import java.time.ZoneId;

/** A stored business calendar by name, for read models (the board, the administration page). */
public record CalendarSummary(long id, String name, ZoneId timeZone, boolean aroundTheClock) {
}

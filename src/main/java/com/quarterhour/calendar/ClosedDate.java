package com.quarterhour.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A whole day the calendar is closed, with the name an iCalendar feed gave it (null when it had none). */
public record ClosedDate(LocalDate date, @Schema(example = "Christmas Day") String name) {
}

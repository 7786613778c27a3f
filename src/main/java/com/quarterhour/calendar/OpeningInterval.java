package com.quarterhour.calendar;

import io.swagger.v3.oas.annotations.media.Schema;

/** One opening interval of a weekday in the calendar's local time: "09:00" to "17:00"; "24:00" ends the day. */
@Schema(description = "An opening interval in local time; 00:00-24:00 is a whole day")
public record OpeningInterval(
        @Schema(description = "Opening time, HH:mm", example = "09:00") String from,
        @Schema(description = "Closing time, HH:mm; 24:00 is the end of the day", example = "17:00") String to) {
}

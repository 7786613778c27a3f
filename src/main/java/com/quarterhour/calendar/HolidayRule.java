package com.quarterhour.calendar;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whose public holidays close the calendar: a country and, optionally, one of its regions as Jollyday names them. */
@Schema(description = "Public holidays from Jollyday; without a country the calendar has none")
public record HolidayRule(
        @Schema(description = "ISO 3166 country code", example = "GB") String country,
        @Schema(description = "Region code as Jollyday names it, e.g. sct (Scotland), ca (California), by (Bavaria), "
                + "nsw (New South Wales); without one GB uses England's, other countries their national holidays",
                example = "sct") String region) {
}

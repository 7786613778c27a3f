package com.quarterhour.sla;

import com.quarterhour.shared.Priority;
import io.swagger.v3.oas.annotations.media.Schema;

/** The targets of one priority: minutes of working time to the first response and to resolution (either optional). */
public record TargetRequest(
        Priority priority,
        @Schema(description = "Minutes to the first response; absent: measured, no target", example = "240")
        Integer responseMinutes,
        @Schema(description = "Minutes to resolution; absent: measured, no target", example = "480")
        Integer resolutionMinutes,
        @Schema(description = "The working time the targets count in", allowableValues = {"BUSINESS", "24/7"},
                example = "BUSINESS") String calendar) {
}

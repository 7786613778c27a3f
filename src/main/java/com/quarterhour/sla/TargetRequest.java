package com.quarterhour.sla;

import com.quarterhour.shared.Priority;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * The targets of one priority: minutes of working time to the first response and to resolution (either optional), and
 * the service credit promised per breach of either (optional).
 */
public record TargetRequest(
        Priority priority,
        @Schema(description = "Minutes to the first response; absent: measured, no target", example = "240")
        Integer responseMinutes,
        @Schema(description = "Minutes to resolution; absent: measured, no target", example = "480")
        Integer resolutionMinutes,
        @Schema(description = "The working time the targets count in", allowableValues = {"BUSINESS", "24/7"},
                example = "BUSINESS") String calendar,
        @Schema(description = "Percent of the monthly fee credited for each breached response or resolution target "
                + "of this priority, above 0 and at most 100 (two decimals at most); absent: no credit. Needs the "
                + "policy's serviceCreditCapPercent", example = "5") BigDecimal serviceCreditPercent) {

    /** Targets without a service credit. */
    public TargetRequest(Priority priority, Integer responseMinutes, Integer resolutionMinutes, String calendar) {
        this(priority, responseMinutes, resolutionMinutes, calendar, null);
    }
}

package com.quarterhour.engagement.web;

import com.quarterhour.engagement.EstimateAccuracyReport;
import com.quarterhour.engagement.EstimateService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports")
class EstimateAccuracyController {

    private final EstimateService estimates;

    EstimateAccuracyController(EstimateService estimates) {
        this.estimates = estimates;
    }

    @GetMapping("/api/reports/estimate-accuracy")
    @Operation(operationId = "estimateAccuracy", summary = "Estimate accuracy per component for a range of months",
            description = "The engagements completed from the first day of 'from' to the last day of 'to' (company "
                    + "time zone) that have an estimate. Each engagement's captured minutes are split over its "
                    + "components in proportion to their estimated hours, in whole minutes (the minutes left by "
                    + "rounding down go to the largest remainders); ratio = actual ÷ estimated, null where nothing "
                    + "was estimated. Components by name, then the total. A malformed month or 'to' before 'from': 400.")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    EstimateAccuracyReport accuracy(
            @Parameter(description = "first month, YYYY-MM", example = "2026-10") @RequestParam(required = false) String from,
            @Parameter(description = "last month, YYYY-MM; defaults to 'from'", example = "2026-12")
            @RequestParam(required = false) String to) {
        return estimates.accuracy(from, to);
    }
}

package com.quarterhour.sla.web;

import com.quarterhour.sla.SlaReport;
import com.quarterhour.sla.SlaReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports")
class SlaReportController {

    private final SlaReports reports;

    SlaReportController(SlaReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/sla")
    @Operation(operationId = "slaCompliance", summary = "SLA response compliance per plan and per SLA policy for a month")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
    SlaReport responseCompliance(@RequestParam(required = false) String period) {
        return reports.responseCompliance(period);
    }
}

package com.quarterhour.sla.web;

import com.quarterhour.sla.SlaReport;
import com.quarterhour.sla.SlaReports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SlaReportController {

    private final SlaReports reports;

    SlaReportController(SlaReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/sla")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
    SlaReport responseCompliance(@RequestParam(required = false) String period) {
        return reports.responseCompliance(period);
    }
}

package com.quarterhour.estimate.web;

import com.quarterhour.estimate.EstimateCatalogue;
import com.quarterhour.estimate.EstimateComponent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Estimates", description = "The estimate tables: average hours per web-site and help-desk component")
class EstimateCatalogueController {

    private final EstimateCatalogue catalogue;

    EstimateCatalogueController(EstimateCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/estimates/catalogue")
    @Operation(operationId = "listEstimateComponents", summary = "The estimate components with their average hours per unit",
            description = "The web-site table first, then the help-desk table. A component at 0 hours is quoted "
                    + "separately and adds no hours to an estimate.")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN')")
    List<EstimateComponent> catalogue() {
        return catalogue.all();
    }
}

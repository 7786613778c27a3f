package com.quarterhour.sla.web;

import com.quarterhour.sla.PolicyDetails;
import com.quarterhour.sla.PolicyRequest;
import com.quarterhour.sla.Reapplied;
import com.quarterhour.sla.SlaPolicies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sla-policies")
@Tag(name = "SLA policies", description = "The promised response and resolution times per priority, as data")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
class SlaPolicyController {

    private static final String EXAMPLE = """
            {"name": "Gold support", "targets": [
              {"priority": "P1", "responseMinutes": 60, "resolutionMinutes": 480, "calendar": "24/7",
               "serviceCreditPercent": 5},
              {"priority": "P2", "responseMinutes": 240, "calendar": "BUSINESS"}],
             "warnAtPercent": 75, "goalPercent": 90, "escalateAtPercent": 150,
             "escalateTo": "head-of-support@example.com", "serviceCreditCapPercent": 25}""";

    private final SlaPolicies policies;

    SlaPolicyController(SlaPolicies policies) {
        this.policies = policies;
    }

    @PostMapping
    @Operation(operationId = "createSlaPolicy", summary = "Create an SLA policy",
            description = "Per priority a response and a resolution target in minutes (either may be left out: measured, "
                    + "no target), each counted in the business calendar or 24/7. A priority without a row is measured "
                    + "only. A priority may promise a service credit per breach (serviceCreditPercent of the monthly "
                    + "fee), capped per month by serviceCreditCapPercent; a manager approves each one and it is "
                    + "deducted on the next month-end invoice.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "policy", value = EXAMPLE))))
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<PolicyDetails> create(@RequestBody PolicyRequest request) {
        PolicyDetails created = policies.create(request);
        return ResponseEntity.created(URI.create("/api/sla-policies/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(operationId = "listSlaPolicies", summary = "List the SLA policies by name, each as its current version")
    List<PolicyDetails> list() {
        return policies.list();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSlaPolicy", summary = "Read an SLA policy as its current version")
    PolicyDetails get(@PathVariable long id) {
        return policies.get(id);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateSlaPolicy", summary = "Change an SLA policy: its next version",
            description = "New requests start on the new version; open requests keep the version they started on "
                    + "until the policy is re-applied.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "policy", value = EXAMPLE))))
    @PreAuthorize("hasRole('ADMIN')")
    PolicyDetails update(@PathVariable long id, @RequestBody PolicyRequest request) {
        return policies.update(id, request);
    }

    @PostMapping("/{id}/reapply")
    @Operation(operationId = "reapplySlaPolicy", summary = "Move the open requests on this policy to the terms as they stand",
            description = "The open requests that run on any version of this policy take the terms that apply to them "
                    + "now (this policy's current version, or the policy their customer's contract names today); their "
                    + "due times and timers move. Warnings already sent are not sent again.")
    @PreAuthorize("hasRole('ADMIN')")
    Reapplied reapply(@PathVariable long id) {
        return new Reapplied(policies.reapply(id));
    }
}

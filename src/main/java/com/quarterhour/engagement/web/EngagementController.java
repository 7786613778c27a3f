package com.quarterhour.engagement.web;

import com.quarterhour.engagement.EngagementDetails;
import com.quarterhour.engagement.EngagementDetails.AdjustmentView;
import com.quarterhour.engagement.EngagementDetails.TimeEntryView;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.CustomerReply;
import com.quarterhour.engagement.EngagementService.Decision;
import com.quarterhour.engagement.EngagementService.EngagementFilter;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.engagement.EstimateService;
import com.quarterhour.engagement.EstimateService.EstimateRequest;
import com.quarterhour.engagement.EstimateService.Estimated;
import com.quarterhour.engagement.TimeCorrection;
import com.quarterhour.identity.CustomerScope;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.web.SortableBy;
import com.quarterhour.shared.Priority;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The engagement API. Customer users may report, list and read, for their own account only (see CustomerScope). */
@RestController
@Tag(name = "Engagements", description = "Support requests: report, triage, time, resolution, adjustments")
class EngagementController {

    private final EngagementService engagements;
    private final CustomerScope scope;
    private final EstimateService estimates;

    EngagementController(EngagementService engagements, CustomerScope scope, EstimateService estimates) {
        this.engagements = engagements;
        this.scope = scope;
        this.estimates = estimates;
    }

    @PostMapping("/api/engagements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "reportEngagement", summary = "Report a request or book an appointment",
            description = "Starts the support-request process; the request then waits for triage. Customer users report "
                    + "for their own account only.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "report", value = """
                            {"customerId": 1, "title": "Printer offline", "description": "Nothing prints since this morning",
                             "channel": "REPORT", "impact": "SEVERELY_IMPAIRED"}"""),
                    @ExampleObject(name = "appointment", value = """
                            {"customerId": 1, "title": "Server move", "channel": "APPOINTMENT", "impact": "FULLY_USABLE",
                             "appointmentStart": "2026-12-01T09:00:00Z"}""")})))
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN','CUSTOMER')")
    ResponseEntity<Started> report(@RequestBody NewEngagement request, Principal user) {
        Started started = scope.customerId()
                .map(own -> engagements.reportAsCustomer(own, request, user.getName()))
                .orElseGet(() -> engagements.report(request, user.getName()));
        return ResponseEntity.created(URI.create("/api/engagements/" + started.id())).body(started);
    }

    @GetMapping("/api/engagements")
    @Operation(operationId = "listEngagements", summary = "List engagements, a page at a time",
            description = "Newest report first unless sorted otherwise. A customer user sees its own account's only "
                    + "(another account's customerId gives an empty page).")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN','CUSTOMER')")
    PagedModel<EngagementDetails> list(@RequestParam(required = false) Long customerId,
            @RequestParam(required = false) EngagementStatus status,
            @RequestParam(required = false) @Parameter(description = "The priority in force (the suggestion until triage)")
            Priority priority,
            @ParameterObject @SortableBy(EngagementService.SORTABLE) Pageable pageable) {
        return new PagedModel<>(scope.page(customerId, pageable,
                customer -> engagements.list(new EngagementFilter(customer, status, priority), pageable)
                        .map(this::asCallerSees)));
    }


    @GetMapping("/api/engagements/{id}")
    @Operation(operationId = "getEngagement", summary = "Read an engagement with its time, SLA clocks and adjustments",
            description = "A customer user reads the notes of time entries only where notePublic is true (null otherwise).")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN','CUSTOMER')")
    EngagementDetails get(@PathVariable long id) {
        EngagementDetails engagement = engagements.get(id);
        scope.requireVisible(engagement.customerId(), () -> DomainException.notFound("Engagement " + id + " does not exist"));
        return asCallerSees(engagement);
    }

    /** A customer user does not see the time entries' notes that the technician kept for staff. */
    private EngagementDetails asCallerSees(EngagementDetails engagement) {
        return scope.isCustomer() ? engagement.asCustomerSees() : engagement;
    }

    @PostMapping("/api/engagements/{id}/triage")
    @Operation(operationId = "triageEngagement", summary = "Triage: confirm the priority, billable, and the technician",
            description = "Completes the Triage task. Without a technician the work waits in the technicians' queue.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "assigned", value = """
                            {"priority": "P2", "billable": true, "technician": "technician"}"""),
                    @ExampleObject(name = "queue", value = """
                            {"priority": "P3", "billable": true}""")})))
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    EngagementDetails triage(@PathVariable long id, @RequestBody Triage request, Principal user) {
        return engagements.triage(id, request, user.getName());
    }

    @PostMapping("/api/engagements/{id}/estimate")
    @Operation(operationId = "estimateEngagement", summary = "Estimate an engagement from the estimate components",
            description = "Stores the estimate in place of any earlier one and answers its hours and its price at the "
                    + "engagement's priority and plan rate. A plan that charges no hourly rate (a monthly package, "
                    + "per incident, per minute, a dedicated seat) gets hours only, and 'pricing' says why. Unknown "
                    + "component or a quantity outside 1..1000: 400; a completed engagement: 409.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples =
                    @ExampleObject(name = "estimate", value = """
                            {"components": [{"name": "Standard Pages", "quantity": 5},
                                            {"name": "Secure Login", "quantity": 1}]}"""))))
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','TECHNICIAN')")
    Estimated estimate(@PathVariable long id, @RequestBody EstimateRequest request) {
        return estimates.estimate(id, request);
    }

    @PostMapping("/api/engagements/{id}/time-entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "captureTime", summary = "Capture time worked on an open engagement",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples =
                    @ExampleObject(name = "time entry", value = """
                            {"workDate": "2026-10-14", "minutes": 45, "note": "Reinstalled the print driver"}"""))))
    @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
    ResponseEntity<TimeEntryView> captureTime(@PathVariable long id, @RequestBody NewTimeEntry request, Principal user) {
        TimeEntryView entry = engagements.captureTime(id, request, user.getName());
        return ResponseEntity.created(URI.create("/api/engagements/" + id)).body(entry);
    }

    @PutMapping("/api/engagements/{id}/time-entries/{entryId}")
    @Operation(operationId = "correctTimeEntry", summary = "Correct a time entry of an engagement not yet completed")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN')")
    TimeEntryView correctTime(@PathVariable long id, @PathVariable long entryId, @RequestBody TimeCorrection request,
            Principal user) {
        return engagements.correctTime(id, entryId, request, user.getName());
    }

    @GetMapping("/api/engagements/{id}/time-entries/{entryId}/corrections")
    @Operation(operationId = "listTimeEntryCorrections", summary = "The corrections of a time entry, oldest first")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN')")
    List<TimeCorrection.Made> corrections(@PathVariable long id, @PathVariable long entryId) {
        return engagements.corrections(id, entryId);
    }

    @PostMapping("/api/engagements/{id}/resume")
    @Operation(operationId = "resumeEngagement", summary = "The customer answered: resume work")
    @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
    EngagementDetails resume(@PathVariable long id, @RequestBody(required = false) CustomerReply request, Principal user) {
        return engagements.resume(id, request, user.getName());
    }

    @PostMapping("/api/engagements/{id}/resolve")
    @Operation(operationId = "resolveEngagement", summary = "Resolve with a root cause",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples =
                    @ExampleObject(name = "resolution", value = """
                            {"rootCause": "BUG", "note": "Driver update from our side broke the queue"}"""))))
    @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
    EngagementDetails resolve(@PathVariable long id, @RequestBody Resolution request, Principal user) {
        return engagements.resolve(id, request, user.getName());
    }

    @PostMapping("/api/adjustments/{id}/decision")
    @Operation(operationId = "decideAdjustment", summary = "Approve or reject a bug credit or waiver",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples =
                    @ExampleObject(name = "decision", value = """
                            {"approved": true, "comment": "Confirmed, our regression"}"""))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    AdjustmentView decide(@PathVariable long id, @RequestBody Decision request, Principal user) {
        return engagements.decide(id, request, user.getName());
    }
}

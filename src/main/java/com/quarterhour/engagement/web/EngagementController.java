package com.quarterhour.engagement.web;

import com.quarterhour.engagement.EngagementDetails;
import com.quarterhour.engagement.EngagementDetails.AdjustmentView;
import com.quarterhour.engagement.EngagementDetails.TimeEntryView;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.CustomerReply;
import com.quarterhour.engagement.EngagementService.Decision;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.TimeCorrection;
import com.quarterhour.identity.CustomerScope;
import com.quarterhour.shared.DomainException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The engagement API. Customer users may report, list and read, for their own account only (see CustomerScope). */
@RestController
class EngagementController {

    private final EngagementService engagements;
    private final CustomerScope scope;

    EngagementController(EngagementService engagements, CustomerScope scope) {
        this.engagements = engagements;
        this.scope = scope;
    }

    @PostMapping("/api/engagements")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN','CUSTOMER')")
    ResponseEntity<Started> report(@RequestBody NewEngagement request, Principal user) {
        Started started = scope.customerId()
                .map(own -> engagements.reportAsCustomer(own, request, user.getName()))
                .orElseGet(() -> engagements.report(request, user.getName()));
        return ResponseEntity.created(URI.create("/api/engagements/" + started.id())).body(started);
    }

    @GetMapping("/api/engagements")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN','CUSTOMER')")
    List<EngagementDetails> list(@RequestParam(required = false) Long customerId) {
        return scope.list(customerId, engagements::list);
    }

    @GetMapping("/api/engagements/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN','CUSTOMER')")
    EngagementDetails get(@PathVariable long id) {
        EngagementDetails engagement = engagements.get(id);
        scope.requireVisible(engagement.customerId(), () -> DomainException.notFound("Engagement " + id + " does not exist"));
        return engagement;
    }

    @PostMapping("/api/engagements/{id}/triage")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    EngagementDetails triage(@PathVariable long id, @RequestBody Triage request, Principal user) {
        return engagements.triage(id, request, user.getName());
    }

    @PostMapping("/api/engagements/{id}/time-entries")
    @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
    ResponseEntity<TimeEntryView> captureTime(@PathVariable long id, @RequestBody NewTimeEntry request, Principal user) {
        TimeEntryView entry = engagements.captureTime(id, request, user.getName());
        return ResponseEntity.created(URI.create("/api/engagements/" + id)).body(entry);
    }

    @PutMapping("/api/engagements/{id}/time-entries/{entryId}")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN')")
    TimeEntryView correctTime(@PathVariable long id, @PathVariable long entryId, @RequestBody TimeCorrection request,
            Principal user) {
        return engagements.correctTime(id, entryId, request, user.getName());
    }

    @GetMapping("/api/engagements/{id}/time-entries/{entryId}/corrections")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN')")
    List<TimeCorrection.Made> corrections(@PathVariable long id, @PathVariable long entryId) {
        return engagements.corrections(id, entryId);
    }

    @PostMapping("/api/engagements/{id}/resume")
    @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
    EngagementDetails resume(@PathVariable long id, @RequestBody(required = false) CustomerReply request, Principal user) {
        return engagements.resume(id, request, user.getName());
    }

    @PostMapping("/api/engagements/{id}/resolve")
    @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
    EngagementDetails resolve(@PathVariable long id, @RequestBody Resolution request, Principal user) {
        return engagements.resolve(id, request, user.getName());
    }

    @PostMapping("/api/adjustments/{id}/decision")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    AdjustmentView decide(@PathVariable long id, @RequestBody Decision request, Principal user) {
        return engagements.decide(id, request, user.getName());
    }
}

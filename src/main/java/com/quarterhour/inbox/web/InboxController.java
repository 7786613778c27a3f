package com.quarterhour.inbox.web;

import com.quarterhour.inbox.HeldMailView;
import com.quarterhour.inbox.internal.HeldMails;
import com.quarterhour.shared.web.SortableBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inbox")
@Tag(name = "Inbox", description = "Mails to the support mailbox that wait for a coordinator")
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
class InboxController {

    private final HeldMails heldMails;

    InboxController(HeldMails heldMails) {
        this.heldMails = heldMails;
    }

    @GetMapping("/held")
    @Operation(operationId = "listHeldMails", summary = "List held mails, a page at a time",
            description = "Mails from senders who are no customer's contact (or that the request they named refused),"
                    + " kept for a coordinator to assign to a customer or discard in Tasklist. The oldest first unless"
                    + " sorted otherwise.")
    PagedModel<HeldMailView> held(
            @RequestParam(required = false) @Parameter(description = "HELD (the default), ASSIGNED or DISCARDED")
            @Pattern(regexp = "HELD|ASSIGNED|DISCARDED", message = "must be HELD, ASSIGNED or DISCARDED") String status,
            @ParameterObject @SortableBy(HeldMails.SORTABLE) Pageable pageable) {
        return new PagedModel<>(heldMails.list(status, pageable));
    }
}

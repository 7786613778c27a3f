package com.quarterhour.sla.web;

import com.quarterhour.sla.ContractTerms;
import com.quarterhour.sla.Reapplied;
import com.quarterhour.sla.TermsDetails;
import com.quarterhour.sla.TermsRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers/{id}/terms")
@Tag(name = "Customers")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR')")
class ContractTermsController {

    private final ContractTerms terms;

    ContractTermsController(ContractTerms terms) {
        this.terms = terms;
    }

    @GetMapping
    @Operation(operationId = "getContractTerms", summary = "A customer's own SLA policy and business calendar",
            description = "Null where the customer has none of its own: its plan's policy and its office hours apply.")
    TermsDetails get(@PathVariable long id) {
        return terms.get(id);
    }

    @PutMapping
    @Operation(operationId = "setContractTerms", summary = "Set a customer's own SLA policy and business calendar",
            description = "They override the plan's policy and the customer's office hours for requests reported from "
                    + "now on; open requests keep their terms until the customer's terms are re-applied. A null value "
                    + "falls back to the plan's policy or the office hours.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "terms", value = """
                            {"slaPolicyId": 4, "calendarId": 2}"""))))
    @PreAuthorize("hasRole('ADMIN')")
    TermsDetails put(@PathVariable long id, @RequestBody TermsRequest request) {
        return terms.put(id, request);
    }

    @PostMapping("/reapply")
    @Operation(operationId = "reapplyContractTerms", summary = "Move the customer's open requests to its terms as they stand",
            description = "Its open requests take the policy and calendar that apply to them now; their due times and "
                    + "timers move. Warnings already sent are not sent again.")
    @PreAuthorize("hasRole('ADMIN')")
    Reapplied reapply(@PathVariable long id) {
        return new Reapplied(terms.reapply(id));
    }
}

package com.quarterhour.customer.web;

import com.quarterhour.customer.BillingDetails;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.customer.SubscriptionView;
import com.quarterhour.shared.web.SortableBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "Customer accounts and their support subscriptions")
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN')")
class CustomerController {

    private final CustomerService customers;

    CustomerController(CustomerService customers) {
        this.customers = customers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createCustomer", summary = "Create a customer account",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "customer", value = """
                            {"name": "Acme Ltd", "currency": "GBP", "timeZone": "Europe/London", "country": "GB",
                             "vatRate": 0.20, "managerUsername": "manager", "contactEmail": "it@acme.example",
                             "billingDetails": {"street": "1 High Street", "postcode": "SW1A 1AA", "city": "London",
                                                "vatId": "GB123456789", "buyerReference": "PO-2026-17"}}"""))))
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
    ResponseEntity<CustomerView> create(@Valid @RequestBody NewCustomer request) {
        CustomerView created = customers.create(request);
        return ResponseEntity.created(URI.create("/api/customers/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(operationId = "listCustomers", summary = "List customers, a page at a time",
            description = "By name unless sorted otherwise.")
    PagedModel<CustomerView> list(
            @RequestParam(required = false) @Parameter(description = "Part of the name, ignoring case")
            @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
            String name,
            @ParameterObject @SortableBy(CustomerService.SORTABLE) Pageable pageable) {
        return new PagedModel<>(customers.list(name, pageable));
    }


    @GetMapping("/{id}")
    @Operation(operationId = "getCustomer", summary = "Read a customer with its active subscription")
    CustomerView get(@PathVariable long id) {
        return customers.get(id);
    }

    @PutMapping("/{id}/billing-details")
    @Operation(operationId = "updateBillingDetails", summary = "Replace a customer's billing details (for e-invoices)",
            description = "Postal address, VAT id and buyer reference (BT-10 of EN 16931; a German public buyer's "
                    + "Leitweg-ID), each optional: a missing or blank field is removed. An e-invoice needs street, "
                    + "postcode, city and buyer reference; without them it answers 409 naming what is missing.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "billing details", value = """
                            {"street": "Friedrichstraße 10", "postcode": "10117", "city": "Berlin",
                             "vatId": "DE123456789", "buyerReference": "04011000-12345-67"}"""))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    CustomerView updateBillingDetails(@PathVariable long id, @Valid @RequestBody BillingDetails request) {
        return customers.updateBillingDetails(id, request);
    }

    @GetMapping("/{id}/subscriptions")
    @Operation(operationId = "listSubscriptions", summary = "A customer's subscriptions, newest start first")
    List<SubscriptionView> subscriptions(@PathVariable long id) {
        return customers.subscriptions(id);
    }

    @PostMapping("/{id}/subscriptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "subscribe", summary = "Put a customer on a plan",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "subscription", value = """
                            {"planCode": "BPS-20", "startDate": "2026-10-01"}"""))))
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
    ResponseEntity<SubscriptionView> subscribe(@PathVariable long id, @Valid @RequestBody NewSubscription request) {
        SubscriptionView created = customers.subscribe(id, request.planCode(), request.startDate());
        return ResponseEntity.created(URI.create("/api/customers/" + id + "/subscriptions/" + created.id())).body(created);
    }

    @PostMapping("/{id}/subscriptions/{subscriptionId}/cancel")
    @Operation(operationId = "cancelSubscription", summary = "Cancel a subscription from a date")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    SubscriptionView cancel(@PathVariable long id, @PathVariable long subscriptionId,
            @Valid @RequestBody Cancellation request) {
        return customers.cancel(id, subscriptionId, request.endDate());
    }

    record NewSubscription(@NotBlank String planCode, LocalDate startDate) {
    }

    record Cancellation(@jakarta.validation.constraints.NotNull LocalDate endDate) {
    }
}

package com.quarterhour.customer.web;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.customer.SubscriptionView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN')")
class CustomerController {

    private final CustomerService customers;

    CustomerController(CustomerService customers) {
        this.customers = customers;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
    ResponseEntity<CustomerView> create(@Valid @RequestBody NewCustomer request) {
        CustomerView created = customers.create(request);
        return ResponseEntity.created(URI.create("/api/customers/" + created.id())).body(created);
    }

    @GetMapping
    List<CustomerView> list() {
        return customers.list();
    }

    @GetMapping("/{id}")
    CustomerView get(@PathVariable long id) {
        return customers.get(id);
    }

    @GetMapping("/{id}/subscriptions")
    List<SubscriptionView> subscriptions(@PathVariable long id) {
        return customers.subscriptions(id);
    }

    @PostMapping("/{id}/subscriptions")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
    ResponseEntity<SubscriptionView> subscribe(@PathVariable long id, @Valid @RequestBody NewSubscription request) {
        SubscriptionView created = customers.subscribe(id, request.planCode(), request.startDate());
        return ResponseEntity.created(URI.create("/api/customers/" + id + "/subscriptions/" + created.id())).body(created);
    }

    @PostMapping("/{id}/subscriptions/{subscriptionId}/cancel")
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

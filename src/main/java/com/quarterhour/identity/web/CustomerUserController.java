package com.quarterhour.identity.web;

import com.quarterhour.identity.CustomerUserView;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff create the portal logins of a customer account. */
@RestController
@Tag(name = "Customers")
class CustomerUserController {

    private final CustomerUsers users;

    CustomerUserController(CustomerUsers users) {
        this.users = users;
    }

    @PostMapping("/api/customers/{id}/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createCustomerUser", summary = "Create a portal and API login for a customer",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "customer user", value = """
                            {"username": "alice", "password": "Printer&Paper-2026", "email": "alice@example.com"}"""))))
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
    ResponseEntity<CustomerUserView> create(@PathVariable long id, @RequestBody NewCustomerUser request, Principal user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(users.create(id, request, user.getName()));
    }
}

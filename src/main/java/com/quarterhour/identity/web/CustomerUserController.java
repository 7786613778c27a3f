package com.quarterhour.identity.web;

import com.quarterhour.identity.CustomerUserView;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff create the portal logins of a customer account. */
@RestController
class CustomerUserController {

    private final CustomerUsers users;

    CustomerUserController(CustomerUsers users) {
        this.users = users;
    }

    @PostMapping("/api/customers/{id}/users")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
    ResponseEntity<CustomerUserView> create(@PathVariable long id, @RequestBody NewCustomerUser request, Principal user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(users.create(id, request, user.getName()));
    }
}

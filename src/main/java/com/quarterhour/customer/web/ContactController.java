package com.quarterhour.customer.web;

import com.quarterhour.customer.ContactRequest;
import com.quarterhour.customer.ContactService;
import com.quarterhour.customer.ContactView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The contacts of a customer account: staff read them, and those who may change customers change them. */
@RestController
@RequestMapping("/api/customers/{id}/contacts")
@Tag(name = "Customers")
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN')")
class ContactController {

    private static final String EXAMPLE = """
            {"name": "Alice Example", "email": "alice@acme.example", "portalUser": "alice", "copiedOnAll": false}""";

    private final ContactService contacts;

    ContactController(ContactService contacts) {
        this.contacts = contacts;
    }

    @GetMapping
    @Operation(operationId = "listContacts", summary = "A customer's contacts, by name")
    List<ContactView> list(@PathVariable long id) {
        return contacts.list(id);
    }

    @PostMapping
    @Operation(operationId = "createContact", summary = "Add a contact to a customer",
            description = "The e-mail address is unique across all contacts (ignoring case) and required unless the "
                    + "contact has a portal login (portalUser: a login of the same customer). A contact copied on all "
                    + "gets the mails of every request of the customer; others those of the requests they reported.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "contact", value = EXAMPLE))))
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
    ResponseEntity<ContactView> create(@PathVariable long id, @RequestBody ContactRequest request) {
        ContactView created = contacts.create(id, request);
        return ResponseEntity.created(URI.create("/api/customers/" + id + "/contacts/" + created.id())).body(created);
    }

    @PutMapping("/{contactId}")
    @Operation(operationId = "updateContact", summary = "Replace a contact's name, address, portal login and copy flag",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "contact", value = EXAMPLE))))
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
    ContactView update(@PathVariable long id, @PathVariable long contactId, @RequestBody ContactRequest request) {
        return contacts.update(id, contactId, request);
    }

    @DeleteMapping("/{contactId}")
    @Operation(operationId = "removeContact", summary = "Remove a contact",
            description = "The contact is no longer listed or mailed and its address and portal login are free again; "
                    + "requests it reported keep its name.")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long contactId) {
        contacts.remove(id, contactId);
        return ResponseEntity.noContent().build();
    }
}

package com.quarterhour.customer;

import java.util.List;
import java.util.Optional;

/** The contacts of customer accounts. */
public interface CustomerContacts {

    /** The contact with this e-mail address (case-insensitive); an address belongs to one contact at most. */
    Optional<ContactView> byEmail(String email);

    /** The contact linked to this portal login, if any. */
    Optional<ContactView> byPortalUser(String username);

    Optional<ContactView> byId(long contactId);

    /** Who is told about a request: its reporter (when known) and every contact copied on all, each once. */
    List<ContactView> recipients(long customerId, Long reporterContactId);
}

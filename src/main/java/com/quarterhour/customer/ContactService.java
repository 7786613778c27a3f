package com.quarterhour.customer;

import com.quarterhour.customer.internal.Contact;
import com.quarterhour.customer.internal.ContactRepository;
import com.quarterhour.customer.internal.CustomerRepository;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.EmailAddresses;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts of customer accounts: who is told about requests by mail, and whose address maps an inbound mail to
 * its customer. An address belongs to one contact at most, whatever its case. Removing a contact keeps its name for
 * the requests it reported (see {@link #remove}).
 */
@Service
@Transactional
public class ContactService implements CustomerContacts {

    private static final int NAME_LIMIT = 200;

    private final ContactRepository contacts;
    private final CustomerRepository customers;
    private final PortalLogins logins;
    private final Clock clock;

    ContactService(ContactRepository contacts, CustomerRepository customers, PortalLogins logins, Clock clock) {
        this.contacts = contacts;
        this.customers = customers;
        this.logins = logins;
        this.clock = clock;
    }

    /** The customer's contacts by name; 404 for an unknown customer. */
    @Transactional(readOnly = true)
    public List<ContactView> list(long customerId) {
        requireCustomer(customerId);
        return contacts.findByCustomerIdAndRemovedAtIsNullOrderByNameAscIdAsc(customerId).stream()
                .map(ContactService::view).toList();
    }

    /** 400 for a missing name or a malformed address or login, 409 when the address or login is another contact's. */
    public ContactView create(long customerId, ContactRequest request) {
        requireCustomer(customerId);
        return save(new Contact(customerId, clock.instant()), request);
    }

    /** Replaces the contact's name, address, login and copy flag; a contact of another customer is a 404. */
    public ContactView update(long customerId, long contactId, ContactRequest request) {
        return save(active(customerId, contactId), request);
    }

    /**
     * Removes the contact: it is no longer listed or mailed, its address and login are free again, and the requests it
     * reported keep its name.
     */
    public void remove(long customerId, long contactId) {
        active(customerId, contactId).remove(clock.instant());
    }

    /**
     * A new portal login of the customer becomes a contact: the contact with the login's address when it is one of
     * this customer's without a login, else a new contact named after the login, with the address when no contact
     * has it yet (an address maps to one customer: another customer's keeps it).
     */
    public ContactView linkPortalUser(long customerId, String username, String email) {
        Optional<Contact> sameAddress = Optional.ofNullable(Contact.key(email)).flatMap(contacts::findByEmailKey);
        Optional<Contact> linkable = sameAddress
                .filter(c -> c.getCustomerId() == customerId && c.getPortalUser() == null);
        if (linkable.isPresent()) {
            Contact contact = linkable.get();
            contact.describe(contact.getName(), contact.getEmail(), username, contact.isCopiedOnAll());
            return view(contact);
        }
        Contact contact = new Contact(customerId, clock.instant());
        contact.describe(username, sameAddress.isPresent() ? null : email, username, false);
        return view(contacts.saveAndFlush(contact));
    }

    /**
     * A customer's contact address (given when the account is created) is a contact copied on all its requests, when
     * no contact has the address yet.
     */
    public Optional<ContactView> addCopiedOnAll(long customerId, String name, String email) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address == null || contacts.findByEmailKey(Contact.key(address)).isPresent()) {
            return Optional.empty();
        }
        Contact contact = new Contact(customerId, clock.instant());
        contact.describe(name, address, null, true);
        return Optional.of(view(contacts.saveAndFlush(contact)));
    }

    /** The names of the contacts with these ids, removed ones too (requests they reported name them), in one query. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? Map.of()
                : contacts.findByIdIn(wanted).stream().collect(Collectors.toMap(Contact::getId, Contact::getName));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactView> byEmail(String email) {
        return email == null ? Optional.empty() : contacts.findByEmailKey(Contact.key(email.strip())).map(ContactService::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactView> byPortalUser(String username) {
        return username == null ? Optional.empty()
                : contacts.findByPortalUser(username.strip().toLowerCase(Locale.ROOT)).map(ContactService::view);
    }

    /** A contact that has not been removed. */
    @Override
    @Transactional(readOnly = true)
    public Optional<ContactView> byId(long contactId) {
        return contacts.findById(contactId).filter(c -> !c.isRemoved()).map(ContactService::view);
    }

    /** The reporter first, then the contacts copied on all by name; only those with an address. */
    @Override
    @Transactional(readOnly = true)
    public List<ContactView> recipients(long customerId, Long reporterContactId) {
        List<ContactView> recipients = new ArrayList<>();
        List<Contact> ofCustomer = contacts.findByCustomerIdAndRemovedAtIsNullOrderByNameAscIdAsc(customerId);
        ofCustomer.stream().filter(c -> c.getId().equals(reporterContactId)).forEach(c -> recipients.add(view(c)));
        ofCustomer.stream().filter(c -> c.isCopiedOnAll() && !c.getId().equals(reporterContactId))
                .forEach(c -> recipients.add(view(c)));
        return recipients.stream().filter(c -> c.email() != null).toList();
    }

    private ContactView save(Contact contact, ContactRequest request) {
        if (request == null) {
            throw DomainException.invalid("name is required");
        }
        String name = name(request.name());
        String email = EmailAddresses.optional(request.email());
        String portalUser = portalUser(contact.getCustomerId(), request.portalUser());
        if (email == null && portalUser == null) {
            throw DomainException.invalid("email is required for a contact without a portal login");
        }
        Optional.ofNullable(Contact.key(email)).flatMap(contacts::findByEmailKey)
                .filter(other -> !other.getId().equals(contact.getId()))
                .ifPresent(other -> {
                    throw DomainException.conflict("The e-mail address " + email + " is already a contact's");
                });
        Optional.ofNullable(portalUser).flatMap(contacts::findByPortalUser)
                .filter(other -> !other.getId().equals(contact.getId()))
                .ifPresent(other -> {
                    throw DomainException.conflict("The portal login " + portalUser + " is already linked to contact "
                            + other.getId());
                });
        contact.describe(name, email, portalUser, Boolean.TRUE.equals(request.copiedOnAll()));
        try {
            return view(contacts.saveAndFlush(contact));
        } catch (DataIntegrityViolationException e) {
            // the same address or login given to two contacts at once: the unique keys decide
            throw DomainException.conflict("The e-mail address or portal login is already a contact's");
        }
    }

    private Contact active(long customerId, long contactId) {
        return contacts.findById(contactId)
                .filter(c -> c.getCustomerId() == customerId && !c.isRemoved())
                .orElseThrow(() -> DomainException.notFound("Contact " + contactId + " of customer " + customerId
                        + " does not exist"));
    }

    private void requireCustomer(long customerId) {
        if (!customers.existsById(customerId)) {
            throw DomainException.notFound("Customer " + customerId + " does not exist");
        }
    }

    private String portalUser(long customerId, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String username = value.strip().toLowerCase(Locale.ROOT);
        if (logins.customerOf(username).stream().noneMatch(owner -> owner == customerId)) {
            throw DomainException.invalid("portalUser must be a portal login of customer " + customerId + "; '"
                    + username + "' is not");
        }
        return username;
    }

    private static String name(String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("name is required");
        }
        String name = value.strip();
        if (name.length() > NAME_LIMIT || name.chars().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid("name must be at most " + NAME_LIMIT + " characters, without control characters");
        }
        return name;
    }

    private static ContactView view(Contact c) {
        return new ContactView(c.getId(), c.getCustomerId(), c.getName(), c.getEmail(), c.getPortalUser(), c.isCopiedOnAll());
    }
}

package com.quarterhour.identity;

import com.quarterhour.customer.ContactService;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.identity.internal.CustomerUser;
import com.quarterhour.identity.internal.CustomerUserRepository;
import com.quarterhour.identity.internal.PasswordStrength;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.EmailAddresses;
import com.quarterhour.shared.EngineSystem;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.PasswordPolicyRule;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer users: logins of the portal and the API that belong to one customer account. They live in the
 * application's table customer_user, not in the engine's identity service, so no customer can ever open Tasklist,
 * Cockpit or /engine-rest. Passwords are hashed with Spring Security's DelegatingPasswordEncoder (bcrypt) and must
 * meet the engine's default password policy.
 */
@Service
@Transactional
public class CustomerUsers {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

    private final CustomerUserRepository users;
    private final CustomerService customers;
    private final ContactService contacts;
    private final StaffDirectory staff;
    private final IdentityService identity;
    private final PasswordEncoder passwords;
    private final Clock clock;

    CustomerUsers(CustomerUserRepository users, CustomerService customers, ContactService contacts,
            StaffDirectory staff, IdentityService identity, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.customers = customers;
        this.contacts = contacts;
        this.staff = staff;
        this.identity = identity;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * 404 for an unknown customer, 400 for a malformed username or e-mail or a weak password (naming what is
     * missing), 409 when a customer user or a staff user already has the name. The login is linked to the customer's
     * contact with its e-mail address, or becomes a contact of its own (see {@link ContactService#linkPortalUser}).
     */
    public CustomerUserView create(long customerId, NewCustomerUser request, String createdBy) {
        customers.get(customerId);
        if (request == null) {
            throw DomainException.invalid("username and password are required");
        }
        String username = username(request.username());
        String email = EmailAddresses.optional(request.email());
        if (request.password() == null || request.password().isEmpty()) {
            throw DomainException.invalid("password is required");
        }
        requireFree(username);
        PasswordStrength.shortcomings(request.password(), violatedRules(username, email, request.password()))
                .ifPresent(weakness -> {
                    throw DomainException.invalid(weakness);
                });
        return save(customerId, username, request.password(), email, createdBy);
    }

    /**
     * For DemoData only: the demo logins have their user name as password (customer/customer), which the password
     * policy rightly refuses. Nothing else may call this.
     */
    public CustomerUserView createDemoUser(long customerId, String username, String password, String email) {
        String name = username(username);
        requireFree(name);
        return save(customerId, name, password, EmailAddresses.optional(email), "demo-data");
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return username != null && users.existsByUsername(username.strip().toLowerCase(Locale.ROOT));
    }

    /** The customer's users that have an e-mail address: username to address, so a mail can be written for each. */
    @Transactional(readOnly = true)
    public Map<String, String> emailsByUser(long customerId) {
        Map<String, String> byUser = new LinkedHashMap<>();
        users.findByCustomerIdOrderByUsernameAsc(customerId).stream()
                .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .forEach(user -> byUser.put(user.getUsername(), user.getEmail()));
        return byUser;
    }


    private CustomerUserView save(long customerId, String username, String password, String email, String createdBy) {
        try {
            CustomerUser user = users.saveAndFlush(new CustomerUser(customerId, username, passwords.encode(password),
                    email, createdBy, clock.instant()));
            // the login's person is a contact of the customer: mails about the requests they report go to them
            contacts.linkPortalUser(customerId, user.getUsername(), user.getEmail());
            return new CustomerUserView(user.getUsername(), user.getCustomerId(), user.getEmail());
        } catch (DataIntegrityViolationException e) {
            // two requests for the same name at once: the unique key decides
            throw taken(username);
        }
    }

    private void requireFree(String username) {
        if (users.existsByUsername(username) || staff.exists(username)) {
            throw taken(username);
        }
    }

    private List<PasswordPolicyRule> violatedRules(String username, String email, String password) {
        return EngineSystem.call(identity, () -> {
            // a transient user, never saved: the policy's user-data rule checks the password against its name and e-mail
            User candidate = identity.newUser(username);
            candidate.setEmail(email);
            return identity.checkPasswordAgainstPolicy(new DefaultPasswordPolicyImpl(), password, candidate)
                    .getViolatedRules();
        });
    }

    private static DomainException taken(String username) {
        return DomainException.conflict("The username '" + username + "' is already taken");
    }

    private static String username(String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("username is required");
        }
        String username = value.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw DomainException.invalid("username must be 3 to 64 characters: letters, digits and . _ @ - "
                    + "(starting with a letter or digit)");
        }
        return username;
    }
}

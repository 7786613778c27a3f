package com.quarterhour.identity;

import com.quarterhour.identity.internal.CustomerUserDetails;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one rule of customer-scoped access: staff see every customer's engagements, time, usage and invoices; a customer
 * user sees only its own account's, and another account's look exactly like ones that do not exist (404 with the same
 * message), so ids cannot be probed. Controllers and the portal call this; endpoints that are staff-only say so with
 * {@code @PreAuthorize} and never list {@value #ROLE}.
 */
@Component
public class CustomerScope {

    /** The Spring Security role of customer users (ROLE_CUSTOMER). */
    public static final String ROLE = "CUSTOMER";

    /** The account the caller acts for when it is a customer user; empty for staff and for the system. */
    public Optional<Long> customerId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CustomerUserDetails customer
                ? Optional.of(customer.customerId()) : Optional.empty();
    }

    public boolean isCustomer() {
        return customerId().isPresent();
    }

    /** The caller's customer account; 403 for anyone else (the portal's pages are for customers only). */
    public long requireCustomer() {
        return customerId().orElseThrow(() -> new AccessDeniedException("Only customer users have a portal"));
    }

    /** Throws {@code missing} (the caller's "does not exist") when a customer asks for another customer's thing. */
    public void requireVisible(long ownerCustomerId, Supplier<? extends RuntimeException> missing) {
        Optional<Long> own = customerId();
        if (own.isPresent() && own.get() != ownerCustomerId) {
            throw missing.get();
        }
    }

    /**
     * Runs a list query with the customer filter the caller may use: staff as asked (null meaning every customer); a
     * customer always with its own account, and an empty page when it asks for another's, as for an unknown id.
     */
    public <T> Page<T> page(Long requestedCustomerId, Pageable pageable, Function<Long, Page<T>> query) {
        Optional<Long> own = customerId();
        if (own.isEmpty()) {
            return query.apply(requestedCustomerId);
        }
        if (requestedCustomerId != null && !requestedCustomerId.equals(own.get())) {
            return Page.empty(pageable);
        }
        return query.apply(own.get());
    }
}

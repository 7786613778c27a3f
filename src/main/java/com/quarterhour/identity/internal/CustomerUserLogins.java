package com.quarterhour.identity.internal;

import com.quarterhour.customer.PortalLogins;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the customer feature which account a portal login belongs to (a contact may be linked to it). */
@Component
@Transactional(readOnly = true)
class CustomerUserLogins implements PortalLogins {

    private final CustomerUserRepository users;

    CustomerUserLogins(CustomerUserRepository users) {
        this.users = users;
    }

    @Override
    public OptionalLong customerOf(String username) {
        return users.findByUsername(username).map(u -> OptionalLong.of(u.getCustomerId())).orElse(OptionalLong.empty());
    }
}

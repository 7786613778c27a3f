package com.quarterhour.identity.internal;

import com.quarterhour.identity.CustomerScope;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a logged-in customer user: role CUSTOMER and the one customer account it acts for. */
public final class CustomerUserDetails extends User {

    private static final long serialVersionUID = 1L;

    private final long customerId;

    CustomerUserDetails(String username, String passwordHash, long customerId) {
        super(username, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + CustomerScope.ROLE)));
        this.customerId = customerId;
    }

    public long customerId() {
        return customerId;
    }
}

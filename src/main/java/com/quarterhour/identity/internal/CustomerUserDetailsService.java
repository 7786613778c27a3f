package com.quarterhour.identity.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads customer users for Spring Security's {@code DaoAuthenticationProvider}, and stores a stronger hash when the
 * encoder's default changes (the provider upgrades a password at login). Not a bean of type UserDetailsService on
 * purpose: Spring Boot would then wire it as the only login and drop the staff provider.
 */
@Component
class CustomerUserDetailsService {

    private final CustomerUserRepository users;

    CustomerUserDetailsService(CustomerUserRepository users) {
        this.users = users;
    }

    UserDetailsService loader() {
        return this::load;
    }

    UserDetailsPasswordService upgrader() {
        return this::upgrade;
    }

    @Transactional(readOnly = true)
    public UserDetails load(String username) {
        return users.findByUsername(normalized(username))
                .map(u -> new CustomerUserDetails(u.getUsername(), u.getPasswordHash(), u.getCustomerId()))
                .orElseThrow(() -> new UsernameNotFoundException("No customer user " + username));
    }

    @Transactional
    public UserDetails upgrade(UserDetails user, String newHash) {
        CustomerUser stored = users.findByUsername(normalized(user.getUsername()))
                .orElseThrow(() -> new UsernameNotFoundException("No customer user " + user.getUsername()));
        stored.rehash(newHash);
        return new CustomerUserDetails(stored.getUsername(), newHash, stored.getCustomerId());
    }

    static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}

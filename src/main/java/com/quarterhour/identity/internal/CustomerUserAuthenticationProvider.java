package com.quarterhour.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Logs customer users in, on the /login form and with HTTP Basic alike. Spring Security's DaoAuthenticationProvider
 * does the work: constant-time hash comparison, a dummy comparison for unknown names (no user enumeration by timing)
 * and hash upgrades.
 */
@Component
class CustomerUserAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;

    CustomerUserAuthenticationProvider(CustomerUserDetailsService users, PasswordEncoder passwords) {
        delegate = new DaoAuthenticationProvider(users.loader());
        delegate.setPasswordEncoder(passwords);
        delegate.setUserDetailsPasswordService(users.upgrader());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        return delegate.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

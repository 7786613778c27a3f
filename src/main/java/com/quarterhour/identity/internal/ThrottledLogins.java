package com.quarterhour.identity.internal;

import java.time.Instant;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every login, staff or customer, on the form or with HTTP Basic, passes here: refused without looking at the
 * password while its user name and client address are throttled, counted when the password is wrong.
 */
final class ThrottledLogins implements AuthenticationManager {

    private final AuthenticationManager logins;
    private final LoginThrottle throttle;

    ThrottledLogins(AuthenticationManager logins, LoginThrottle throttle) {
        this.logins = logins;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String user = attempt.getName();
        String client = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        LoginThrottle.Standing standing = throttle.standing(user, client);
        standing.refusedUntil().ifPresent(until -> {
            throw new Throttled(until);
        });
        try {
            Authentication authenticated = logins.authenticate(attempt);
            if (standing.userFailures()) {
                throttle.succeeded(user, client);
            }
            return authenticated;
        } catch (BadCredentialsException wrong) {
            throttle.failed(user, client);
            throw wrong;
        }
    }

    /** Too many failed logins of this user name from this address, or from this address at all. */
    static final class Throttled extends AuthenticationException {

        private final transient Instant until;

        Throttled(Instant until) {
            super("Too many failed logins: try again later");
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }
}

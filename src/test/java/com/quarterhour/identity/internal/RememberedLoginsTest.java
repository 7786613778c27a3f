package com.quarterhour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A success is remembered for the same name and password, for the time to live; a failure never. */
class RememberedLoginsTest {

    private static final String PASSWORD = "Right-pw-2026!";

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationManager logins = new RememberedLogins(
            new LoginCacheProperties(Duration.ofSeconds(60), 100), nanos::get).around(this::check);

    /** The real check: one password per user, which it counts. */
    private Authentication check(Authentication attempt) {
        checks.incrementAndGet();
        if (!PASSWORD.equals(attempt.getCredentials())) {
            throw new BadCredentialsException("Bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null,
                List.of(new SimpleGrantedAuthority("ROLE_TECHNICIAN")));
    }

    private static Authentication attempt(String user, String password) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        attempt.setDetails("request of " + user + " with " + password);
        return attempt;
    }

    @Test
    void aSecondLoginWithTheSamePasswordIsNotCheckedAgain() {
        Authentication first = logins.authenticate(attempt("tech", PASSWORD));
        Authentication second = logins.authenticate(attempt("tech", PASSWORD));

        assertThat(checks).hasValue(1);
        assertThat(second.getName()).isEqualTo("tech");
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getCredentials()).isNull();
        assertThat(second.getAuthorities()).extracting("authority").containsExactly("ROLE_TECHNICIAN");
        // each request gets its own token with its own details
        assertThat(second).isNotSameAs(first);
        assertThat(second.getDetails()).isEqualTo("request of tech with " + PASSWORD);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverLetIn() {
        logins.authenticate(attempt("tech", PASSWORD));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logins.authenticate(attempt("tech", "wrong"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks).hasValue(4);
    }

    @Test
    void anotherUsersSuccessOpensNothingForThisOne() {
        logins.authenticate(attempt("tech", PASSWORD));

        // the same bytes split differently between name and password
        assertThatThrownBy(() -> logins.authenticate(attempt("tec", "h" + PASSWORD))).isInstanceOf(BadCredentialsException.class);
        assertThat(logins.authenticate(attempt("other", PASSWORD)).getName()).isEqualTo("other");
        assertThat(checks).hasValue(3);
    }

    @Test
    void aRememberedLoginIsCheckedAgainAfterItsTimeToLive() {
        logins.authenticate(attempt("tech", PASSWORD));
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        logins.authenticate(attempt("tech", PASSWORD));
        assertThat(checks).hasValue(1);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        logins.authenticate(attempt("tech", PASSWORD));
        assertThat(checks).hasValue(2);
    }
}

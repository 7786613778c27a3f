package com.quarterhour.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Successful logins remembered for a short while (quarterhour.login-cache): an integration sends its password with
 * every HTTP Basic call, and checking it each time costs two engine commands (the engine's password check and group
 * query, a transaction each) for staff or a bcrypt comparison for customer users.
 * <p>
 * A login is found again only with the same user name and the same password: the key holds an HMAC of both under a
 * random key of this process, never the password, and a wrong password never matches a remembered one. Failures are
 * never remembered, so each one reaches the real check and the login throttle counts it. Staff changes made through
 * this node's engine forget every remembered login at once ({@link IdentityChangesForgetLogins}).
 */
@Component
class RememberedLogins {

    private static final String MAC = "HmacSHA256";

    private final Cache<String, Authentication> logins;
    private final SecretKeySpec key;

    @Autowired
    RememberedLogins(LoginCacheProperties properties) {
        this(properties, Ticker.systemTicker());
    }

    RememberedLogins(LoginCacheProperties properties, Ticker ticker) {
        this.logins = Caffeine.newBuilder()
                .expireAfterWrite(properties.ttl())
                .maximumSize(properties.maximumSize())
                .ticker(ticker)
                .build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC);
    }

    /** {@code logins} asked only for attempts that match no remembered success. */
    AuthenticationManager around(AuthenticationManager logins) {
        return attempt -> {
            if (attempt.getName() == null || attempt.getCredentials() == null) {
                return logins.authenticate(attempt);
            }
            String remembered = keyOf(attempt.getName(), attempt.getCredentials().toString());
            Authentication known = this.logins.getIfPresent(remembered);
            if (known == null) {
                known = logins.authenticate(attempt);
                this.logins.put(remembered, known);
            }
            // a token of this request's own: the remembered one is shared by every thread that finds it
            UsernamePasswordAuthenticationToken authenticated = UsernamePasswordAuthenticationToken.authenticated(
                    known.getPrincipal(), null, known.getAuthorities());
            authenticated.setDetails(attempt.getDetails());
            return authenticated;
        };
    }

    /** After a change to users, passwords or group memberships: the next login of everyone is checked again. */
    void forgetAll() {
        logins.invalidateAll();
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            byte[] name = username.getBytes(StandardCharsets.UTF_8);
            // the name's length first, so no other split of the same bytes into name and password gives this key
            mac.update(Integer.toString(name.length).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) ':');
            mac.update(name);
            mac.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(MAC + " is part of every Java runtime", e);
        }
    }
}

package com.quarterhour.identity.internal;

import com.quarterhour.shared.web.SecurityProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What an HTTP Basic caller gets when it is not logged in: the 401 challenge, or, while its logins are throttled,
 * 429 with Retry-After, so an integration backs off instead of retrying at once.
 */
final class BasicLoginAnswer implements AuthenticationEntryPoint {

    private final SecurityProblems problems;
    private final AuthenticationEntryPoint challenge;
    private final Clock clock;

    BasicLoginAnswer(SecurityProblems problems, Clock clock) {
        this.problems = problems;
        this.challenge = problems.basicChallenge("Quarterhour");
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, jakarta.servlet.ServletException {
        if (!(failure instanceof ThrottledLogins.Throttled throttled)) {
            challenge.commence(request, response, failure);
            return;
        }
        long seconds = Math.max(1, Duration.between(clock.instant(), throttled.until()).toSeconds() + 1);
        problems.tooManyLogins(request, response, seconds);
    }
}

package com.quarterhour.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What an HTTP Basic caller gets when it is not logged in: the 401 challenge, or, while its logins are throttled,
 * 429 with Retry-After, so an integration backs off instead of retrying at once.
 */
final class BasicLoginAnswer implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint challenge;
    private final Clock clock;

    BasicLoginAnswer(AuthenticationEntryPoint challenge, Clock clock) {
        this.challenge = challenge;
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
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many failed logins: try again in " + ((seconds + 59) / 60) + " minutes\"}");
    }
}

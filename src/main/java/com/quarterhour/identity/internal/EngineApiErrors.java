package com.quarterhour.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The webapps' API (/operaton/api) and /engine-rest answer errors with the engine's exception message, which for a
 * database error is the SQL statement and the driver's message. Such answers keep their status but get a message
 * without internal details; the original goes to the log. Server errors always, client errors when they carry SQL.
 */
final class EngineApiErrors extends OncePerRequestFilter {

    static final String MESSAGE = "The request could not be completed; the details are in the server's log";

    private static final Logger log = LoggerFactory.getLogger(EngineApiErrors.class);
    private static final Pattern INTERNALS = Pattern.compile("### |SQLException|JdbcSQL|org\\.h2\\.|org\\.postgresql\\.|"
            + "org\\.apache\\.ibatis", Pattern.CASE_INSENSITIVE);
    private static final int LOGGED_CHARACTERS = 4000;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } finally {
            int status = answer.getStatus();
            String body = status >= 400 ? new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8) : "";
            if (status >= 500 || (status >= 400 && INTERNALS.matcher(body).find())) {
                log.warn("{} {} answered {}: {}", request.getMethod(), request.getRequestURI(), status,
                        body.length() > LOGGED_CHARACTERS ? body.substring(0, LOGGED_CHARACTERS) + "..." : body);
                answer.resetBuffer();
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                // the shape of the engine's own error answers, so Tasklist and Cockpit show the message
                response.getWriter().write("{\"type\":\"ServerError\",\"message\":\"" + MESSAGE + "\"}");
            } else {
                answer.copyBodyToResponse();
            }
        }
    }
}

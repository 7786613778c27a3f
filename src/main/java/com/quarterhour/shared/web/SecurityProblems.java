package com.quarterhour.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * The API's refusals that come before any controller (no or wrong credentials, a role that may not, a session call
 * without its CSRF token) as the same RFC 9457 problem details as every other error of the API, instead of the servlet
 * container's error page. The security configuration uses them for /api/**.
 */
@Component
public class SecurityProblems implements AccessDeniedHandler {

    private final ObjectMapper json;

    SecurityProblems(ObjectMapper json) {
        this.json = json;
    }

    /** 403: the role may not, or a call on a browser session came without its CSRF token. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String detail = denied instanceof CsrfException
                ? "A call on a browser session needs the session's CSRF token in the X-CSRF-TOKEN header; "
                        + "an integration (or Swagger UI's Authorize) calls with HTTP Basic and needs none"
                : "Your role does not allow this action";
        write(request.getRequestURI(), response, HttpStatus.FORBIDDEN, detail);
    }

    /** 401 with the HTTP Basic challenge of {@code realm}. */
    public AuthenticationEntryPoint basicChallenge(String realm) {
        return (request, response, failed) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
            write(request.getRequestURI(), response, HttpStatus.UNAUTHORIZED, "Authentication is required: HTTP Basic or a browser session");
        };
    }

    /** 429 with Retry-After: logins from this client are throttled for {@code seconds} more. */
    public void tooManyLogins(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        write(request.getRequestURI(), response, HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed logins: try again in " + ((seconds + 59) / 60) + " minutes");
    }

    /** The problem detail of {@code status} for the request to {@code path}. */
    void write(String path, HttpServletResponse response, HttpStatusCode status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetailsAdvice.problem(status, detail);
        problem.setInstance(URI.create(path));
        response.setStatus(status.value());
        response.setContentType(OpenApiConfiguration.PROBLEM_JSON);
        json.writeValue(response.getOutputStream(), problem);
    }
}

package com.quarterhour.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container (a page that does not exist, a page the user's role may not open,
 * a failure no handler caught) answers in the asker's terms: a page styled like the application with a way back for
 * a browser, an RFC 9457 problem detail for a program (the API, /engine-rest, the webapps' API, or any request that
 * asks for JSON). It replaces Spring Boot's Whitelabel page and its JSON of timestamp and path.
 */
@Controller
class ErrorPages implements ErrorController {

    /** The role of customer users (identity.CustomerScope.ROLE), whose way back is the portal. */
    static final String CUSTOMER_ROLE = "CUSTOMER";

    private static final Pattern PROGRAM_PATHS = Pattern.compile("^/(api|engine-rest|operaton/api)(/.*)?$");
    private static final Pattern JSON = Pattern.compile("application/([a-z.+-]+\\+)?json", Pattern.CASE_INSENSITIVE);
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request was not understood",
            401, "Authentication is required: HTTP Basic or a browser session",
            403, "Your role does not allow this action",
            404, "There is nothing at this address",
            405, "This address does not take this method",
            500, "The request could not be completed; the details are in the server's log");

    private final SecurityProblems problems;

    ErrorPages(SecurityProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatusCode status = statusOf(request);
        String path = originalPath(request);
        if (wantsProblem(path, request.getHeader(HttpHeaders.ACCEPT))) {
            problems.write(request.getContextPath() + path, response, status, detailOf(status));
            return null; // answered: no view
        }
        String view = switch (status.value()) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> "error/error";
        };
        ModelAndView page = new ModelAndView(view, Map.of("status", status.value(), "detail", detailOf(status)), status);
        Way back = wayBack(request);
        page.addObject("backPath", back.path());
        page.addObject("backLabel", back.label());
        return page;
    }

    record Way(String path, String label) {
    }

    /** Customers back to the portal, staff to the start (Tasklist), anyone not logged in to the login. */
    static Way wayBack(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return new Way("/login", "Log in");
        }
        return request.isUserInRole(CUSTOMER_ROLE) ? new Way("/portal", "Back to the portal")
                : new Way("/", "Back to the start");
    }

    static boolean wantsProblem(String path, String accept) {
        return PROGRAM_PATHS.matcher(path).matches() || accept != null && JSON.matcher(accept).find();
    }

    private static HttpStatusCode statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** The path that failed, without the context path; "/error" when it was asked for directly. */
    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String original ? original : request.getRequestURI();
        return path.substring(Math.min(request.getContextPath().length(), path.length()));
    }

    private static String detailOf(HttpStatusCode status) {
        String known = DETAILS.get(status.value());
        if (known != null) {
            return known;
        }
        HttpStatus named = HttpStatus.resolve(status.value());
        return status.is5xxServerError() || named == null ? DETAILS.get(500) : named.getReasonPhrase();
    }
}

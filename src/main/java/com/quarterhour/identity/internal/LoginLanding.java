package com.quarterhour.identity.internal;

import com.quarterhour.identity.CustomerScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where the login form leads: customers to the portal, staff to Tasklist, or back to the page that asked for the
 * login when it is one the user may open (a customer is never sent on to a webapp page, nor staff to the portal).
 */
final class LoginLanding implements AuthenticationSuccessHandler {

    static final String PORTAL = "/portal";
    static final String TASKLIST = "/operaton/app/tasklist/";

    private final RequestCache requestCache;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    LoginLanding(RequestCache requestCache) {
        this.requestCache = requestCache;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        boolean customer = authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + CustomerScope.ROLE).equals(a.getAuthority()));
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        String target = customer ? PORTAL : TASKLIST;
        if (saved != null && customer == isPortal(saved.getRedirectUrl(), request.getContextPath())) {
            target = saved.getRedirectUrl();
        }
        redirect.sendRedirect(request, response, target);
    }

    private static boolean isPortal(String url, String contextPath) {
        String path = URI.create(url).getPath();
        String portal = contextPath + PORTAL;
        return path != null && (path.equals(portal) || path.startsWith(portal + "/"));
    }
}

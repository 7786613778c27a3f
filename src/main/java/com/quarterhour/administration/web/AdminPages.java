package com.quarterhour.administration.web;

import com.quarterhour.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/** What the administration pages share: who may edit, the zone list, and a refused form shown again. */
final class AdminPages {

    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private AdminPages() {
    }

    static boolean isAdmin(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    /**
     * The form again, as typed, with the service's message: 400 (or 409 for a name in use) like the API's answer to
     * the same request. A missing calendar or policy is not the form's fault and goes to the error page.
     */
    static String refused(DomainException refused, Model model, HttpServletResponse response, String view) {
        return refused(refused, Map.of(), model, response, view);
    }

    /**
     * As {@link #refused(DomainException, Model, HttpServletResponse, String)}, with the API's field names in the
     * message replaced by the form's labels, so that the rule reads the same and names what the user sees.
     */
    static String refused(DomainException refused, Map<String, String> labels, Model model, HttpServletResponse response,
            String view) {
        if (refused.status() != HttpStatus.BAD_REQUEST && refused.status() != HttpStatus.CONFLICT) {
            throw refused;
        }
        response.setStatus(refused.status().value());
        String message = refused.getMessage();
        for (Map.Entry<String, String> label : labels.entrySet()) {
            message = message.replaceAll("\\b" + label.getKey() + "\\b", Matcher.quoteReplacement(label.getValue()));
        }
        model.addAttribute("error", message);
        return view;
    }
}

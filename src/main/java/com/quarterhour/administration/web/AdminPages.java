package com.quarterhour.administration.web;

import com.quarterhour.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
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
        if (refused.status() != HttpStatus.BAD_REQUEST && refused.status() != HttpStatus.CONFLICT) {
            throw refused;
        }
        response.setStatus(refused.status().value());
        model.addAttribute("error", refused.getMessage());
        return view;
    }
}

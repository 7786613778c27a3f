package com.quarterhour.portal.web;

import com.quarterhour.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The portal answers with pages, not the API's problem details: a missing (or another customer's) request is the
 * same "not found" page either way. Ordered before the API's advice, and only for the portal's controller.
 */
@ControllerAdvice(assignableTypes = PortalController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, Model model, HttpServletResponse response) {
        return page(e.status(), e.status() == HttpStatus.NOT_FOUND ? "We could not find that page." : e.getMessage(),
                model, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String malformedId(Model model, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, "We could not find that page.", model, response);
    }

    private static String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        return "portal/error";
    }
}

package com.quarterhour.administration.web;

import com.quarterhour.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The administration pages answer with pages, not the API's problem details: a role that may not act gets a 403 page
 * that says so, a calendar or policy that does not exist a 404 page. Ordered before the API's advice.
 */
@ControllerAdvice(basePackageClasses = AdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrors {

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(Model model, HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, "Only administrators may change calendars and SLA policies.", model, response);
    }

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, Model model, HttpServletResponse response) {
        return page(e.status(), e.getMessage(), model, response);
    }

    /** Two administrators saving the same calendar or policy, or the same new name, at once: the later one is told. */
    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    String concurrentChange(Model model, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, "Someone else changed this at the same time; open it again and repeat your change.",
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
        return "admin/error";
    }
}

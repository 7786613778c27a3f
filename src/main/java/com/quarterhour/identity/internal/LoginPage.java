package com.quarterhour.identity.internal;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;

/**
 * The one login form, for staff and customers alike (Spring Security checks what it posts). After a failed login it
 * says why in the user's words: a wrong password, or too many failed attempts; after a logout, that it happened.
 */
@Controller
class LoginPage {

    static final String WRONG_PASSWORD = "Wrong user name or password.";
    static final String THROTTLED = "Too many failed logins: please wait a few minutes and try again.";

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @SessionAttribute(name = WebAttributes.AUTHENTICATION_EXCEPTION, required = false) Object failure, Model model) {
        if (error != null) {
            model.addAttribute("error", failure instanceof ThrottledLogins.Throttled ? THROTTLED : WRONG_PASSWORD);
        }
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }
}

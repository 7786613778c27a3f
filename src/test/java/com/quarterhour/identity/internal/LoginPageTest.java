package com.quarterhour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.quarterhour.support.QuarterhourTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The application's own login page: its form with the CSRF token, and what it says after a failure or a logout. */
@QuarterhourTest
class LoginPageTest {

    @Autowired MockMvc mvc;

    @Test
    void theLoginPageIsTheApplicationsFormWithItsCsrfToken() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(answer.getContentAsString());
        assertThat(page.title()).isEqualTo("Log in · Quarterhour");
        assertThat(page.select("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
        assertThat(page.select("form#login-form").attr("action")).isEqualTo("/login");
        assertThat(page.select("form#login-form input[name=_csrf]").attr("value")).isNotBlank();
        assertThat(page.getElementById("username")).isNotNull();
        assertThat(page.getElementById("password").attr("type")).isEqualTo("password");
        assertThat(page.getElementById("login-error")).isNull();
        assertThat(page.getElementById("logged-out")).isNull();
        assertThat(answer.getHeader("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void aWrongPasswordIsSaidInWordsOnTheFormAgain() throws Exception {
        // a user name of its own: a wrong password counts against the name in the login throttle
        MvcResult failed = mvc.perform(post("/login").param("username", "nobody-" + System.nanoTime()).param("password", "not-it")
                .with(csrf())).andReturn();
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        Document page = Jsoup.parse(mvc.perform(get("/login").param("error", "")
                .session((MockHttpSession) failed.getRequest().getSession())).andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("login-error").text()).isEqualTo(LoginPage.WRONG_PASSWORD);
    }

    @Test
    void aLogoutEndsOnTheLoginPageSayingSo() throws Exception {
        MvcResult loggedIn = mvc.perform(post("/login").param("username", "coordinator").param("password", "coordinator")
                .with(csrf())).andReturn();
        MockHttpSession session = (MockHttpSession) loggedIn.getRequest().getSession();
        // as a browser asks (a script asking for JSON gets a 204 instead)
        String landing = mvc.perform(post("/logout").session(session).with(csrf()).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(landing).isEqualTo("/login?logout");
        Document page = Jsoup.parse(mvc.perform(get("/login").param("logout", "")).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.getElementById("logged-out").text()).isEqualTo("You have been logged out.");
    }
}

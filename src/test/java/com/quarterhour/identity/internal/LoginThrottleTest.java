package com.quarterhour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.Groups;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.operaton.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Failed logins are throttled per user name and client address, for staff and customers, on the form and with HTTP
 * Basic: the attacker's address is refused, the real user from another address is not, and nobody can lock a
 * colleague out.
 */
@QuarterhourTest
class LoginThrottleTest {

    private static final String PASSWORD = "Throttle&Test-2026";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired MockMvc mvc;
    @Autowired CustomerUsers customerUsers;
    @Autowired CustomerService customers;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired LoginThrottleProperties limits;

    @Test
    void aCustomerGuessingFromOneAddressIsRefusedThereEvenWithTheRightPasswordButNotElsewhere() throws Exception {
        String user = customerUser();
        String attacker = address();
        for (int i = 0; i < 50; i++) {
            basic(user, "wrong-" + i, attacker);
        }
        MockHttpServletResponse refused = basic(user, PASSWORD, attacker);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, limits.window().toSeconds() + 1);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429");
        assertThat(refused.getContentAsString()).contains("Too many failed logins");
        assertThat(basic(user, PASSWORD, address()).getStatus()).isEqualTo(200);
    }

    @Test
    void theLimitIsPerUserAndAddress() throws Exception {
        String user = customerUser();
        String attacker = address();
        for (int i = 0; i < limits.failuresPerUser() - 1; i++) {
            assertThat(basic(user, "wrong", attacker).getStatus()).isEqualTo(401);
        }
        // a right password before the limit forgives the mistakes
        assertThat(basic(user, PASSWORD, attacker).getStatus()).isEqualTo(200);
        for (int i = 0; i < limits.failuresPerUser(); i++) {
            assertThat(basic(user, "wrong", attacker).getStatus()).isEqualTo(401);
        }
        assertThat(basic(user, "wrong", attacker).getStatus()).isEqualTo(429);
    }

    @Test
    void nobodyCanLockAStaffUserOutWithWrongPasswords() throws Exception {
        String user = staffUser();
        // the engine's own lockout locked a user for good after ten failures and for seconds after each one
        for (int i = 0; i < 12; i++) {
            assertThat(basic(user, "wrong", address()).getStatus()).isEqualTo(401);
        }
        assertThat(basic(user, PASSWORD, address()).getStatus()).isEqualTo(200);
        String attacker = address();
        for (int i = 0; i < limits.failuresPerUser(); i++) {
            basic(user, "wrong", attacker);
        }
        assertThat(basic(user, PASSWORD, attacker).getStatus()).isEqualTo(429);
        assertThat(basic(user, PASSWORD, address()).getStatus()).isEqualTo(200);
    }

    @Test
    void theLoginFormIsThrottledTheSameWay() throws Exception {
        String user = staffUser();
        String attacker = address();
        for (int i = 0; i < limits.failuresPerUser(); i++) {
            assertThat(form(user, "wrong", attacker).getResponse().getRedirectedUrl()).endsWith("/login?error");
        }
        MvcResult refused = form(user, PASSWORD, attacker);
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(refused.getRequest().getSession().getAttribute("SPRING_SECURITY_LAST_EXCEPTION"))
                .isInstanceOf(ThrottledLogins.Throttled.class);
        // the login page says why, in words
        assertThat(mvc.perform(get("/login").param("error", "").session((MockHttpSession) refused.getRequest().getSession()))
                .andReturn().getResponse().getContentAsString()).contains(LoginPage.THROTTLED);
        assertThat(form(user, PASSWORD, address()).getResponse().getRedirectedUrl()).endsWith("/operaton/app/tasklist/");
    }

    @Test
    void oneAddressGuessingManyUserNamesIsRefusedForAll() throws Exception {
        String attacker = address();
        for (int i = 0; i < limits.failuresPerClient(); i++) {
            basic("nobody-" + i, "wrong", attacker);
        }
        String user = customerUser();
        assertThat(basic(user, PASSWORD, attacker).getStatus()).isEqualTo(429);
        assertThat(basic(user, PASSWORD, address()).getStatus()).isEqualTo(200);
    }

    @Test
    void aWindowEndsAndTheCountStartsAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(jdbc, limits, clock);
        String user = "window-" + System.nanoTime();
        String client = address();
        for (int i = 0; i < limits.failuresPerUser(); i++) {
            throttle.failed(user, client);
        }
        assertThat(throttle.standing(user, client).refusedUntil()).contains(clock.instant().plus(limits.window()));
        assertThat(throttle.standing(user, address()).refusedUntil()).isEmpty();
        clock.now = clock.now.plus(limits.window()).plusSeconds(1);
        assertThat(throttle.standing(user, client).refusedUntil()).isEmpty();
        throttle.failed(user, client);
        assertThat(throttle.standing(user, client).refusedUntil()).isEmpty();
    }

    @Test
    void theWebappsLogoutNeedsTheirCsrfToken() throws Exception {
        MockHttpSession session = (MockHttpSession) form(staffUser(), PASSWORD, address()).getRequest().getSession(false);
        session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, "the-webapps-token");
        // refused before the webapps' own CSRF filter, which would end the session as well
        assertThat(mvc.perform(post("/operaton/api/admin/auth/user/default/logout").session(session)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/operaton/api/admin/auth/user/default/logout").session(session)
                .header("X-XSRF-TOKEN", "a-forged-token")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/operaton/api/engine/engine/default/task/1/complete").session(session)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(session.isInvalid()).as("logged out without the token").isFalse();
        assertThat(mvc.perform(get("/api/customers").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        MockHttpServletResponse logout = mvc.perform(post("/operaton/api/admin/auth/user/default/logout").session(session)
                .header("X-XSRF-TOKEN", "the-webapps-token")).andReturn().getResponse();
        assertThat(logout.getStatus()).isEqualTo(200);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theWebappsOwnLoginFormCannotCheckPasswordsPastTheThrottle() throws Exception {
        MockHttpSession session = (MockHttpSession) form(staffUser(), PASSWORD, address()).getRequest().getSession(false);
        assertThat(mvc.perform(post("/operaton/api/admin/auth/user/default/login/tasklist").session(session)
                .header("X-XSRF-TOKEN", "x").param("username", "demo").param("password", "guess")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse basic(String user, String password, String client) throws Exception {
        return mvc.perform(get("/api/engagements").with(httpBasic(user, password)).with(from(client))).andReturn()
                .getResponse();
    }

    private MvcResult form(String user, String password, String client) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())
                .with(from(client))).andReturn();
    }

    private static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    /** A client address of its own for each use, so tests never share a count. */
    private static String address() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private String customerUser() {
        long customer = new TestCustomers(customers).onPlan("PAYG");
        String name = "throttle-" + System.nanoTime();
        customerUsers.create(customer, new NewCustomerUser(name, PASSWORD, null), "test");
        return name;
    }

    private String staffUser() {
        String name = "throttlestaff" + System.nanoTime();
        User user = identity.newUser(name);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(name, Groups.TECHNICIANS);
        return name;
    }

    private static final class MutableClock extends Clock {

        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

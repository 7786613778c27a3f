package com.quarterhour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/customers/{id}/users, and how customer users log in: the form (landing in the portal) and HTTP Basic. */
@QuarterhourTest
class CustomerUsersTest {

    static final String STRONG = "Customer&Portal-2026";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;
    @Autowired PasswordEncoder passwords;

    long customer;

    @BeforeEach
    void customer() {
        customer = new TestCustomers(customers).onPlan("BPS-20");
    }

    @Test
    void staffCreateALoginWhosePasswordIsStoredAsABcryptHash() throws Exception {
        String username = "Alice." + System.nanoTime();
        create("coordinator", customer, "{\"username\":\"" + username + "\",\"password\":\"" + STRONG
                + "\",\"email\":\"alice@example.com\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(username.toLowerCase()))
                .andExpect(jsonPath("$.customerId").value(customer))
                .andExpect(jsonPath("$.email").value("alice@example.com"))
                .andExpect(jsonPath("$.password").doesNotExist());
        String hash = jdbc.queryForObject("select password_hash from customer_user where username = ?", String.class,
                username.toLowerCase());
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(STRONG);
        assertThat(passwords.matches(STRONG, hash)).isTrue();

        create("manager", customer, "{\"username\":\"m-" + System.nanoTime() + "\",\"password\":\"" + STRONG + "\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.email").doesNotExist());
        create("demo", customer, "{\"username\":\"d-" + System.nanoTime() + "\",\"password\":\"" + STRONG + "\"}")
                .andExpect(status().isCreated());
        create("technician", customer, "{\"username\":\"t-" + System.nanoTime() + "\",\"password\":\"" + STRONG + "\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void weakPasswordsBadNamesUnknownCustomersAndTakenNamesAreRefusedAndWriteNothing() throws Exception {
        int before = count();
        String name = "bob-" + System.nanoTime();
        create("coordinator", customer, "{\"username\":\"" + name + "\",\"password\":\"password\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("password is too weak: it needs at least 10 characters, "
                        + "an upper-case letter, a digit and a special character such as !#%&*?"));
        create("coordinator", customer, "{\"username\":\"" + name + "\",\"password\":\"" + name.toUpperCase() + "a1!\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("password is too weak: it must not contain the username or e-mail address"));
        create("coordinator", customer, "{\"username\":\"" + name + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("password is required"));
        create("coordinator", customer, "{\"username\":\"a b\",\"password\":\"" + STRONG + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("username must be")));
        create("coordinator", customer, "{\"username\":\"" + name + "\",\"password\":\"" + STRONG + "\",\"email\":\"nope\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("email must be")));
        create("coordinator", 987654321L, "{\"username\":\"" + name + "\",\"password\":\"" + STRONG + "\"}")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("Customer 987654321 does not exist"));
        assertThat(count()).isEqualTo(before);

        create("coordinator", customer, "{\"username\":\"" + name + "\",\"password\":\"" + STRONG + "\"}")
                .andExpect(status().isCreated());
        long other = new TestCustomers(customers).onPlan("BPS-40");
        create("coordinator", other, "{\"username\":\"" + name.toUpperCase() + "\",\"password\":\"" + STRONG + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The username '" + name + "' is already taken"));
        for (String staff : new String[] {"technician", "Coordinator", "demo"}) {
            create("coordinator", other, "{\"username\":\"" + staff + "\",\"password\":\"" + STRONG + "\"}")
                    .andExpect(status().isConflict());
        }
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void customersLandInThePortalAndStaffInTasklist() throws Exception {
        String user = newUser();
        mvc.perform(formLogin("/login").user(user.toUpperCase()).password(STRONG)).andExpect(redirectedUrl("/portal"));
        mvc.perform(formLogin("/login").user("coordinator").password("coordinator"))
                .andExpect(redirectedUrl("/operaton/app/tasklist/"));
        mvc.perform(formLogin("/login").user(user).password("Wrong&Password-1")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void afterTheLoginEachGoesBackToThePageItAskedForIfItMayOpenIt() throws Exception {
        String user = newUser();
        assertThat(landing(user, STRONG, "/portal/hours")).startsWith("/portal/hours");
        // a browser asks for /favicon.ico on the login page: that is no page to go back to
        assertThat(landing(user, STRONG, "/portal/invoices", "/favicon.ico")).startsWith("/portal/invoices");
        assertThat(landing(user, STRONG, "/operaton/app/tasklist/")).isEqualTo("/portal");
        assertThat(landing("coordinator", "coordinator", "/portal/hours")).isEqualTo("/operaton/app/tasklist/");
        assertThat(landing("coordinator", "coordinator", "/swagger-ui.html")).startsWith("/swagger-ui.html");
    }

    @Test
    void theSameLoginWorksForTheApiWithHttpBasic() throws Exception {
        String user = newUser();
        mvc.perform(get("/api/engagements").with(httpBasic(user, STRONG))).andExpect(status().isOk());
        mvc.perform(get("/api/customers/" + customer + "/usage").with(httpBasic(user, STRONG))).andExpect(status().isOk())
                .andExpect(jsonPath("$.planCode").value("BPS-20"));
        mvc.perform(get("/api/engagements").with(httpBasic(user, "Wrong&Password-1"))).andExpect(status().isUnauthorized());
        // a customer user is no Camunda user: the engine's identity service does not know it
        mvc.perform(get("/engine-rest/user").with(httpBasic(user, STRONG))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = ?", Integer.class, user)).isZero();
    }

    private String landing(String user, String password, String page, String... alsoAskedFor) throws Exception {
        MvcResult asked = mvc.perform(get(page).accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(asked.getResponse().getRedirectedUrl()).endsWith("/login");
        MockHttpSession session = (MockHttpSession) asked.getRequest().getSession();
        for (String other : alsoAskedFor) {
            mvc.perform(get(other).session(session).header("Accept", "image/avif,image/webp,*/*"));
        }
        return mvc.perform(post("/login").session(session).with(csrf()).param("username", user).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl()
                .replaceFirst("^http://localhost", "");
    }

    private String newUser() throws Exception {
        String user = "login-" + System.nanoTime();
        create("coordinator", customer, "{\"username\":\"" + user + "\",\"password\":\"" + STRONG + "\"}")
                .andExpect(status().isCreated());
        return user;
    }

    private ResultActions create(String staff, long customerId, String body) throws Exception {
        return mvc.perform(post("/api/customers/" + customerId + "/users").with(httpBasic(staff, staff))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from customer_user", Integer.class);
    }
}

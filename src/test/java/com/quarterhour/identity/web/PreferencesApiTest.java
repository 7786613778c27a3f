package com.quarterhour.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** /api/me/preferences and the settings page: each person's own, staff and portal users alike, and nobody else's. */
@QuarterhourTest
class PreferencesApiTest {

    private static final String PASSWORD = "Prefs&Settings-2026";
    private static final String STAFF = "technician";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;
    @Autowired CustomerUsers users;

    private String customerUser;

    @AfterEach
    void forget() {
        jdbc.update("delete from viewer_preference where username in (?, ?)", STAFF, String.valueOf(customerUser));
    }

    @Test
    void anonymousGets401AndNothingIsWritten() throws Exception {
        int before = jdbc.queryForObject("select count(*) from viewer_preference", Integer.class);
        assertThat(call(get("/api/me/preferences"), null).getStatus()).isEqualTo(401);
        assertThat(call(put("/api/me/preferences").contentType(MediaType.APPLICATION_JSON)
                .content("{\"locale\":\"de-DE\"}"), null).getStatus()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from viewer_preference", Integer.class)).isEqualTo(before);
    }

    @Test
    void staffChooseTheirOwnAndReadItBack() throws Exception {
        JsonNode before = body(call(get("/api/me/preferences"), staff()));
        assertThat(before.get("chosen").get("locale").isNull()).isTrue();
        assertThat(before.get("effective")).isEqualTo(json.readTree("{\"locale\":\"en-GB\",\"timeZone\":\"Europe/London\"}"));
        assertThat(before.get("defaults")).isEqualTo(json.readTree("{\"locale\":\"en-GB\",\"timeZone\":\"Europe/London\"}"));
        assertThat(before.get("offeredLocales").get(0).asText()).isEqualTo("en-GB");

        JsonNode saved = body(call(put("/api/me/preferences").contentType(MediaType.APPLICATION_JSON)
                .content("{\"locale\":\"de-DE\",\"timeZone\":\"Europe/Berlin\"}"), staff()));
        assertThat(saved.get("chosen")).isEqualTo(json.readTree("{\"locale\":\"de-DE\",\"timeZone\":\"Europe/Berlin\"}"));
        assertThat(saved.get("effective")).isEqualTo(saved.get("chosen"));
        assertThat(saved.get("changedAt").asText()).isNotBlank();
        assertThat(body(call(get("/api/me/preferences"), staff())).get("chosen")).isEqualTo(saved.get("chosen"));

        JsonNode reset = body(call(put("/api/me/preferences").contentType(MediaType.APPLICATION_JSON)
                .content("{\"locale\":null,\"timeZone\":null}"), staff()));
        assertThat(reset.get("chosen")).isEqualTo(json.readTree("{\"locale\":null,\"timeZone\":null}"));
        assertThat(reset.get("effective")).isEqualTo(reset.get("defaults"));
    }

    @Test
    void aPortalUserChoosesTheirOwnAndStaffSeeNothingOfIt() throws Exception {
        RequestPostProcessor customer = customer();
        JsonNode saved = body(call(put("/api/me/preferences").contentType(MediaType.APPLICATION_JSON)
                .content("{\"locale\":\"fr-FR\",\"timeZone\":\"Europe/Paris\"}"), customer));
        assertThat(saved.get("effective")).isEqualTo(json.readTree("{\"locale\":\"fr-FR\",\"timeZone\":\"Europe/Paris\"}"));
        assertThat(jdbc.queryForObject("select locale from viewer_preference where username = ?", String.class,
                customerUser)).isEqualTo("fr-FR");
        assertThat(body(call(get("/api/me/preferences"), staff())).get("chosen").get("locale").isNull()).isTrue();
    }

    @Test
    void aBadLocaleOrZoneIs400NamingTheFieldAndWritesNothing() throws Exception {
        call(put("/api/me/preferences").contentType(MediaType.APPLICATION_JSON)
                .content("{\"locale\":\"nl-NL\",\"timeZone\":\"Europe/Amsterdam\"}"), staff());

        for (Map.Entry<String, String> bad : Map.of(
                "{\"locale\":\"xx-XX\",\"timeZone\":\"Europe/Berlin\"}", "locale: 'xx-XX' is not offered; choose one of en-GB, en-US",
                "{\"locale\":\"de-DE\",\"timeZone\":\"+02:00\"}", "timeZone: '+02:00' is not an IANA time zone id",
                "{\"locale\":42}", "locale").entrySet()) {
            MockHttpServletResponse answer = call(put("/api/me/preferences").contentType(MediaType.APPLICATION_JSON)
                    .content(bad.getKey()), staff());
            assertThat(answer.getStatus()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.getContentType()).isEqualTo("application/problem+json");
            assertThat(body(answer).get("detail").asText()).as(bad.getKey()).contains(bad.getValue());
        }
        assertThat(jdbc.queryForObject("select locale || ' ' || time_zone from viewer_preference where username = ?",
                String.class, STAFF)).isEqualTo("nl-NL Europe/Amsterdam");
    }

    @Test
    void theSettingsPageOffersEachLocaleInItsOwnLanguageAndSavesWithANotice() throws Exception {
        MockHttpSession session = login(STAFF, STAFF);
        Document page = page(session);
        assertThat(page.select("#locale option").eachText()).containsExactly("Default: English (United Kingdom)",
                "English (United Kingdom)", "English (United States)", "English (Ireland)", "Deutsch (Deutschland)",
                "Français (France)", "Nederlands (Nederland)", "Español (España)");
        assertThat(page.select("#locale option[value=de-DE]").attr("data-example"))
                .isEqualTo("Mo., 30.11.2026, 14:00 · 1.234,50\u00a0£");
        assertThat(page.getElementById("example").text()).isEqualTo("Mon, 30 Nov 2026, 14:00 · £1,234.50");
        assertThat(page.select("#timeZone option").eachAttr("value")).contains("", "Africa/Abidjan", "Europe/Berlin",
                "Pacific/Auckland", "UTC").allMatch(zone -> zone.isEmpty() || zone.matches("[A-Za-z].*[A-Za-z_0-9]"))
                .doesNotContain("SystemV/AST4").isSortedAccordingTo(String::compareTo);
        assertThat(page.select("#timeZone option[value=Europe/London]").text()).isEqualTo("Europe/London (company default)");
        assertThat(page.select("#settings-form input[name=_csrf]")).hasSize(1);
        assertThat(page.getElementById("nav-tasklist")).isNotNull();

        MockHttpServletResponse saved = mvc.perform(post("/settings").session(session).with(csrf())
                .param("locale", "de-DE").param("timeZone", "Europe/Berlin")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/settings");

        Document after = page(session);
        assertThat(after.getElementById("notice").text()).isEqualTo("Saved.");
        assertThat(after.select("#locale option[selected]").attr("value")).isEqualTo("de-DE");
        assertThat(after.select("#timeZone option[selected]").attr("value")).isEqualTo("Europe/Berlin");
        assertThat(after.getElementById("example").wholeText()).isEqualTo("Mo., 30.11.2026, 14:00 · 1.234,50\u00a0£");
        assertThat(page(session).getElementById("notice")).as("the notice is shown once").isNull();

        mvc.perform(post("/settings").session(session).with(csrf()).param("locale", "de-DE")
                .param("timeZone", "Europe/Berlin").param("reset", "true"));
        Document reset = page(session);
        assertThat(reset.select("#locale option[selected]").attr("value")).isEmpty();
        assertThat(reset.getElementById("effective-zone").text()).isEqualTo("Europe/London");
    }

    @Test
    void aHandMadeBadFormIsRefusedOnThePageAndWithoutTokenNotAtAll() throws Exception {
        MockHttpSession session = login(STAFF, STAFF);
        MockHttpServletResponse refused = mvc.perform(post("/settings").session(session).with(csrf())
                .param("locale", "de-DE").param("timeZone", "Mars/Olympus")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.getContentAsString()).getElementById("form-error").text())
                .startsWith("timeZone: 'Mars/Olympus'");

        assertThat(mvc.perform(post("/settings").session(session).param("locale", "de-DE")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from viewer_preference where username = ?", Integer.class, STAFF))
                .isZero();
    }

    @Test
    void aCustomerReachesTheSettingsFromThePortalAndBackToIt() throws Exception {
        customer();
        MockHttpSession session = login(customerUser, PASSWORD);
        Document portal = Jsoup.parse(mvc.perform(get("/portal").session(session)).andReturn().getResponse()
                .getContentAsString());
        assertThat(portal.getElementById("nav-settings").attr("href")).isEqualTo("/settings");
        Document page = page(session);
        assertThat(page.getElementById("nav-portal").attr("href")).isEqualTo("/portal");
        assertThat(page.getElementById("nav-tasklist")).isNull();
    }

    private RequestPostProcessor staff() {
        return httpBasic(STAFF, STAFF);
    }

    private RequestPostProcessor customer() {
        if (customerUser == null) {
            customerUser = "prefs-" + System.nanoTime();
            long customer = new TestCustomers(customers).withoutPlan();
            users.create(customer, new NewCustomerUser(customerUser, PASSWORD, null), "coordinator");
        }
        return httpBasic(customerUser, PASSWORD);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, RequestPostProcessor login) throws Exception {
        if (login != null) {
            request.with(login);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    private MockHttpSession login(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password)).andReturn()
                .getRequest().getSession(false);
    }

    private Document page(MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/settings").session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        // its own script and styles only, as the portal's and the board's pages
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'");
        return Jsoup.parse(response.getContentAsString());
    }
}

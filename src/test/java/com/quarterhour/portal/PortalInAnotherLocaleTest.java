package com.quarterhour.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.Impact;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.time.Instant;
import java.util.Date;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A portal user who reads German (here everyone's default, as a stored choice would be) sees German dates and money,
 * still at the customer's time, and the pages say which language they are in.
 */
@QuarterhourTest
@TestPropertySource(properties = "quarterhour.viewers.default-locale=de-DE")
class PortalInAnotherLocaleTest {

    private static final String PASSWORD = "Portal&Locale-2025";

    @Autowired MockMvc mvc;
    @Autowired CustomerService customers;
    @Autowired CustomerUsers users;
    @Autowired EngagementService engagements;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void datesAndMoneyAreWrittenInTheViewersLocaleAtTheCustomersTime() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-10-08T09:00:00Z")));
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        long id = engagements.report(new NewEngagement(customer, "Drucker offline", null, Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, null), "coordinator").id();
        MockHttpSession session = login(customer);

        Document requests = page(session, "/portal");
        // the words are English whatever the dates are written in, and lang names the words' language for screen readers
        assertThat(requests.selectFirst("html").attr("lang")).isEqualTo("en");
        // 09:00 UTC is 10:00 in London (the customer's zone, named once on the page), a Wednesday
        assertThat(requests.getElementById("request-" + id).text()).contains("Mi., 08.10.2025, 10:00");

        Document hours = page(session, "/portal/hours");
        // the space before the sign is a no-break one
        assertThat(hours.getElementById("credit-balance").text().replaceAll("\\h", " ")).isEqualTo("0,00 £");
        assertThat(hours.select("#hours-table tbody tr").first().select("td").first().text()).isEqualTo("Oktober 2025");
    }

    @Test
    void theBoardIsToldTheViewersLocaleAndZoneForTheDatesItWrites() throws Exception {
        Document board = Jsoup.parse(mvc.perform(get("/board").with(httpBasic("coordinator", "coordinator")))
                .andReturn().getResponse().getContentAsString());
        assertThat(board.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(board.body().attr("data-locale")).isEqualTo("de-DE");
        assertThat(board.body().attr("data-time-zone")).isEqualTo("Europe/London");
    }

    private MockHttpSession login(long customer) throws Exception {
        String username = "locale-" + System.nanoTime();
        users.create(customer, new NewCustomerUser(username, PASSWORD, null), "coordinator");
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}

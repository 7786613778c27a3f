package com.quarterhour.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementDetails;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.engagement.Impact;
import com.quarterhour.engagement.RootCause;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal's pages as a logged-in customer sees them (the session of the login form, the CSRF token of the forms),
 * read by element id as the browser test will. Each test works in September 2025, a month of its own.
 */
@QuarterhourTest
class PortalPagesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String PASSWORD = "Portal&Pages-2025";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;
    @Autowired CustomerUsers users;
    @Autowired EngagementService engagements;

    @BeforeEach
    void wednesdayMorning() {
        at("2025-09-10T09:00:00Z");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aReportedIssueStartsTheSupportRequestAndItsPageShowsEachTimeEntryWithItsNote() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        MockHttpSession session = login(customer);

        Document form = page(session, "/portal/requests/new");
        assertThat(form.getElementById("title").attr("name")).isEqualTo("title");
        assertThat(form.getElementById("description").attr("name")).isEqualTo("description");
        assertThat(form.select("#impact option")).extracting(Element::text).containsExactly(
                "Service fully usable (low priority impact)", "Service use partially impaired (medium priority impact)",
                "Service use severely impaired (high priority impact)", "Service unusable (critical priority impact)");
        assertThat(form.getElementById("report-submit").attr("type")).isEqualTo("submit");
        assertThat(form.select("#report-form input[name=_csrf]")).hasSize(1);

        MockHttpServletResponse reported = mvc.perform(post("/portal/requests").session(session).with(csrf())
                .param("title", "Printer offline").param("description", "The office printer shows error 41")
                .param("impact", "SEVERELY_IMPAIRED")).andReturn().getResponse();
        assertThat(reported.getStatus()).isEqualTo(302);
        assertThat(reported.getRedirectedUrl()).matches("/portal/requests/\\d+");
        long id = Long.parseLong(reported.getRedirectedUrl().substring("/portal/requests/".length()));

        EngagementDetails engagement = engagements.get(id);
        assertThat(engagement.customerId()).isEqualTo(customer);
        assertThat(engagement.channel()).isEqualTo(Channel.REPORT);
        assertThat(engagement.impact()).isEqualTo(Impact.SEVERELY_IMPAIRED);
        assertThat(engagement.status()).isEqualTo(EngagementStatus.REPORTED);
        assertThat(engagement.suggestedPriority()).isEqualTo(Priority.P2);
        assertThat(engagement.processInstanceId()).isNotBlank();
        assertThat(jdbc.queryForObject("select reported_by from engagement where id = ?", String.class, id))
                .isEqualTo(usernameOf(customer));

        Document before = page(session, "/portal/requests/" + id);
        assertThat(before.getElementById("request-title").text()).isEqualTo("Printer offline");
        // the login's contact (named after the login, as it has no e-mail address) reported it
        assertThat(before.getElementById("request-reporter").text()).isEqualTo(usernameOf(customer));
        assertThat(engagement.reporterName()).isEqualTo(usernameOf(customer));
        assertThat(before.getElementById("request-status").text()).isEqualTo("Reported, awaiting triage");
        assertThat(before.getElementById("request-impact").text()).startsWith("Service use severely impaired");
        assertThat(before.getElementById("request-response-due").text()).isEqualTo("Wed, 10 Sept 2025, 14:00");
        assertThat(before.getElementById("time-entries")).isNull();
        assertThat(before.getElementById("no-time-entries")).isNotNull();

        engagements.triage(id, new Triage(Priority.P2, true, "technician", null, null), "coordinator");
        at("2025-09-11T10:00:00Z");
        engagements.captureTime(id, new NewTimeEntry(LocalDate.of(2025, 9, 11), 75, "Reinstalled the driver", null, null),
                "technician");
        // back-dated: the table is in date order, not in the order of capture
        engagements.captureTime(id, new NewTimeEntry(LocalDate.of(2025, 9, 10), 30, "Checked the toner", null, null),
                "technician");

        Document after = page(session, "/portal/requests/" + id);
        assertThat(after.getElementById("request-status").text()).isEqualTo("In progress");
        assertThat(after.getElementById("request-priority").text()).isEqualTo("P2 High");
        assertThat(after.getElementById("request-time").text()).isEqualTo("1 h 45 min");
        List<List<String>> rows = after.select("#time-entries tbody tr").stream()
                .map(tr -> tr.select("td").eachText()).toList();
        assertThat(rows).containsExactly(
                List.of("Wed, 10 Sept 2025", "30 min", "Checked the toner"),
                List.of("Thu, 11 Sept 2025", "1 h 15 min", "Reinstalled the driver"));

        Document list = page(session, "/portal");
        Element row = list.getElementById("request-" + id);
        assertThat(row.select("td").eachText()).containsExactly("ENG-" + id + " Printer offline", "In progress", "P2 High",
                "Wed, 10 Sept 2025, 10:00", "Wed, 10 Sept 2025, 14:00", "—", "1 h 45 min");
    }

    @Test
    void aBookedAppointmentWaitsForItsStartInTheCustomersTimeZone() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        MockHttpSession session = login(customer);
        assertThat(page(session, "/portal/appointments/new").getElementById("appointment-submit")).isNotNull();

        MockHttpServletResponse booked = mvc.perform(post("/portal/appointments").session(session).with(csrf())
                .param("title", "Set up the new laptop").param("description", "").param("impact", "FULLY_USABLE")
                .param("start", "2025-09-12T14:00")).andReturn().getResponse();
        assertThat(booked.getRedirectedUrl()).matches("/portal/requests/\\d+");
        long id = Long.parseLong(booked.getRedirectedUrl().substring("/portal/requests/".length()));
        EngagementDetails engagement = engagements.get(id);
        assertThat(engagement.channel()).isEqualTo(Channel.APPOINTMENT);
        assertThat(engagement.status()).isEqualTo(EngagementStatus.SCHEDULED);
        assertThat(engagement.appointmentStart()).isEqualTo(Instant.parse("2025-09-12T13:00:00Z"));
        assertThat(page(session, "/portal/requests/" + id).getElementById("request-status").text())
                .isEqualTo("Appointment booked");
    }

    @Test
    void theBookingPageOffersStartsInsideTheCustomersWorkingHoursAndNoPastTime() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        MockHttpSession session = login(customer);

        Document form = page(session, "/portal/appointments/new");

        // Wednesday 10:00 in London: the rest of today's office hours first, then every half hour (the slot length)
        // of nine more working days
        List<Element> offered = form.select("#slot option:not([value=''])");
        assertThat(offered).hasSize(14 + 9 * 16);
        assertThat(offered.get(0).attr("value")).isEqualTo("2025-09-10T10:00");
        assertThat(offered.get(0).text()).isEqualTo("Wed, 10 Sept 2025, 10:00");
        assertThat(offered.get(1).attr("value")).isEqualTo("2025-09-10T10:30");
        assertThat(offered.get(13).attr("value")).isEqualTo("2025-09-10T16:30");
        assertThat(offered.get(14).attr("value")).isEqualTo("2025-09-11T09:00");
        assertThat(offered).extracting(o -> o.attr("value")).noneMatch(v -> v.startsWith("2025-09-13") || v.startsWith("2025-09-14"));
        assertThat(form.getElementById("start").attr("min")).isEqualTo("2025-09-10T10:00");
        assertThat(form.getElementById("off-hours-note").text()).contains("off-hours work", "urgent (P1)", "P1 rate");

        MockHttpServletResponse booked = mvc.perform(post("/portal/appointments").session(session).with(csrf())
                .param("title", "Move the printer").param("impact", "FULLY_USABLE")
                .param("slot", offered.get(15).attr("value")).param("start", "")).andReturn().getResponse();
        long id = Long.parseLong(booked.getRedirectedUrl().substring("/portal/requests/".length()));
        assertThat(engagements.get(id).appointmentStart()).isEqualTo(Instant.parse("2025-09-11T08:30:00Z"));
        assertThat(engagements.get(id).offHours()).isFalse();

        MockHttpServletResponse both = mvc.perform(post("/portal/appointments").session(session).with(csrf())
                .param("title", "Move the printer").param("impact", "FULLY_USABLE")
                .param("slot", "2025-09-11T09:00").param("start", "2025-09-11T20:00")).andReturn().getResponse();
        assertThat(both.getStatus()).isEqualTo(400);
        Document refused = Jsoup.parse(both.getContentAsString());
        assertThat(refused.getElementById("form-error").text())
                .isEqualTo("Choose one of the offered times or another time, not both");
        assertThat(refused.select("#slot option[selected]").attr("value")).isEqualTo("2025-09-11T09:00");
    }

    @Test
    void aRefusedReportOrBookingKeepsWhatWasTypedAndRecordsNothing() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        MockHttpSession session = login(customer);
        int before = jdbc.queryForObject("select count(*) from engagement", Integer.class);

        MockHttpServletResponse refused = mvc.perform(post("/portal/requests").session(session).with(csrf())
                .param("title", " ").param("description", "Kept as typed").param("impact", "UNUSABLE"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        Document form = Jsoup.parse(refused.getContentAsString());
        assertThat(form.getElementById("form-error").text()).isEqualTo("The title is required");
        assertThat(form.getElementById("description").text()).isEqualTo("Kept as typed");
        assertThat(form.select("#impact option[selected]").attr("value")).isEqualTo("UNUSABLE");

        MockHttpServletResponse past = mvc.perform(post("/portal/appointments").session(session).with(csrf())
                .param("title", "Yesterday").param("impact", "FULLY_USABLE").param("start", "2025-09-09T10:00"))
                .andReturn().getResponse();
        assertThat(past.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(past.getContentAsString()).getElementById("form-error").text())
                .isEqualTo("The start must be in the future");
        MockHttpServletResponse garbled = mvc.perform(post("/portal/appointments").session(session).with(csrf())
                .param("title", "Soon").param("impact", "FULLY_USABLE").param("start", "next week"))
                .andReturn().getResponse();
        assertThat(garbled.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(garbled.getContentAsString()).getElementById("form-error").text())
                .startsWith("The start 'next week' is not a date and time");
        assertThat(jdbc.queryForObject("select count(*) from engagement", Integer.class)).isEqualTo(before);
    }

    @Test
    void myRequestsAreMineOnlyAndAnotherCustomersRequestIsAsMissingAsOneThatDoesNotExist() throws Exception {
        long mine = new TestCustomers(customers).onPlan("BPS-20");
        long theirs = new TestCustomers(customers).onPlan("BPS-20");
        long own = report(mine, "Mine");
        long other = report(theirs, "Theirs");
        MockHttpSession session = login(mine);

        Document list = page(session, "/portal");
        assertThat(list.select("#requests tbody tr")).extracting(tr -> tr.id()).containsExactly("request-" + own);

        MockHttpServletResponse foreign = mvc.perform(get("/portal/requests/" + other).session(session)).andReturn().getResponse();
        MockHttpServletResponse missing = mvc.perform(get("/portal/requests/987654321").session(session)).andReturn().getResponse();
        MockHttpServletResponse malformed = mvc.perform(get("/portal/requests/abc").session(session)).andReturn().getResponse();
        assertThat(List.of(foreign.getStatus(), missing.getStatus(), malformed.getStatus())).containsOnly(404);
        assertThat(foreign.getContentAsString()).isEqualTo(missing.getContentAsString()).isEqualTo(malformed.getContentAsString());
        assertThat(Jsoup.parse(foreign.getContentAsString()).getElementById("error-message").text())
                .isEqualTo("We could not find that page.");
        assertThat(foreign.getContentAsString()).doesNotContain("Theirs");
    }

    @Test
    void requestsComeTwentyFiveToAPageNewestFirstWithLinksToOlderAndNewer() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            ids.add(report(customer, "Request " + i));
        }
        MockHttpSession session = login(customer);

        Document first = page(session, "/portal");
        assertThat(first.select("#requests tbody tr")).hasSize(25).first().extracting(Element::id)
                .isEqualTo("request-" + ids.get(25));
        assertThat(first.getElementById("newer")).isNull();
        assertThat(first.getElementById("older").attr("href")).isEqualTo("/portal?page=1");
        Document second = page(session, "/portal?page=1");
        assertThat(second.select("#requests tbody tr")).extracting(Element::id).containsExactly("request-" + ids.get(0));
        assertThat(second.getElementById("older")).isNull();
        assertThat(second.getElementById("newer").attr("href")).isEqualTo("/portal?page=0");
        assertThat(page(session, "/portal?page=-3").select("#requests tbody tr")).as("a bad page is the first").hasSize(25);
    }

    @Test
    void hoursShowThisMonthAndTheLastTwelveForTheChart() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        long id = report(customer, "Backup job fails");
        engagements.triage(id, new Triage(Priority.P3, true, "technician", null, null), "coordinator");
        engagements.captureTime(id, new NewTimeEntry(LocalDate.of(2025, 9, 10), 150, "Fixed the backup job", null, null),
                "technician");
        engagements.resolve(id, new Resolution(RootCause.CUSTOMER, "Disk was full", null, null, null, false, null), "technician");
        long open = report(customer, "Still open");
        engagements.triage(open, new Triage(Priority.P3, true, "technician", null, null), "coordinator");
        engagements.captureTime(open, new NewTimeEntry(LocalDate.of(2025, 9, 10), 60, "Looked into it", null, null),
                "technician");
        MockHttpSession session = login(customer);

        Document hours = page(session, "/portal/hours");
        assertThat(hours.getElementById("hours-plan").text()).isEqualTo("BPS-20");
        assertThat(hours.getElementById("hours-included").text()).isEqualTo("20 h");
        assertThat(hours.getElementById("hours-used").text()).isEqualTo("2.5 h");
        assertThat(hours.getElementById("hours-remaining").text()).isEqualTo("17.5 h");
        assertThat(hours.getElementById("hours-overage").text()).isEqualTo("0 h");
        assertThat(hours.getElementById("hours-captured").text()).isEqualTo("3.5 h");
        assertThat(hours.getElementById("credit-balance").text()).isEqualTo("£0.00");
        JsonNode series = json.readTree(hours.getElementById("hours-chart").attr("data-series"));
        assertThat(series.get("labels")).hasSize(12);
        assertThat(series.get("labels").get(0).asText()).isEqualTo("Oct 2024");
        assertThat(series.get("labels").get(11).asText()).isEqualTo("Sept 2025");
        assertThat(series.get("included").get(11).decimalValue()).isEqualByComparingTo("20");
        assertThat(series.get("used").get(11).decimalValue()).isEqualByComparingTo("2.5");
        assertThat(series.get("overage").get(11).decimalValue()).isEqualByComparingTo("0");
        assertThat(series.get("included").get(0).decimalValue()).isEqualByComparingTo("0"); // before the subscription
        assertThat(hours.select("#hours-table tbody tr")).hasSize(12);
        assertThat(hours.select("#hours-table tbody tr").first().select("td").eachText())
                .containsExactly("September 2025", "BPS-20", "20 h", "2.5 h", "17.5 h", "0 h");
        // Chart.js from its WebJar, the version filled in by the WebJars locator
        assertThat(hours.select("script").eachAttr("src")).satisfiesExactly(
                chart -> assertThat(chart).startsWith("/webjars/chart.js/").endsWith("/dist/chart.umd.js"),
                own -> assertThat(own).isEqualTo("/portal/assets/hours.js"));
    }

    @Test
    void invoicesListNumberedOnesWithWorkingDownloadsAndTheCheaperPlan() throws Exception {
        at("2025-06-02T09:00:00Z");
        long customer = new TestCustomers(customers).onPlan("PAYG", LocalDate.of(2025, 6, 1));
        // 20 hours of pay-as-you-go work in each of three months: £1,400 a month, where BPS-20 costs £1,100
        for (String month : List.of("2025-06", "2025-07", "2025-08")) {
            at(month + "-04T09:00:00Z");
            long id = report(customer, "Monthly maintenance " + month);
            engagements.triage(id, new Triage(Priority.P4, true, "technician", null, null), "coordinator");
            engagements.captureTime(id, new NewTimeEntry(LocalDate.parse(month + "-04"), 1200, "Maintenance", null, null),
                    "technician");
            engagements.resolve(id, new Resolution(RootCause.OTHER, "Done", null, null, null, false, null), "technician");
        }
        at("2025-08-20T09:00:00Z");
        long invoice = json.readTree(mvc.perform(post("/api/customers/" + customer + "/purchases")
                .with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"PREPAID_HOURS\",\"hours\":10}")).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
        mvc.perform(post("/api/invoices/" + invoice + "/payments").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\":300.00,\"paidOn\":\"2025-08-20\",\"reference\":\"BACS 1\"}"))
                .andExpect(status().isCreated());
        MockHttpSession session = login(customer);

        Document page = page(session, "/portal/invoices");
        Element row = page.getElementById("invoice-" + invoice);
        assertThat(row.select("td").eachText().subList(0, 7)).containsExactly(
                jdbc.queryForObject("select number from invoice where id = ?", String.class, invoice), "2025-08", "Purchase",
                "Partly paid", "£798.00", "£300.00", "£498.00");
        String pdfLink = row.select("a.pdf").attr("href");
        String csvLink = row.select("a.csv").attr("href");
        assertThat(pdfLink).isEqualTo("/api/invoices/" + invoice + ".pdf");
        MockHttpServletResponse pdf = mvc.perform(get(pdfLink).session(session)).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        // issued on 20 August with the seller's 14 days to pay (the tests' configuration)
        assertThat(row.select("td.due").text()).isEqualTo("Wed, 3 Sept 2025");
        String pdfText = new PdfTextExtractor(new PdfReader(pdf.getContentAsByteArray())).getTextFromPage(1)
                .replaceAll("\\s+", " ");
        assertThat(pdfText).contains("Invoice date 20 Aug 2025", "Due date 3 Sep 2025", "Please pay £498.00 by 3 Sep "
                + "2025").doesNotContain("Status", "PARTLY");
        MockHttpServletResponse csv = mvc.perform(get(csvLink).session(session)).andReturn().getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentAsString()).contains("PREPAID_HOURS").doesNotContain("TOTAL");
        MockHttpServletResponse totals = mvc.perform(get(row.select("a.totals-csv").attr("href")).session(session))
                .andReturn().getResponse();
        assertThat(totals.getStatus()).isEqualTo(200);
        assertThat(totals.getContentAsString()).contains("2025-09-03", "798.00");

        assertThat(page.getElementById("recommended-plan").text()).isEqualTo("Business Priority Support 20 (BPS-20)");
        // August has not ended: June and July are compared
        assertThat(page.getElementById("recommendation-arithmetic").text()).isEqualTo("BPS-20 would have cost "
                + "£2,200.00 over Jun–Jul 2025 against the £2,800.00 you paid (before VAT): £600.00 less");
    }

    @Test
    void withoutInvoicesOrACheaperPlanThePageSaysSo() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        Document page = page(login(customer), "/portal/invoices");
        assertThat(page.getElementById("no-invoices")).isNotNull();
        assertThat(page.getElementById("recommendation")).isNull();
    }

    @Test
    void everyPageLoadsOnlyItsOwnAssetsUnderAStrictContentSecurityPolicy() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        long id = report(customer, "Assets");
        MockHttpSession session = login(customer);
        for (String path : List.of("/portal", "/portal/requests/" + id, "/portal/requests/new", "/portal/appointments/new",
                "/portal/hours", "/portal/invoices")) {
            MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getHeader("Content-Security-Policy")).as(path)
                    .contains("script-src 'self'", "style-src 'self'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.select("script:not([src])")).as(path + ": inline scripts").isEmpty();
            assertThat(page.select("style, [style]")).as(path + ": inline styles").isEmpty();
            assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on"))).as(path + ": inline handlers").isEmpty();
            List<String> assets = new java.util.ArrayList<>(page.select("script[src]").eachAttr("src"));
            assets.addAll(page.select("link[rel=stylesheet]").eachAttr("href"));
            assertThat(assets).as(path).isNotEmpty().allSatisfy(asset -> {
                assertThat(asset).startsWith("/");
                MockHttpServletResponse loaded = mvc.perform(get(asset).session(session)).andReturn().getResponse();
                assertThat(loaded.getStatus()).as(asset).isEqualTo(200);
                assertThat(loaded.getContentAsByteArray()).as(asset).isNotEmpty();
            });
            assertThat(page.select("form[method=post]")).as(path).allSatisfy(f ->
                    assertThat(f.select("input[name=_csrf]")).as(path + " " + f.id()).hasSize(1));
        }
    }

    @Test
    void theDemoLoginsOpenTheirDemoCustomersPortal() throws Exception {
        ClockUtil.reset();
        for (String[] demo : new String[][] {{"customer", "Demo Business Priority Support 20 Co (BPS-20)"},
                {"customer-b", "Demo Business Priority Support 60 Co (BPS-60)"}}) {
            MockHttpServletResponse login = mvc.perform(formLogin("/login").user(demo[0]).password(demo[0]))
                    .andReturn().getResponse();
            assertThat(login.getRedirectedUrl()).isEqualTo("/portal");
            MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(demo[0]).password(demo[0]))
                    .andReturn().getRequest().getSession(false);
            assertThat(page(session, "/portal").select(".brand .who").text()).isEqualTo(demo[1]);
        }
    }

    private long report(long customer, String title) {
        return engagements.report(new NewEngagement(customer, title, null, Channel.REPORT, Impact.PARTIALLY_IMPAIRED,
                null, null, null), "coordinator").id();
    }

    private MockHttpSession login(long customer) throws Exception {
        String username = "pages-" + System.nanoTime();
        users.create(customer, new NewCustomerUser(username, PASSWORD, null), "coordinator");
        MockHttpServletResponse response = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/portal");
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private String usernameOf(long customer) {
        return jdbc.queryForObject("select max(username) from customer_user where customer_id = ?", String.class, customer);
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }
}

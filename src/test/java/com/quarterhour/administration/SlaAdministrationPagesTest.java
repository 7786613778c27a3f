package com.quarterhour.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.quarterhour.calendar.BusinessCalendars;
import com.quarterhour.calendar.CalendarDetails;
import com.quarterhour.calendar.ClosedDate;
import com.quarterhour.calendar.HolidayRule;
import com.quarterhour.calendar.OpeningInterval;
import com.quarterhour.identity.CustomerScope;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.PolicyDetails;
import com.quarterhour.sla.SlaPolicies;
import com.quarterhour.sla.TargetRequest;
import com.quarterhour.support.QuarterhourTest;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrators' SLA pages through MockMvc, read by element id as the browser test reads them: what an
 * administrator saves is what the calendar and policy services then hold, a refused value is shown on the form and
 * stores nothing, and every other role is turned away before anything is written.
 */
@QuarterhourTest
class SlaAdministrationPagesTest {

    private static final RequestPostProcessor ADMIN = httpBasic("demo", "demo");

    @Autowired MockMvc mvc;
    @Autowired BusinessCalendars calendars;
    @Autowired SlaPolicies policies;

    /** One browser's session, so that the notice a saved form leaves for the next page reaches it. */
    MockHttpSession session = new MockHttpSession();

    @Test
    void anAdministratorCreatesACalendarWithASplitDayAndEditsIt() throws Exception {
        Document blank = page(get("/admin/sla/calendars/new"), ADMIN);
        assertThat(blank.getElementById("hours-MONDAY").val()).isEqualTo("09:00–17:00");
        assertThat(blank.getElementById("hours-SATURDAY").val()).isEmpty();
        assertThat(blank.getElementById("timeZone").val()).isEqualTo("Europe/London");

        String name = unique("Edinburgh split shift");
        MockHttpServletResponse created = send(post("/admin/sla/calendars").param("name", name)
                .param("timeZone", "Europe/London")
                .param("hours[MONDAY]", "09:00–12:00, 13:00-18:00").param("hours[TUESDAY]", "09:00 to 12:00; 13:00 to 18:00")
                .param("hours[SATURDAY]", "00:00–24:00")
                .param("country", "GB").param("region", "sct")
                .param("closedDates", "2026-12-24\n\n2026-12-31 Hogmanay\n"), ADMIN);
        assertThat(created.getRedirectedUrl()).matches("/admin/sla/calendars/\\d+");
        long id = Long.parseLong(created.getRedirectedUrl().substring("/admin/sla/calendars/".length()));

        CalendarDetails saved = calendars.get(id);
        assertThat(saved.name()).isEqualTo(name);
        assertThat(saved.week()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);
        assertThat(saved.week().get(DayOfWeek.MONDAY)).containsExactly(
                new OpeningInterval("09:00", "12:00"), new OpeningInterval("13:00", "18:00"));
        assertThat(saved.week().get(DayOfWeek.TUESDAY)).isEqualTo(saved.week().get(DayOfWeek.MONDAY));
        assertThat(saved.week().get(DayOfWeek.SATURDAY)).containsExactly(new OpeningInterval("00:00", "24:00"));
        assertThat(saved.holidays()).isEqualTo(new HolidayRule("GB", "sct"));
        assertThat(saved.closedDates()).extracting(ClosedDate::date)
                .containsExactly(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31"));
        // a 4-hour target from Monday 11:00 skips the lunch hour the page stored
        assertThat(calendars.due(id, Instant.parse("2026-11-23T11:00:00Z"), 240)).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));

        Document edit = page(get("/admin/sla/calendars/" + id), ADMIN);
        assertThat(edit.getElementById("notice").text()).isEqualTo("Saved the calendar “" + name + "”.");
        assertThat(edit.getElementById("hours-MONDAY").val()).isEqualTo("09:00–12:00, 13:00–18:00");
        assertThat(edit.getElementById("region").val()).isEqualTo("sct");
        assertThat(edit.getElementById("import-form")).isNotNull();

        send(post("/admin/sla/calendars/" + id).param("name", name).param("timeZone", "Europe/London")
                .param("hours[MONDAY]", "08:00–16:00").param("hours[FRIDAY]", "08:00–13:00")
                .param("country", "GB").param("closedDates", edit.getElementById("closedDates").val()), ADMIN);
        CalendarDetails edited = calendars.get(id);
        assertThat(edited.week()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(edited.holidays().region()).isNull();
        assertThat(edited.closedDates()).extracting(ClosedDate::date).hasSize(2);

        Document list = page(get("/admin/sla"), ADMIN);
        assertThat(list.getElementById("calendar-" + id).select("td").eachText())
                .containsExactly(name, "Europe/London", "Mon 08:00–16:00 Fri 08:00–13:00", "GB", "2");
    }

    @Test
    void aRefusedCalendarIsShownAgainAsTypedWithTheReasonAndNothingIsStored() throws Exception {
        int before = calendars.list().size();
        String name = unique("Night shift");

        Document notARange = refused(post("/admin/sla/calendars").param("name", name).param("timeZone", "Europe/London")
                .param("hours[MONDAY]", "nine till five"), 400);
        assertThat(notARange.getElementById("form-error").text()).startsWith("Monday: write the opening hours as 09:00–17:00")
                .contains("'nine till five'");
        assertThat(notARange.getElementById("name").val()).isEqualTo(name);
        assertThat(notARange.getElementById("hours-MONDAY").val()).isEqualTo("nine till five");

        Document badZone = refused(post("/admin/sla/calendars").param("name", name).param("timeZone", "Mars/Olympus")
                .param("hours[MONDAY]", "22:00–24:00"), 400);
        assertThat(badZone.getElementById("form-error").text()).contains("Unknown time zone 'Mars/Olympus'");

        Document overlapping = refused(post("/admin/sla/calendars").param("name", name).param("timeZone", "Europe/London")
                .param("hours[MONDAY]", "09:00–13:00, 12:00–18:00"), 400);
        assertThat(overlapping.getElementById("form-error").text()).contains("Monday", "overlap");

        Document badDate = refused(post("/admin/sla/calendars").param("name", name).param("timeZone", "Europe/London")
                .param("hours[MONDAY]", "09:00–17:00").param("closedDates", "24/12/2026"), 400);
        assertThat(badDate.getElementById("form-error").text()).contains("'24/12/2026' is not a date");

        assertThat(calendars.list()).hasSize(before);
    }

    @Test
    void closedDatesComeFromAnUploadedIcsFileAndABrokenFileChangesNothing() throws Exception {
        long id = calendar(unique("Glasgow office"));

        MockHttpServletResponse imported = send(multipart("/admin/sla/calendars/{id}/closed-dates", id)
                .file(ics("scotland.ics", resource("calendar/scotland-bank-holidays-2026.ics"))), ADMIN);
        assertThat(imported.getRedirectedUrl()).isEqualTo("/admin/sla/calendars/" + id);
        List<ClosedDate> closed = calendars.get(id).closedDates();
        assertThat(closed).contains(new ClosedDate(LocalDate.parse("2026-01-02"), "2nd January"));
        Document edit = page(get("/admin/sla/calendars/" + id), ADMIN);
        assertThat(edit.getElementById("notice").text())
                .isEqualTo("Imported the closed dates of scotland.ics: the calendar now has " + closed.size() + " closed dates.");
        assertThat(edit.getElementById("closedDates").val()).contains("2026-01-02 2nd January");

        Document broken = refused(multipart("/admin/sla/calendars/{id}/closed-dates", id)
                .file(ics("broken.ics", "BEGIN:VCALENDAR\nthis is not iCalendar\n".getBytes())), 400);
        assertThat(broken.getElementById("import-error").text()).isNotBlank();
        assertThat(broken.getElementById("form-error")).isNull();
        Document nothing = refused(multipart("/admin/sla/calendars/{id}/closed-dates", id), 400);
        assertThat(nothing.getElementById("import-error").text()).isEqualTo("Choose an iCalendar (.ics) file to import closed dates from");
        assertThat(calendars.get(id).closedDates()).isEqualTo(closed);
    }

    @Test
    void anAdministratorCreatesAPolicyEditsItIntoANewVersionAndReappliesIt() throws Exception {
        String name = unique("Gold support");
        MockHttpServletResponse created = send(post("/admin/sla/policies").param("name", name)
                .param("targets[P1].responseMinutes", "60").param("targets[P1].resolutionMinutes", "480")
                .param("targets[P1].calendar", "24/7")
                .param("targets[P2].responseMinutes", "120").param("targets[P2].calendar", "BUSINESS")
                .param("targets[P3].calendar", "BUSINESS")
                .param("warnAtPercent", "80").param("goalPercent", "90")
                .param("escalateAtPercent", "150").param("escalateTo", "head-of-support@example.com"), ADMIN);
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/sla");
        PolicyDetails policy = policies.list().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(policy.targets()).containsExactly(new TargetRequest(Priority.P1, 60, 480, "24/7"),
                new TargetRequest(Priority.P2, 120, null, "BUSINESS"));
        assertThat(policy.warnAtPercent()).isEqualTo(80);
        assertThat(policy.goalPercent()).isEqualTo(90);
        assertThat(policy.escalateAtPercent()).isEqualTo(150);
        assertThat(policy.escalateTo()).isEqualTo("head-of-support@example.com");

        Document list = page(get("/admin/sla"), ADMIN);
        assertThat(list.getElementById("notice").text()).isEqualTo("Saved the policy “" + name + "”.");
        assertThat(list.getElementById("policy-" + policy.id()).select("td").eachText()).startsWith(name, "1",
                "P1: response 1 h, resolution 8 h, 24/7 P2: response 2 h, no resolution target, business hours",
                "80%", "90%", "150% to head-of-support@example.com");

        Document edit = page(get("/admin/sla/policies/" + policy.id()), ADMIN);
        assertThat(edit.getElementById("P1-response").val()).isEqualTo("60");
        assertThat(edit.getElementById("P1-calendar").select("option[selected]").val()).isEqualTo("24/7");
        assertThat(edit.getElementById("P3-response").val()).isEmpty();
        send(post("/admin/sla/policies/" + policy.id()).param("name", name)
                .param("targets[P1].responseMinutes", "30").param("targets[P1].calendar", "24/7")
                .param("warnAtPercent", "75"), ADMIN);
        assertThat(page(get("/admin/sla"), ADMIN).getElementById("notice").text()).isEqualTo("Saved the policy “" + name
                + "” as version 2. Open requests keep their terms until you re-apply it.");
        PolicyDetails edited = policies.get(policy.id());
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.targets()).containsExactly(new TargetRequest(Priority.P1, 30, null, "24/7"));
        assertThat(edited.escalateAtPercent()).isNull();

        MockHttpServletResponse reapplied = send(post("/admin/sla/policies/" + policy.id() + "/reapply"), ADMIN);
        assertThat(reapplied.getRedirectedUrl()).isEqualTo("/admin/sla");
        assertThat(page(get("/admin/sla"), ADMIN).getElementById("notice").text())
                .isEqualTo("Re-applied “" + name + "” (version 2) to 0 open requests.");
    }

    @Test
    void aRefusedPolicyIsShownAgainWithTheReasonAndNothingIsStored() throws Exception {
        String name = unique("Silver support");
        int before = policies.list().size();

        Document tooLate = refused(post("/admin/sla/policies").param("name", name)
                .param("targets[P1].responseMinutes", "60").param("targets[P1].calendar", "24/7")
                .param("warnAtPercent", "150"), 400);
        assertThat(tooLate.getElementById("form-error").text()).as("named as the form labels it")
                .startsWith("“Warning at” must be from 1 to 99");
        assertThat(tooLate.getElementById("P1-response").val()).isEqualTo("60");
        assertThat(tooLate.getElementById("warnAtPercent").val()).isEqualTo("150");

        Document notANumber = refused(post("/admin/sla/policies").param("name", name)
                .param("targets[P2].responseMinutes", "4 hours"), 400);
        assertThat(notANumber.getElementById("form-error").text())
                .isEqualTo("P2 response target: '4 hours' is not a whole number of minutes, such as 240");

        Document noAddress = refused(post("/admin/sla/policies").param("name", name)
                .param("targets[P1].responseMinutes", "60").param("escalateAtPercent", "150"), 400);
        assertThat(noAddress.getElementById("form-error").text()).isNotBlank();

        String taken = policies.list().get(0).name();
        Document duplicate = refused(post("/admin/sla/policies").param("name", taken)
                .param("targets[P1].responseMinutes", "60"), 409);
        assertThat(duplicate.getElementById("form-error").text()).contains("already exists");

        assertThat(policies.list()).hasSize(before);
    }

    @Test
    void managersReadTheListsOnlyAndOtherRolesAreTurnedAway() throws Exception {
        PolicyDetails seeded = policies.list().get(0);
        RequestPostProcessor manager = httpBasic("manager", "manager");

        Document readOnly = page(get("/admin/sla"), manager);
        assertThat(readOnly.getElementById("read-only")).isNotNull();
        assertThat(readOnly.getElementById("new-calendar")).isNull();
        assertThat(readOnly.getElementById("new-policy")).isNull();
        assertThat(readOnly.getElementById("reapply-" + seeded.id())).isNull();
        assertThat(readOnly.getElementById("policy-" + seeded.id()).text()).contains(seeded.name());
        assertThat(page(get("/admin/sla"), ADMIN).getElementById("reapply-" + seeded.id())).isNotNull();

        int calendarsBefore = calendars.list().size();
        for (RequestPostProcessor role : List.of(manager, httpBasic("coordinator", "coordinator"),
                httpBasic("technician", "technician"))) {
            Document refused = forbidden(post("/admin/sla/calendars").param("name", unique("Not mine"))
                    .param("timeZone", "Europe/London").param("hours[MONDAY]", "09:00–17:00"), role);
            assertThat(refused.getElementById("error-message").text())
                    .isEqualTo("Only administrators may change calendars and SLA policies.");
            forbidden(post("/admin/sla/policies").param("name", unique("Not mine"))
                    .param("targets[P1].responseMinutes", "60"), role);
            forbidden(post("/admin/sla/policies/" + seeded.id() + "/reapply"), role);
            forbidden(get("/admin/sla/calendars/new"), role);
            forbidden(get("/admin/sla/policies/" + seeded.id()), role);
        }
        forbidden(get("/admin/sla"), httpBasic("coordinator", "coordinator"));
        assertThat(calendars.list()).hasSize(calendarsBefore);
        assertThat(policies.get(seeded.id()).version()).isEqualTo(seeded.version());
    }

    @Test
    void customersAndStrangersNeverReachThePagesAndAFormWithoutItsTokenIsRefused() throws Exception {
        RequestPostProcessor customer = user("customer-user").roles(CustomerScope.ROLE);
        assertThat(mvc.perform(get("/admin/sla").with(customer)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/admin/sla/policies").param("name", "Mine").with(csrf()).with(customer))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/sla").accept(MediaType.TEXT_HTML)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");

        int before = policies.list().size();
        MockHttpServletResponse forged = mvc.perform(post("/admin/sla/policies").param("name", unique("Forged"))
                .param("targets[P1].responseMinutes", "60").with(ADMIN)).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(policies.list()).hasSize(before);

        MockHttpServletResponse page = mvc.perform(get("/admin/sla").with(ADMIN)).andReturn().getResponse();
        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'");
    }

    private long calendar(String name) throws Exception {
        MockHttpServletResponse created = send(post("/admin/sla/calendars").param("name", name)
                .param("timeZone", "Europe/London").param("hours[MONDAY]", "09:00–17:00").param("country", "GB")
                .param("region", "sct"), ADMIN);
        page(get(created.getRedirectedUrl()), ADMIN); // shows, and so clears, the notice that it was saved
        return Long.parseLong(created.getRedirectedUrl().substring("/admin/sla/calendars/".length()));
    }

    private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(session).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** A form sent with its CSRF token, as the page sends it; it answers with a redirect. */
    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(session).with(csrf()).with(who)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return response;
    }

    private Document refused(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf()).with(ADMIN)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString());
    }

    private Document forbidden(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf()).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(403);
        return Jsoup.parse(response.getContentAsString());
    }

    private static MockMultipartFile ics(String filename, byte[] content) {
        return new MockMultipartFile("file", filename, "text/calendar", content);
    }

    private static byte[] resource(String path) throws Exception {
        try (InputStream in = SlaAdministrationPagesTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private static String unique(String name) {
        return name + " " + System.nanoTime();
    }
}

package com.quarterhour.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.calendar.internal.StoredCalendar;
import com.quarterhour.calendar.internal.StoredCalendarRepository;
import com.quarterhour.support.QuarterhourTest;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Business calendars over HTTP: administrators write them, managers read them, coordinators ask for due times. */
@QuarterhourTest
class CalendarApiTest {

    private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired BusinessCalendars calendars;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired StoredCalendarRepository repository;

    private static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    private static String officeHours(String name, String extra) {
        return """
                {"name": "%s", "timeZone": "Europe/London",
                 "week": {"MONDAY": [{"from": "09:00", "to": "17:00"}], "TUESDAY": [{"from": "09:00", "to": "17:00"}],
                          "WEDNESDAY": [{"from": "09:00", "to": "17:00"}], "THURSDAY": [{"from": "09:00", "to": "17:00"}],
                          "FRIDAY": [{"from": "09:00", "to": "17:00"}]}%s}""".formatted(name, extra);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        String password = user.equals("demo") ? "demo" : user;
        return mvc.perform(request.with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long create(String body) {
        try {
            JsonNode created = json.readTree(send(post("/api/calendars"), "demo", body)
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
            return created.get("id").asLong();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private int calendarRows() {
        return jdbc.queryForObject("select (select count(*) from business_calendar) + (select count(*) from "
                + "business_calendar_opening) + (select count(*) from business_calendar_closed_date)", Integer.class);
    }

    @Test
    void anAdministratorCreatesASplitDayCalendarAndEveryoneWhoMayReadsItBack() throws Exception {
        String name = unique("Edinburgh office");
        String body = """
                {"name": "%s", "timeZone": "Europe/London",
                 "week": {"MONDAY": [{"from": "13:30", "to": "17:30"}, {"from": "09:00", "to": "12:30"}],
                          "SATURDAY": [{"from": "00:00", "to": "24:00"}]},
                 "holidays": {"country": "gb", "region": "SCT"},
                 "closedDates": ["2026-12-24", "2026-12-24", "2026-12-31"]}""".formatted(name);
        String location = send(post("/api/calendars"), "demo", body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/calendars/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.timeZone").value("Europe/London"))
                .andExpect(jsonPath("$.aroundTheClock").value(false))
                .andExpect(jsonPath("$.week.MONDAY[0].from").value("09:00"))
                .andExpect(jsonPath("$.week.MONDAY[1].to").value("17:30"))
                .andExpect(jsonPath("$.week.SATURDAY[0].to").value("24:00"))
                .andExpect(jsonPath("$.week.TUESDAY").doesNotExist())
                .andExpect(jsonPath("$.holidays.country").value("GB"))
                .andExpect(jsonPath("$.holidays.region").value("sct"))
                .andExpect(jsonPath("$.closedDates.length()").value(2))
                .andExpect(jsonPath("$.closedDates[0].date").value("2026-12-24"))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        for (String reader : new String[] {"manager", "demo"}) {
            send(get(location), reader, "").andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
            send(get("/api/calendars"), reader, "").andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.id == " + id + ")].name").value(name));
        }
        assertThat(calendars.find(id)).hasValueSatisfying(summary -> assertThat(summary.name()).isEqualTo(name));
        assertThat(calendars.calendar(id).isHoliday(LocalDate.parse("2026-01-02"))).as("2 January in Scotland").isTrue();
        assertThat(calendars.calendar(id).isHoliday(LocalDate.parse("2026-12-31"))).isTrue();
    }

    @Test
    void theDueTimeOfAFourHourTargetFromFridayOneOClockIsFiveOClockInTheCalendarsOffset() throws Exception {
        long id = create(officeHours(unique("London office"), ""));
        for (String asker : new String[] {"coordinator", "manager", "demo"}) {
            send(get("/api/calendars/" + id + "/due").param("from", "2026-11-20T13:00:00Z").param("minutes", "240"),
                    asker, "")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.dueAt").value("2026-11-20T17:00:00Z"));
        }
        // in summer time the answer carries +01:00; a start in another offset is the same instant
        send(get("/api/calendars/" + id + "/due").param("from", "2026-07-03T13:00:00+01:00").param("minutes", "240"),
                "coordinator", "")
                .andExpect(jsonPath("$.dueAt").value("2026-07-03T17:00:00+01:00"));
        // at the weekend it counts from Monday's opening
        assertThat(calendars.due(id, Instant.parse("2026-11-21T10:00:00Z"), 1)).isEqualTo(Instant.parse("2026-11-23T09:01:00Z"));
        // and a reply at Monday 09:00:00 has used exactly the four hours
        assertThat(calendars.calendar(id).workingTimeBetween(Instant.parse("2026-11-20T13:00:00Z"),
                Instant.parse("2026-11-23T09:00:00Z"))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void dueTimeQuestionsOutOfRangeAreProblems() throws Exception {
        long id = create(officeHours(unique("Bounds office"), ""));
        String due = "/api/calendars/" + id + "/due";
        Map<String, String[]> bad = Map.of(
                "from must be a date and time with offset", new String[] {"2026-11-20T13:00", "240"},
                "from must be between 2000-01-01 and 2099-12-31", new String[] {"1999-12-31T23:00:00Z", "240"},
                "minutes must be between 1 and 1,000,000", new String[] {"2026-11-20T13:00:00Z", "0"},
                "minutes must be between 1 and 1,000,000 ", new String[] {"2026-11-20T13:00:00Z", "1000001"},
                "is not a valid value for minutes", new String[] {"2026-11-20T13:00:00Z", "1.5"});
        for (Map.Entry<String, String[]> entry : bad.entrySet()) {
            send(get(due).param("from", entry.getValue()[0]).param("minutes", entry.getValue()[1]), "coordinator", "")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString(entry.getKey().strip())));
        }
        send(get(due).param("minutes", "240"), "coordinator", "").andExpect(status().isBadRequest());
        send(get(due).param("from", "2026-11-20T13:00:00Z").param("minutes", "1000000"), "coordinator", "")
                .andExpect(status().isOk());
        send(get("/api/calendars/987654321/due").param("from", "2026-11-20T13:00:00Z").param("minutes", "1"),
                "coordinator", "")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Business calendar 987654321 does not exist"));
    }

    @Test
    void badCalendarsAreRefusedInPlainWordsAndNothingIsWritten() throws Exception {
        String taken = unique("Taken");
        create(officeHours(taken, ""));
        int before = calendarRows();
        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put(officeHours(unique("Zone"), "").replace("Europe/London", "Europe/Atlantis"),
                "Unknown time zone 'Europe/Atlantis'");
        refusals.put(officeHours(unique("Country"), ", \"holidays\": {\"country\": \"XX\"}"), "Unknown country 'XX'");
        refusals.put(officeHours(unique("Region"), ", \"holidays\": {\"country\": \"GB\", \"region\": \"zz\"}"),
                "GB has no holiday region 'zz'; use one of eng, nir, sct, wls");
        refusals.put(officeHours(unique("Lone region"), ", \"holidays\": {\"region\": \"sct\"}"),
                "A holiday region needs its country");
        refusals.put(officeHours(unique("Backwards"), "").replaceFirst("\"09:00\", \"to\": \"17:00\"",
                "\"17:00\", \"to\": \"09:00\""), "Monday: 17:00-09:00 does not open before it closes");
        refusals.put(officeHours(unique("Nine"), "").replaceFirst("\"09:00\"", "\"9am\""),
                "Monday: '9am' is not a time of day");
        refusals.put("""
                {"name": "%s", "timeZone": "Europe/London",
                 "week": {"FRIDAY": [{"from": "09:00", "to": "13:00"}, {"from": "12:00", "to": "17:00"}]}}"""
                .formatted(unique("Overlap")), "The opening hours of Friday overlap: 09:00-13:00 and 12:00-17:00");
        refusals.put("{\"name\": \"" + unique("Closed") + "\", \"timeZone\": \"Europe/London\", \"week\": {}}",
                "A calendar needs opening hours on at least one day");
        refusals.put(officeHours(" ", ""), "A calendar needs a name");
        refusals.put(officeHours(unique("Old"), ", \"closedDates\": [\"1999-12-31\"]"), "between 2000-01-01 and 2099-12-31");
        refusals.put("{\"name\": \"" + unique("Always") + "\", \"timeZone\": \"UTC\", \"aroundTheClock\": true, "
                + "\"holidays\": {\"country\": \"GB\"}}", "A 24/7 calendar is never closed");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            send(post("/api/calendars"), "demo", refusal.getKey())
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString(refusal.getValue())));
        }
        send(post("/api/calendars"), "demo", officeHours(taken.toUpperCase(), ""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("already exists")));
        assertThat(calendarRows()).isEqualTo(before);
    }

    @Test
    void anUpdateReplacesTheDefinitionKeepsClosedDatesLeftOutAndRefusesAnotherCalendarsName() throws Exception {
        String name = unique("Shop");
        long id = create(officeHours(name, ", \"closedDates\": [\"2026-12-24\"]"));
        String other = unique("Other shop");
        create(officeHours(other, ""));
        assertThat(calendars.calendar(id).zone()).hasToString("Europe/London");

        send(put("/api/calendars/" + id), "demo", """
                {"name": "%s renamed", "timeZone": "America/New_York",
                 "week": {"SATURDAY": [{"from": "10:00", "to": "14:00"}]}, "holidays": {"country": "US", "region": "ny"}}"""
                .formatted(name))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name + " renamed"))
                .andExpect(jsonPath("$.timeZone").value("America/New_York"))
                .andExpect(jsonPath("$.week.MONDAY").doesNotExist())
                .andExpect(jsonPath("$.week.SATURDAY[0].from").value("10:00"))
                .andExpect(jsonPath("$.closedDates[0].date").value("2026-12-24"));
        assertThat(calendars.calendar(id).zone()).hasToString("America/New_York");
        assertThat(calendars.calendar(id).isHoliday(LocalDate.parse("2026-12-24"))).isTrue();
        send(put("/api/calendars/" + id), "demo", officeHours(name, ", \"closedDates\": []"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closedDates").isEmpty());
        send(get("/api/calendars/" + id), "manager", "").andExpect(jsonPath("$.closedDates").isEmpty());
        assertThat(calendars.calendar(id).isHoliday(LocalDate.parse("2026-12-24"))).isFalse();
        send(put("/api/calendars/" + id), "demo", officeHours(other, ""))
                .andExpect(status().isConflict());
        send(put("/api/calendars/987654321"), "demo", officeHours(unique("Missing"), ""))
                .andExpect(status().isNotFound());
        send(put("/api/calendars/" + id), "demo", "{\"name\": \"" + name + "\", \"timeZone\": \"UTC\", \"aroundTheClock\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aroundTheClock").value(true))
                .andExpect(jsonPath("$.week").isEmpty());
        assertThat(calendars.due(id, Instant.parse("2026-12-25T10:00:00Z"), 90)).isEqualTo(Instant.parse("2026-12-25T11:30:00Z"));
    }

    @Test
    void ofTwoAdministratorsSavingOneCalendarAtOnceTheSecondIsRefusedAsAConflict() {
        long id = create(officeHours(unique("Contested"), ""));
        TransactionTemplate first = new TransactionTemplate(transactions);
        TransactionTemplate second = new TransactionTemplate(transactions);
        second.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> first.executeWithoutResult(tx -> {
            StoredCalendar loaded = repository.findById(id).orElseThrow();
            second.executeWithoutResult(other -> calendars.update(id, json(officeHours(loaded.getName(), ", \"closedDates\": [\"2026-12-24\"]"))));
            loaded.replaceClosedDates(Map.of(LocalDate.parse("2026-12-31"), "New Year's Eve"));
            repository.flush();
        })).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(calendars.get(id).closedDates()).extracting(ClosedDate::date).containsExactly(LocalDate.parse("2026-12-24"));
    }

    private CalendarRequest json(String body) {
        try {
            return json.readValue(body, CalendarRequest.class);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void aBankHolidayFeedBecomesNamedClosedDatesThatDueTimesSkip() throws Exception {
        long id = create(officeHours(unique("Glasgow office"), ", \"closedDates\": [\"2026-12-25\"]"));
        assertThat(calendars.calendar(id).isHoliday(LocalDate.parse("2026-11-30"))).isFalse();
        byte[] feed;
        try (InputStream ics = getClass().getResourceAsStream("/calendar/scotland-bank-holidays-2026.ics")) {
            feed = ics.readAllBytes();
        }
        mvc.perform(post("/api/calendars/" + id + "/closed-dates").with(httpBasic("demo", "demo"))
                        .contentType(TEXT_CALENDAR).content(feed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closedDates.length()").value(9))
                .andExpect(jsonPath("$.closedDates[?(@.date == '2026-11-30')].name").value("St Andrew’s Day"))
                .andExpect(jsonPath("$.closedDates[?(@.date == '2026-12-25')].name").value("Christmas Day"));
        // importing the same feed again changes nothing
        mvc.perform(post("/api/calendars/" + id + "/closed-dates").with(httpBasic("demo", "demo"))
                        .contentType(TEXT_CALENDAR).content(feed))
                .andExpect(jsonPath("$.closedDates.length()").value(9));
        assertThat(calendars.calendar(id).isHoliday(LocalDate.parse("2026-11-30"))).as("the import is seen at once").isTrue();
        // Friday 27 Nov 15:00 + 4 h: Monday 30 Nov is St Andrew's Day, so Tuesday 11:00
        send(get("/api/calendars/" + id + "/due").param("from", "2026-11-27T15:00:00Z").param("minutes", "240"),
                "coordinator", "")
                .andExpect(jsonPath("$.dueAt").value("2026-12-01T11:00:00Z"));
    }

    @Test
    void aMalformedFeedIsRefusedAndWritesNothing() throws Exception {
        long id = create(officeHours(unique("Feedless"), ""));
        int before = calendarRows();
        mvc.perform(post("/api/calendars/" + id + "/closed-dates").with(httpBasic("demo", "demo"))
                        .contentType(TEXT_CALENDAR).content("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not an iCalendar")));
        mvc.perform(post("/api/calendars/" + id + "/closed-dates").with(httpBasic("demo", "demo"))
                        .contentType(TEXT_CALENDAR).content("""
                                BEGIN:VCALENDAR\r
                                VERSION:2.0\r
                                PRODID:-//test//EN\r
                                BEGIN:VEVENT\r
                                UID:1@test\r
                                DTSTAMP:20261101T080000Z\r
                                DTSTART;VALUE=DATE:20261225\r
                                SUMMARY:Christmas\r
                                END:VEVENT\r
                                BEGIN:VEVENT\r
                                UID:2@test\r
                                DTSTAMP:20261101T080000Z\r
                                DTSTART;VALUE=DATE:21000101\r
                                SUMMARY:Next century\r
                                END:VEVENT\r
                                END:VCALENDAR\r
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(endsWith("is not between 2000-01-01 and 2099-12-31")));
        mvc.perform(post("/api/calendars/" + id + "/closed-dates").with(httpBasic("demo", "demo")).contentType(TEXT_CALENDAR))
                .andExpect(status().isBadRequest());
        assertThat(calendarRows()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsWriteCalendarsOnlyStaffWhoPlanReadThem() throws Exception {
        long id = create(officeHours(unique("Roles office"), ""));
        String body = officeHours(unique("Not yours"), "");
        for (String user : new String[] {"manager", "coordinator", "technician"}) {
            send(post("/api/calendars"), user, body).andExpect(status().isForbidden());
            send(put("/api/calendars/" + id), user, body).andExpect(status().isForbidden());
            send(post("/api/calendars/" + id + "/closed-dates"), user, "not even a feed").andExpect(status().isForbidden());
        }
        for (String user : new String[] {"coordinator", "technician"}) {
            send(get("/api/calendars"), user, "").andExpect(status().isForbidden());
            send(get("/api/calendars/" + id), user, "").andExpect(status().isForbidden());
        }
        send(get("/api/calendars/" + id + "/due").param("from", "2026-11-20T13:00:00Z").param("minutes", "1"),
                "technician", "").andExpect(status().isForbidden());
        mvc.perform(get("/api/calendars")).andExpect(status().isUnauthorized());
    }
}

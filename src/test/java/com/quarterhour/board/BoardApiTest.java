package com.quarterhour.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.calendar.BusinessCalendars;
import com.quarterhour.calendar.CalendarDetails;
import com.quarterhour.calendar.CalendarRequest;
import com.quarterhour.calendar.OpeningInterval;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.Impact;
import com.quarterhour.engagement.RootCause;
import com.quarterhour.engagement.TimeCaptured;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.ContractTerms;
import com.quarterhour.sla.TermsRequest;
import com.quarterhour.support.EventPublications;
import com.quarterhour.support.JpaStatements;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * GET /api/board and the /board page over HTTP: the state of each clock and overall as the engine clock moves
 * (SHARED-247: 30 minutes to respond, warned at 22.5; 4 hours to resolve; around the clock), the filters, the
 * roles, and a number of queries that does not grow with the rows.
 */
@QuarterhourTest
class BoardApiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired EventPublicationRegistry publications;
    @Autowired BusinessCalendars calendars;
    @Autowired ContractTerms terms;
    @Autowired TaskService tasks;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachClockAndTheEngagementAreOnTimeWarnedBreachedPausedOrWithoutTarget() throws Exception {
        at("2026-11-17T09:00"); // a Tuesday; London is on UTC in November
        long shared = new TestCustomers(customers).onPlan("SHARED-247");
        long payg = new TestCustomers(customers).onPlan("PAYG");

        Started waiting = report(shared, "Waiting for logs", Impact.PARTIALLY_IMPAIRED);
        Started working = report(shared, "Being worked on", Impact.PARTIALLY_IMPAIRED);
        Started closed = report(shared, "Already solved", Impact.PARTIALLY_IMPAIRED);
        triage(waiting, Priority.P3, "technician");
        triage(working, Priority.P3, "technician");
        triage(closed, Priority.P3, "technician");
        at("2026-11-17T09:10");
        engagements.captureTime(waiting.id(), new NewTimeEntry(today(), 15, "Asked for the logs", null, true), "technician");
        engagements.captureTime(working.id(), new NewTimeEntry(today(), 30, "Reinstalled the agent", null, false), "technician");
        engagements.resolve(closed.id(), new Resolution(RootCause.CUSTOMER, "Cable unplugged", today(), 15, "Plugged it in",
                false, null), "technician");
        at("2026-11-17T09:50");
        Started breached = report(shared, "Mail bounces", Impact.PARTIALLY_IMPAIRED);
        at("2026-11-17T10:00");
        Started warned = report(shared, "VPN slow", Impact.PARTIALLY_IMPAIRED);
        Started measured = report(payg, "Printer jam", Impact.PARTIALLY_IMPAIRED);
        at("2026-11-17T10:20");
        Started onTime = report(shared, "New laptop", Impact.PARTIALLY_IMPAIRED);
        at("2026-11-17T10:25");

        JsonNode board = board(get("/api/board"), "coordinator");

        assertThat(board.get("asOf").asText()).isEqualTo("2026-11-17T10:25:00Z");
        JsonNode onTimeRow = row(board, onTime);
        assertThat(onTimeRow.get("customerName").asText()).startsWith("Test customer");
        assertThat(onTimeRow.get("planCode").asText()).isEqualTo("SHARED-247");
        assertThat(onTimeRow.get("title").asText()).isEqualTo("New laptop");
        assertThat(onTimeRow.get("priority").asText()).isEqualTo("P3"); // the suggestion until triage
        assertThat(onTimeRow.get("status").asText()).isEqualTo("REPORTED");
        assertThat(onTimeRow.get("technician").isNull()).isTrue();
        assertThat(onTimeRow.get("minutesCaptured").asInt()).isZero();
        assertClocks(onTimeRow, "2026-11-17T10:50:00Z", "ON_TIME", "2026-11-17T14:20:00Z", "ON_TIME", "ON_TIME");
        // the terms it runs on, and the zone the page shows its due times in
        assertThat(onTimeRow.get("slaPolicy").asText()).isEqualTo("Shared support v1");
        assertThat(onTimeRow.get("calendar").asText()).isEqualTo("24/7");
        assertThat(onTimeRow.get("timeZone").asText()).isEqualTo("Europe/London");
        // 10:00 + 22.5 minutes has passed: warned, not yet due
        assertClocks(row(board, warned), "2026-11-17T10:30:00Z", "WARNED", "2026-11-17T14:00:00Z", "ON_TIME", "WARNED");
        // due at 10:20: breached by the due time, though job execution is off and no breach timer ran
        assertClocks(row(board, breached), "2026-11-17T10:20:00Z", "BREACHED", "2026-11-17T13:50:00Z", "ON_TIME", "BREACHED");
        // answered at 09:10 (met), then the customer is awaited: the resolution clock is paused without a due time
        JsonNode waitingRow = row(board, waiting);
        assertClocks(waitingRow, "2026-11-17T09:30:00Z", "MET", null, "PAUSED", "PAUSED");
        assertThat(waitingRow.get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
        assertThat(waitingRow.get("minutesCaptured").asInt()).isEqualTo(15);
        JsonNode workingRow = row(board, working);
        assertClocks(workingRow, "2026-11-17T09:30:00Z", "MET", "2026-11-17T13:00:00Z", "ON_TIME", "ON_TIME");
        assertThat(workingRow.get("technician").asText()).isEqualTo("technician");
        assertThat(workingRow.get("minutesCaptured").asInt()).isEqualTo(30);
        assertClocks(row(board, measured), null, "NO_TARGET", null, "NO_TARGET", "NO_TARGET");
        assertThat(row(board, measured).get("slaPolicy").isNull()).isTrue();
        assertThat(row(board, measured).get("calendar").isNull()).isTrue();
        assertThat(ids(board)).doesNotContain(closed.id());

        // most urgent first
        List<Long> order = ids(board);
        assertThat(order.indexOf(breached.id())).isLessThan(order.indexOf(warned.id()));
        assertThat(order.indexOf(warned.id())).isLessThan(order.indexOf(onTime.id()));
        // both on time: the response due at 10:50 comes before the resolution due at 13:00 (its response was met)
        assertThat(order.indexOf(onTime.id())).isLessThan(order.indexOf(working.id()));
        assertThat(order.indexOf(working.id())).isLessThan(order.indexOf(waiting.id()));
        assertThat(order.indexOf(waiting.id())).isLessThan(order.indexOf(measured.id()));
        assertThat(board.get("counts").get("BREACHED").asInt()).isEqualTo(count(board, "BREACHED"));
        assertThat(board.get("counts").get("WARNED").asInt()).isEqualTo(count(board, "WARNED")).isPositive();
        assertThat(board.get("counts").get("ON_TIME").asInt()).isEqualTo(count(board, "ON_TIME")).isPositive();
        assertThat(board.get("counts").get("PAUSED").asInt()).isEqualTo(count(board, "PAUSED")).isPositive();

        // time moves on: the on-time request is warned at 10:42:30 and breached at 10:50
        at("2026-11-17T10:43");
        assertThat(row(board(get("/api/board"), "manager"), onTime).get("state").asText()).isEqualTo("WARNED");
        at("2026-11-17T10:50");
        assertThat(row(board(get("/api/board"), "demo"), onTime).get("state").asText()).isEqualTo("BREACHED");
    }

    @Test
    void aBookedAppointmentShowsThePlanPriorityAndDueTimesItWillStartOn() throws Exception {
        at("2026-11-17T09:00"); // a Tuesday
        long business = new TestCustomers(customers).onPlan("BPS-20");
        long shared = new TestCustomers(customers).onPlan("SHARED-247");
        Started inHours = book(business, "Set up the printer", "2026-11-19T15:00");
        Started onSaturday = book(shared, "Move the server", "2026-11-21T10:00");

        JsonNode board = board(get("/api/board"), "coordinator");

        JsonNode inHoursRow = row(board, inHours);
        assertThat(inHoursRow.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(inHoursRow.get("planCode").asText()).isEqualTo("BPS-20");
        assertThat(inHoursRow.get("priority").asText()).isEqualTo("P4");
        assertThat(inHoursRow.get("slaPolicy").asText()).startsWith("Business Priority Support v");
        assertThat(inHoursRow.get("calendar").asText()).isEqualTo("Office hours");
        // four business hours from Thursday 15:00: Friday 11:00
        assertClocks(inHoursRow, "2026-11-20T11:00:00Z", "ON_TIME", null, "NO_TARGET", "ON_TIME");

        JsonNode offHoursRow = row(board, onSaturday);
        assertThat(offHoursRow.get("planCode").asText()).isEqualTo("SHARED-247");
        assertThat(offHoursRow.get("priority").asText()).isEqualTo("P1"); // off-hours work asked for
        assertThat(offHoursRow.get("calendar").asText()).isEqualTo("24/7");
        assertClocks(offHoursRow, "2026-11-21T10:30:00Z", "ON_TIME", "2026-11-21T14:00:00Z", "ON_TIME", "ON_TIME");

        // planned only: the clocks start when the appointment does
        assertThat(engagements.get(inHours.id()).responseDueAt()).isNull();
        assertThat(engagements.get(inHours.id()).planCode()).isNull();
    }

    @Test
    void filtersNarrowTheRowsByPriorityPlanAndTechnician() throws Exception {
        at("2026-11-18T11:00");
        long shared = new TestCustomers(customers).onPlan("SHARED-247");
        long business = new TestCustomers(customers).onPlan("BPS-40");
        Started urgentForDemo = report(shared, "Server down", Impact.PARTIALLY_IMPAIRED);
        triage(urgentForDemo, Priority.P2, "demo");
        Started mediumForTechnician = report(shared, "Slow disk", Impact.PARTIALLY_IMPAIRED);
        triage(mediumForTechnician, Priority.P3, "technician");
        Started suggestedP2 = report(business, "Backups failing", Impact.SEVERELY_IMPAIRED); // not triaged: P2 suggested

        JsonNode byPriority = board(get("/api/board").param("priority", "P2"), "coordinator");
        assertThat(ids(byPriority)).contains(urgentForDemo.id(), suggestedP2.id()).doesNotContain(mediumForTechnician.id());
        assertThat(rows(byPriority)).allSatisfy(r -> assertThat(r.get("priority").asText()).isEqualTo("P2"));
        assertThat(byPriority.get("filter").get("priority").asText()).isEqualTo("P2");

        JsonNode byPlan = board(get("/api/board").param("plan", "BPS-40"), "coordinator");
        assertThat(ids(byPlan)).contains(suggestedP2.id()).doesNotContain(urgentForDemo.id(), mediumForTechnician.id());
        assertThat(rows(byPlan)).allSatisfy(r -> assertThat(r.get("planCode").asText()).isEqualTo("BPS-40"));

        JsonNode byTechnician = board(get("/api/board").param("technician", "demo"), "coordinator");
        assertThat(ids(byTechnician)).contains(urgentForDemo.id()).doesNotContain(mediumForTechnician.id(), suggestedP2.id());
        assertThat(rows(byTechnician)).allSatisfy(r -> assertThat(r.get("technician").asText()).isEqualTo("demo"));

        JsonNode all = board(get("/api/board").param("priority", "P3").param("plan", "SHARED-247")
                .param("technician", "technician"), "coordinator");
        assertThat(ids(all)).contains(mediumForTechnician.id()).doesNotContain(urgentForDemo.id(), suggestedP2.id());
        assertThat(rows(all)).allSatisfy(r -> {
            assertThat(r.get("priority").asText()).isEqualTo("P3");
            assertThat(r.get("planCode").asText()).isEqualTo("SHARED-247");
            assertThat(r.get("technician").asText()).isEqualTo("technician");
        });

        // empty parameters (an "All" choice on the page) do not narrow; the options list every plan and technician
        JsonNode unfiltered = board(get("/api/board").param("priority", "").param("plan", " ").param("technician", ""),
                "coordinator");
        assertThat(ids(unfiltered)).contains(urgentForDemo.id(), mediumForTechnician.id(), suggestedP2.id());
        assertThat(unfiltered.get("filter").get("plan").isNull()).isTrue();
        assertThat(StreamSupport.stream(unfiltered.get("plans").spliterator(), false).map(p -> p.get("code").asText()))
                .contains("BPS-40", "SHARED-247", "STANDARD", "PER-MINUTE");
        assertThat(StreamSupport.stream(unfiltered.get("technicians").spliterator(), false).map(JsonNode::asText))
                .contains("demo", "technician");
    }

    @Test
    void aBadFilterIsAProblemDetail() throws Exception {
        mvc.perform(get("/api/board").param("priority", "P9").with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("'P9' is not a valid value for priority"));
        mvc.perform(get("/api/board").param("plan", "GOLD").with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Unknown plan 'GOLD'; known plans: ")));
    }

    @Test
    void coordinatorsManagersAndAdminsSeeTheBoardTechniciansDoNot() throws Exception {
        for (String user : List.of("coordinator", "manager", "demo")) {
            mvc.perform(get("/api/board").with(httpBasic(user, user))).andExpect(status().isOk());
            mvc.perform(get("/board").with(httpBasic(user, user)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>SLA board</h1>")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("data-api=\"/api/board\"")));
        }
        mvc.perform(get("/api/board").with(httpBasic("technician", "technician"))).andExpect(status().isForbidden());
        mvc.perform(get("/board").with(httpBasic("technician", "technician"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/board")).andExpect(status().isUnauthorized());
        // a browser is sent to the login form
        mvc.perform(get("/board").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void aRequestOnAContractCalendarShowsItsNameAndBusinessHoursTheCustomersOfficeHours() throws Exception {
        at("2026-11-18T10:00");
        long contract = new TestCustomers(customers).onPlan("BPS-20");
        CalendarDetails desk = calendars.create(new CalendarRequest("Board desk " + System.nanoTime(), "Europe/London",
                Map.of(DayOfWeek.WEDNESDAY, List.of(new OpeningInterval("08:00", "12:00"), new OpeningInterval("13:00", "20:00"))),
                false, null, null));
        terms.put(contract, new TermsRequest(null, desk.id()));
        Started onContract = report(contract, "Desk hours", Impact.PARTIALLY_IMPAIRED);
        Started onOfficeHours = report(new TestCustomers(customers).onPlan("BPS-20"), "Office hours", Impact.PARTIALLY_IMPAIRED);

        JsonNode board = board(get("/api/board"), "coordinator");

        JsonNode contractRow = row(board, onContract);
        assertThat(contractRow.get("slaPolicy").asText()).isEqualTo("Business Priority Support v1");
        assertThat(contractRow.get("calendar").asText()).isEqualTo(desk.name());
        // 4 hours from Wednesday 10:00 on 08:00-12:00 and 13:00-20:00: 2 before lunch, 2 after
        assertThat(contractRow.get("responseDueAt").asText()).isEqualTo("2026-11-18T15:00:00Z");
        JsonNode officeRow = row(board, onOfficeHours);
        assertThat(officeRow.get("calendar").asText()).isEqualTo("Office hours");
        assertThat(officeRow.get("responseDueAt").asText()).isEqualTo("2026-11-18T14:00:00Z");
    }

    @Test
    void eachRowNamesItsReferenceAndItsOneOpenTaskOrNoneWhileAnAppointmentWaits() throws Exception {
        long customer = new TestCustomers(customers).onPlan("SHARED-247");
        Started reported = report(customer, "Scanner offline", Impact.PARTIALLY_IMPAIRED);
        Started booked = engagements.report(new NewEngagement(customer, "Move the printers", "Details", Channel.APPOINTMENT,
                Impact.FULLY_USABLE, ClockUtil.now().toInstant().plus(Duration.ofDays(2)), null, false),
                "coordinator");

        JsonNode board = board(get("/api/board"), "coordinator");
        String triage = tasks.createTaskQuery().processInstanceId(reported.processInstanceId()).singleResult().getId();
        assertThat(row(board, reported).get("reference").asText()).isEqualTo("ENG-" + reported.id());
        assertThat(row(board, reported).get("taskId").asText()).isEqualTo(triage);
        // the appointment's process waits for its start: no task yet, so the page links the search for the reference
        assertThat(row(board, booked).get("reference").asText()).isEqualTo("ENG-" + booked.id());
        assertThat(row(board, booked).get("taskId").isNull()).isTrue();
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheRowsNorTheBookedAppointments() throws Exception {
        at("2026-11-19T10:00"); // a Thursday
        report(new TestCustomers(customers).onPlan("BPS-20"), "First", Impact.PARTIALLY_IMPAIRED);
        bookSome("first", 0);
        statementsFor(get("/api/board")); // the plans, read once
        long few = statementsFor(get("/api/board"));
        List<Long> captured = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Started more = report(new TestCustomers(customers).onPlan(i % 3 == 0 ? "SHARED-247" : "BPS-20"), "More " + i,
                    Impact.PARTIALLY_IMPAIRED);
            if (i % 2 == 0) {
                triage(more, Priority.P2, "technician");
                engagements.captureTime(more.id(), new NewTimeEntry(today(), 15, "Looked", null, false), "technician");
                captured.add(more.id());
            }
        }
        for (int i = 1; i <= 3; i++) {
            bookSome("more " + i, i);
        }
        // the captures' usage checks run after commit on threads of their own: their statements are not the board's
        new EventPublications(publications).awaitCompleted(
                event -> event instanceof TimeCaptured capture && captured.contains(capture.engagementId()));
        JsonNode board = board(get("/api/board"), "coordinator");
        assertThat(rows(board)).filteredOn(r -> r.get("status").asText().equals("SCHEDULED")).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(r -> assertThat(r.get("slaPolicy").isNull()).isFalse());
        long many = statementsFor(get("/api/board"));
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(14);
    }

    /**
     * Four booked appointments that have not begun: on a 24/7 plan, on a business-hours plan, and on contracts with a
     * stored business calendar and with one of 24/7, each its own.
     */
    private void bookSome(String title, int days) {
        TestCustomers test = new TestCustomers(customers);
        String day = LocalDate.parse("2026-11-20").plusDays(days).toString();
        book(test.onPlan("SHARED-247"), "Shared " + title, day + "T10:00");
        book(test.onPlan("BPS-20"), "Business " + title, day + "T15:00");
        long onDesk = test.onPlan("BPS-20");
        CalendarDetails desk = calendars.create(new CalendarRequest("Board desk " + System.nanoTime(), "Europe/London",
                Map.of(DayOfWeek.MONDAY, List.of(new OpeningInterval("08:00", "20:00"))), false, null, null));
        terms.put(onDesk, new TermsRequest(null, desk.id()));
        book(onDesk, "Desk " + title, day + "T11:00");
        long onTokyo = test.onPlan("SHARED-247");
        CalendarDetails tokyo = calendars.create(new CalendarRequest("Board Tokyo " + System.nanoTime(), "Asia/Tokyo",
                null, true, null, null));
        terms.put(onTokyo, new TermsRequest(null, tokyo.id()));
        book(onTokyo, "Tokyo " + title, day + "T09:00");
    }

    // --- helpers

    private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
        return JpaStatements.during(entityManagerFactory, () -> board(request, "coordinator"));
    }

    private JsonNode board(MockHttpServletRequestBuilder request, String user) throws Exception {
        return json.readTree(mvc.perform(request.with(httpBasic(user, user)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString());
    }

    private static List<JsonNode> rows(JsonNode board) {
        List<JsonNode> rows = new ArrayList<>();
        board.get("rows").forEach(rows::add);
        return rows;
    }

    private static List<Long> ids(JsonNode board) {
        return rows(board).stream().map(r -> r.get("id").asLong()).toList();
    }

    private static int count(JsonNode board, String state) {
        return (int) rows(board).stream().filter(r -> r.get("state").asText().equals(state)).count();
    }

    private static JsonNode row(JsonNode board, Started started) {
        return rows(board).stream().filter(r -> r.get("id").asLong() == started.id()).findFirst()
                .orElseThrow(() -> new AssertionError("Engagement " + started.id() + " is not on the board"));
    }

    private static void assertClocks(JsonNode row, String responseDueAt, String responseState, String resolutionDueAt,
            String resolutionState, String state) {
        assertThat(textOrNull(row.get("responseDueAt"))).as("responseDueAt").isEqualTo(responseDueAt);
        assertThat(row.get("responseState").asText()).as("responseState").isEqualTo(responseState);
        assertThat(textOrNull(row.get("resolutionDueAt"))).as("resolutionDueAt").isEqualTo(resolutionDueAt);
        assertThat(row.get("resolutionState").asText()).as("resolutionState").isEqualTo(resolutionState);
        assertThat(row.get("state").asText()).as("state").isEqualTo(state);
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private Started report(long customer, String title, Impact impact) {
        return engagements.report(new NewEngagement(customer, title, "Details", Channel.REPORT, impact, null, null, false),
                "coordinator");
    }

    private Started book(long customer, String title, String londonStart) {
        Instant start = LocalDateTime.parse(londonStart).atZone(LONDON).toInstant();
        return engagements.report(new NewEngagement(customer, title, "Details", Channel.APPOINTMENT,
                Impact.FULLY_USABLE, start, null, false), "coordinator");
    }

    private void triage(Started started, Priority priority, String technician) {
        engagements.triage(started.id(), new Triage(priority, true, technician, null, null), "coordinator");
    }

    private static void at(String londonTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(londonTime).atZone(LONDON).toInstant()));
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.now().toInstant(), LONDON);
    }
}

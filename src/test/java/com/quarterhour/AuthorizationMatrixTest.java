package com.quarterhour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.Conversation;
import com.quarterhour.conversation.MessageChannel;
import com.quarterhour.conversation.NewAttachment;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint and page × every role, as a table: one row per endpoint, one expected answer per role. Staff-only
 * actions are tried on ids that do not exist, so that a role that passes authorization gets a 404 (or a 400 for a bad
 * body) and nothing changes; a role that may not act gets 403 whatever the id, so ids leak nothing. Customer B asking
 * for customer A's engagement, invoice or usage gets the 404 of a missing id.
 *
 * <p>To add an endpoint, add a row. Placeholders in braces are filled from the fixture: {customerA}, {customerB},
 * {engagementA}, {invoiceA}, {missing}. Expected answers: a status code; LOGIN (a redirect to the login form); PASS
 * (let through by security: neither 401, 403 nor the login redirect; used where MockMvc has no servlet behind the
 * path, as for /engine-rest's Jersey servlet). Pages are asked for as a browser asks (Accept: text/html), the API and
 * the webapps' API as a machine does.
 * <p>Roles are checked before the body: a role that may not call an endpoint gets 403 for an invalid body or a bad
 * parameter too, never a 400 that describes what the endpoint expects (rows with {} and bad values below).
 */
@QuarterhourTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** The roles in the order of the table's columns, each with its HTTP Basic credentials (none for anonymous). */
    static final List<String> ROLES = List.of("anonymous", "customer A", "customer B", "technician", "coordinator",
            "manager", "admin");

    static final String TABLE = """
            # request                                         | body                                                   | anon  A     B     tech  coord mgr   admin
            GET  /api/engagements                             |                                                        | 401   200   200   200   200   200   200
            GET  /api/engagements?customerId={customerA}      |                                                        | 401   200   200   200   200   200   200
            GET  /api/engagements/{engagementA}               |                                                        | 401   200   404   200   200   200   200
            POST /api/engagements                             | {"customerId":{customerA},"title":"Matrix","channel":"REPORT","impact":"FULLY_USABLE"} | 401 201 400 201 201 201 201
            GET  /api/engagements/{engagementA}/messages      |                                                        | 401   200   404   200   200   200   200
            POST /api/engagements/{engagementA}/messages      | {"body":"Matrix","visibility":"PUBLIC"}                | 401   201   404   201   201   201   201
            POST /api/engagements/{engagementA}/messages      | {"body":"Matrix","visibility":"INTERNAL"}              | 401   400   404   201   201   201   201
            POST /api/engagements/{missing}/messages          | {"body":"Matrix","visibility":"PUBLIC"}                | 401   404   404   404   404   404   404
            GET  /api/engagements/{engagementA}/messages/attachments/{publicFileA} |                               | 401   200   404   200   200   200   200
            GET  /api/engagements/{engagementA}/messages/attachments/{internalFileA} |                             | 401   404   404   200   200   200   200
            POST /api/engagements/{missing}/triage            | {"priority":"P2","billable":true,"technician":"technician"} | 401 403 403 403 404 403 404
            POST /api/engagements/{missing}/estimate          | {"components":[{"name":"Password Reset","quantity":1}]} | 401 403 403 404 404 403 404
            POST /api/engagements/{missing}/estimate          | {"components":[{"name":"Teleportation","quantity":1}]} | 401 403 403 400 400 403 400
            GET  /api/estimates/catalogue                     |                                                        | 401   403   403   200   200   200   200
            POST /api/engagements/{missing}/time-entries      | {"workDate":"2025-03-12","minutes":15,"note":"x"}      | 401   403   403   404   403   403   404
            PUT  /api/engagements/{missing}/time-entries/{missing} | {"workDate":"2025-03-12","minutes":15,"note":"x","reason":"r"} | 401 403 403 404 404 404 404
            GET  /api/engagements/{missing}/time-entries/{missing}/corrections |                                    | 401   403   403   404   404   404   404
            POST /api/engagements/{missing}/resume            | {"note":"x"}                                           | 401   403   403   404   403   403   404
            POST /api/engagements/{missing}/resolve           | {"rootCause":"OTHER","note":"x"}                       | 401   403   403   404   403   403   404
            POST /api/adjustments/{missing}/decision          | {"approved":true,"comment":"x"}                        | 401   403   403   403   403   404   404
            POST /api/adjustments/{missing}/decision          | {"approved":"perhaps"}                                 | 401   403   403   403   403   400   400
            GET  /api/customers                               |                                                        | 401   403   403   200   200   200   200
            POST /api/customers                               | {}                                                     | 401   403   403   403   400   400   400
            POST /api/customers                               | {"name":"Matrix Ltd","currency":"GBP","timeZone":"Europe/London","country":"GB"} | 401 403 403 403 201 201 201
            GET  /api/customers/{customerA}                   |                                                        | 401   403   403   200   200   200   200
            GET  /api/customers/{customerA}/subscriptions     |                                                        | 401   403   403   200   200   200   200
            PUT  /api/customers/{missing}/billing-details     | {"city":"Berlin"}                                      | 401   403   403   403   403   404   404
            PUT  /api/customers/{missing}/billing-details     | {"vatId":"not a VAT id"}                               | 401   403   403   403   403   400   400
            POST /api/customers/{missing}/subscriptions       | {"planCode":"PAYG"}                                    | 401   403   403   403   404   404   404
            POST /api/customers/{customerA}/subscriptions/{missing}/cancel | {"endDate":"2025-03-31"}                  | 401   403   403   403   403   404   404
            POST /api/customers/{missing}/users               | {"username":"nobody","password":"Str0ng&Long!pw"}      | 401   403   403   403   404   404   404
            GET  /api/customers/{customerA}/contacts          |                                                        | 401   403   403   200   200   200   200
            GET  /api/customers/{missing}/contacts            |                                                        | 401   403   403   404   404   404   404
            POST /api/customers/{missing}/contacts            | {"name":"Nobody","email":"nobody@matrix.example"}      | 401   403   403   403   404   404   404
            POST /api/customers/{customerA}/contacts          | {"name":" "}                                           | 401   403   403   403   400   400   400
            PUT  /api/customers/{customerA}/contacts/{missing} | {"name":"Nobody","email":"nobody@matrix.example"}     | 401   403   403   403   404   404   404
            DELETE /api/customers/{customerA}/contacts/{missing} |                                                     | 401   403   403   403   404   404   404
            GET  /api/customers/{customerA}/usage             |                                                        | 401   200   404   200   200   200   200
            POST /api/customers/{missing}/purchases           | {"type":"PREPAID_HOURS","hours":1}                     | 401   403   403   403   403   404   404
            POST /api/customers/{missing}/purchases           | {"type":"NOT_A_TYPE"}                                  | 401   403   403   403   403   400   400
            POST /api/engagements/{missing}/triage            | {"priority":"P9"}                                      | 401   403   403   403   400   403   400
            POST /api/billing/runs                            | {"period":"not-a-month"}                               | 401   403   403   403   403   400   400
            GET  /api/billing/runs/{missing}                  |                                                        | 401   403   403   403   404   404   404
            GET  /api/invoices                                |                                                        | 401   200   200   403   200   200   200
            GET  /api/invoices/{invoiceA}                     |                                                        | 401   200   404   403   200   200   200
            GET  /api/invoices/{invoiceA}.pdf                 |                                                        | 401   200   404   403   200   200   200
            GET  /api/invoices/{invoiceA}.csv                 |                                                        | 401   200   404   403   200   200   200
            GET  /api/invoices/{invoiceA}.totals.csv          |                                                        | 401   200   404   403   200   200   200
            GET  /api/invoices/{invoiceA}.xml                 |                                                        | 401   409   404   403   409   409   409
            GET  /api/invoices/{invoiceA}.xml accept=application/xml |                                                 | 401   409   404   403   409   409   409
            GET  /api/invoices/{invoiceA} accept=application/pdf |                                                     | 401   200   404   403   200   200   200
            GET  /api/invoices/{invoiceA} accept=text/csv     |                                                        | 401   200   404   403   200   200   200
            POST /api/invoices/{invoiceA}/review              | {"approved":true,"comment":"x"}                        | 401   403   403   403   403   409   409
            POST /api/invoices/{missing}/payments             | {"amount":1,"paidOn":"2026-01-05","reference":"x"}     | 401   403   403   403   403   404   404
            POST /api/invoices/{missing}/payments             | {"amount":"ten"}                                       | 401   403   403   403   403   400   400
            GET  /api/me/preferences                          |                                                        | 401   200   200   200   200   200   200
            PUT  /api/me/preferences                          | {"locale":"xx-XX"}                                     | 401   400   400   400   400   400   400
            GET  /settings                                    |                                                        | LOGIN 200   200   200   200   200   200
            POST /settings                                    | locale=xx-XX                                           | LOGIN 400   400   400   400   400   400
            GET  /api/plans                                   |                                                        | 401   403   403   403   403   200   200
            GET  /api/plans/{missing}                         |                                                        | 401   403   403   403   403   404   404
            POST /api/plans                                   | {}                                                     | 401   403   403   403   403   403   400
            PUT  /api/plans/{missing}/prices                  | {}                                                     | 401   403   403   403   403   403   404
            POST /api/plans/{missing}/retire                  |                                                        | 401   403   403   403   403   403   404
            POST /api/invoices/{missing}/credit-notes         | {"reason":"x"}                                         | 401   403   403   403   403   404   404
            POST /api/invoices/{missing}/credit-notes         | {"amount":"ten"}                                       | 401   403   403   403   403   400   400
            GET  /api/credit-notes/{missing}                  |                                                        | 401   404   404   403   404   404   404
            GET  /api/credit-notes/{missing}.pdf              |                                                        | 401   404   404   403   404   404   404
            GET  /api/credit-notes/{missing}.csv              |                                                        | 401   404   404   403   404   404   404
            GET  /api/credit-notes/{missing}.xml              |                                                        | 401   404   404   403   404   404   404
            GET  /api/reports/sla?period=2025-02              |                                                        | 401   403   403   403   200   200   200
            GET  /api/reports/estimate-accuracy?from=2025-02  |                                                        | 401   403   403   403   403   200   200
            GET  /api/reports/estimate-accuracy?from=2025-13  |                                                        | 401   403   403   403   403   400   400
            GET  /api/sla-policies                            |                                                        | 401   403   403   403   403   200   200
            POST /api/sla-policies                            | {}                                                     | 401   403   403   403   403   403   400
            GET  /api/sla-policies/{missing}                  |                                                        | 401   403   403   403   403   404   404
            PUT  /api/sla-policies/{missing}                  | {}                                                     | 401   403   403   403   403   403   404
            POST /api/sla-policies/{missing}/reapply          |                                                        | 401   403   403   403   403   403   404
            GET  /api/customers/{customerA}/terms             |                                                        | 401   403   403   403   200   200   200
            GET  /api/customers/{missing}/terms               |                                                        | 401   403   403   403   404   404   404
            PUT  /api/customers/{missing}/terms               | {}                                                     | 401   403   403   403   403   403   404
            POST /api/customers/{missing}/terms/reapply       |                                                        | 401   403   403   403   403   403   404
            GET  /api/calendars                               |                                                        | 401   403   403   403   403   200   200
            GET  /api/calendars/{missing}                     |                                                        | 401   403   403   403   403   404   404
            POST /api/calendars                               | {}                                                     | 401   403   403   403   403   403   400
            PUT  /api/calendars/{missing}                     | {"name":"Matrix","timeZone":"UTC","aroundTheClock":true} | 401 403 403 403 403 403 404
            POST /api/calendars/{missing}/closed-dates        | {}                                                     | 401   403   403   403   403   403   404
            GET  /api/calendars/{missing}/due?from=2025-03-12T10:00:00Z&minutes=60 |                               | 401   403   403   403   404   404   404
            GET  /api/calendars/{missing}/due?minutes=0       |                                                        | 401   403   403   403   400   400   400
            GET  /api/inbox/held                              |                                                        | 401   403   403   403   200   200   200
            GET  /api/inbox/held?status=DISCARDED             |                                                        | 401   403   403   403   200   200   200
            GET  /api/inbox/held?status=LOST                  |                                                        | 401   403   403   403   400   400   400
            GET  /portal                                      |                                                        | LOGIN 200   200   403   403   403   403
            GET  /portal/requests/{engagementA}               |                                                        | LOGIN 200   404   403   403   403   403
            GET  /portal/requests/{missing}                   |                                                        | LOGIN 404   404   403   403   403   403
            GET  /portal/requests/new                         |                                                        | LOGIN 200   200   403   403   403   403
            POST /portal/requests                             | title=Matrix+page&impact=FULLY_USABLE                  | LOGIN 302   302   403   403   403   403
            POST /portal/requests/{engagementA}/messages      | body=Matrix+reply                                      | LOGIN 302   404   403   403   403   403
            GET  /portal/requests/{engagementA}/attachments/{publicFileA} |                                        | LOGIN 200   404   403   403   403   403
            GET  /portal/requests/{engagementA}/attachments/{internalFileA} |                                      | LOGIN 404   404   403   403   403   403
            GET  /portal/appointments/new                     |                                                        | LOGIN 200   200   403   403   403   403
            POST /portal/appointments                         | title=Matrix+visit&impact=FULLY_USABLE&start=2025-03-20T10:00 | LOGIN 302 302 403 403 403 403
            GET  /portal/hours                                |                                                        | LOGIN 200   200   403   403   403   403
            GET  /portal/invoices                             |                                                        | LOGIN 200   200   403   403   403   403
            GET  /portal/assets/portal.css                    |                                                        | LOGIN 200   200   403   403   403   403
            GET  /portal/assets/hours.js                      |                                                        | LOGIN 200   200   403   403   403   403
            GET  /webjars/chart.js/dist/chart.umd.js          |                                                        | LOGIN 200   200   200   200   200   200
            GET  /board                                       |                                                        | LOGIN 403   403   403   200   200   200
            GET  /api/board                                   |                                                        | 401   403   403   403   200   200   200
            GET  /api/board?priority=P9                       |                                                        | 401   403   403   403   400   400   400
            GET  /admin/sla                                   |                                                        | LOGIN 403   403   403   403   200   200
            GET  /admin/sla/calendars/new                     |                                                        | LOGIN 403   403   403   403   403   200
            POST /admin/sla/calendars                         | name=&timeZone=UTC                                     | LOGIN 403   403   403   403   403   400
            GET  /admin/sla/calendars/{missing}               |                                                        | LOGIN 403   403   403   403   403   404
            POST /admin/sla/calendars/{missing}               | name=Matrix&timeZone=UTC&aroundTheClock=true           | LOGIN 403   403   403   403   403   404
            POST /admin/sla/calendars/{missing}/closed-dates  |                                                        | LOGIN 403   403   403   403   403   404
            GET  /admin/sla/policies/new                      |                                                        | LOGIN 403   403   403   403   403   200
            POST /admin/sla/policies                          | name=                                                  | LOGIN 403   403   403   403   403   400
            GET  /admin/sla/policies/{missing}                |                                                        | LOGIN 403   403   403   403   403   404
            POST /admin/sla/policies/{missing}                | name=Matrix                                            | LOGIN 403   403   403   403   403   404
            POST /admin/sla/policies/{missing}/reapply        |                                                        | LOGIN 403   403   403   403   403   404
            GET  /admin/assets/admin.css                      |                                                        | LOGIN 403   403   200   200   200   200
            GET  /operaton/app/tasklist/                       |                                                        | LOGIN 403   403   PASS  PASS  PASS  PASS
            GET  /operaton/app/cockpit/                        |                                                        | LOGIN 403   403   PASS  PASS  PASS  PASS
            GET  /operaton/api/engine/engine/default/task      |                                                        | 401   403   403   PASS  PASS  PASS  PASS
            GET  /engine-rest/process-definition              |                                                        | 401   403   403   403   403   403   PASS
            POST /engine-rest/process-definition/key/support-request/start | {}                                        | 401   403   403   403   403   403   PASS
            GET  /swagger-ui.html                             |                                                        | LOGIN 403   403   PASS  PASS  PASS  PASS
            GET  /v3/api-docs                                 |                                                        | 401   403   403   200   200   200   200
            GET  /v3/api-docs.yaml                            |                                                        | 401   403   403   200   200   200   200
            GET  /login                                       |                                                        | 200   200   200   200   200   200   200
            GET  /favicon.ico                                 |                                                        | 200   200   200   200   200   200   200
            GET  /favicon.svg                                 |                                                        | 200   200   200   200   200   200   200
            GET  /assets/site.css                             |                                                        | 200   200   200   200   200   200   200
            GET  /actuator/health/liveness                    |                                                        | 200   200   200   200   200   200   200
            GET  /actuator/health/readiness                   |                                                        | 200   200   200   200   200   200   200
            POST /operaton/api/admin/auth/user/default/login/tasklist | {}                                              | 401   403   403   403   403   403   403
            """;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired CustomerService customers;
    @Autowired Conversation conversation;

    final Map<String, String> fixture = new LinkedHashMap<>();
    final Map<String, String[]> credentials = new LinkedHashMap<>();

    /** Once for the class (the instance field survives between its tests). */
    @BeforeEach
    void fixture() throws Exception {
        if (!fixture.isEmpty()) {
            return;
        }
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-03-12T10:00:00Z"))); // a Wednesday morning in London
        TestCustomers testCustomers = new TestCustomers(customers);
        long a = testCustomers.onPlan("PAYG");
        long b = testCustomers.onPlan("BPS-20");
        String userA = "matrix-a-" + System.nanoTime();
        String userB = "matrix-b-" + System.nanoTime();
        createUser(a, userA);
        createUser(b, userB);
        credentials.put("anonymous", null);
        credentials.put("customer A", new String[] {userA, PASSWORD});
        credentials.put("customer B", new String[] {userB, PASSWORD});
        for (String staff : List.of("technician", "coordinator", "manager")) {
            credentials.put(staff, new String[] {staff, staff});
        }
        credentials.put("admin", new String[] {"demo", "demo"});
        long engagementA = body(basic(request(HttpMethod.POST, "/api/engagements"), "coordinator", "coordinator")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":" + a + ",\"title\":\"A's printer\",\"channel\":\"REPORT\",\"impact\":\"FULLY_USABLE\"}"), 201)
                .get("id").asLong();
        long invoiceA = body(basic(request(HttpMethod.POST, "/api/customers/" + a + "/purchases"), "manager", "manager")
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"PREPAID_HOURS\",\"hours\":10}"), 201)
                .get("id").asLong();
        fixture.put("customerA", String.valueOf(a));
        fixture.put("customerB", String.valueOf(b));
        fixture.put("engagementA", String.valueOf(engagementA));
        fixture.put("publicFileA", String.valueOf(file(a, engagementA, Visibility.PUBLIC)));
        fixture.put("internalFileA", String.valueOf(file(a, engagementA, Visibility.INTERNAL)));
        fixture.put("invoiceA", String.valueOf(invoiceA));
        fixture.put("missing", "987654321");
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    static final String PASSWORD = "Matrix&Test-2025";

    record Row(HttpMethod method, String path, String accept, String body, List<String> expected) {

        @Override
        public String toString() {
            return method + " " + path + (accept == null ? "" : " (" + accept + ")");
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\\|");
            String[] request = columns[0].strip().split("\\s+");
            String accept = request.length > 2 ? request[2].substring("accept=".length()) : null;
            List<String> expected = Arrays.asList(columns[2].strip().split("\\s+"));
            if (expected.size() != ROLES.size()) {
                throw new IllegalStateException("row '" + line + "' needs one answer per role " + ROLES);
            }
            String body = columns[1].strip();
            rows.add(new Row(HttpMethod.valueOf(request[0]), request[1], accept, body.isEmpty() ? null : body, expected));
        }
        return rows;
    }

    Stream<Arguments> cells() {
        return rows().stream().flatMap(row -> {
            List<Arguments> cells = new ArrayList<>();
            for (int i = 0; i < ROLES.size(); i++) {
                cells.add(Arguments.of(row, ROLES.get(i), row.expected().get(i)));
            }
            return cells.stream();
        });
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cells")
    void everyEndpointAnswersEveryRoleAsTheTableSays(Row row, String role, String expected) throws Exception {
        MockHttpServletRequestBuilder request = request(row.method(), filled(row.path()));
        if (row.accept() != null) {
            request.accept(row.accept());
        } else if (!machine(row.path())) {
            request.accept(MediaType.TEXT_HTML);
        }
        if (row.body() != null) {
            boolean form = row.path().startsWith("/portal") || row.path().startsWith("/admin")
                    || row.path().startsWith("/settings");
            request.contentType(form ? MediaType.APPLICATION_FORM_URLENCODED : MediaType.APPLICATION_JSON)
                    .content(filled(row.body()));
        }
        if (row.method() != HttpMethod.GET) {
            // the forms' token, so the table is about roles; the CSRF rules have tests of their own
            request.with(csrf());
        }
        String[] login = credentials.get(role);
        if (login != null) {
            request.with(httpBasic(login[0], login[1]));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String answer = response.getStatus() + (response.getRedirectedUrl() == null ? "" : " -> " + response.getRedirectedUrl());
        switch (expected) {
            case "LOGIN" -> assertThat(loginRedirect(response)).as(answer).isTrue();
            case "PASS" -> assertThat(response.getStatus()).as(answer + " PASSDEBUG").isNotIn(401, 403)
                    .satisfies(status -> assertThat(loginRedirect(response)).as(answer).isFalse());
            default -> assertThat(response.getStatus()).as(answer).isEqualTo(Integer.parseInt(expected));
        }
    }

    @Test
    void anotherCustomersIdsAnswerExactlyAsMissingOnes() throws Exception {
        String a = fixture.get("customerA");
        String missing = fixture.get("missing");
        Map<String, String> guessed = Map.of(
                "/api/engagements/" + fixture.get("engagementA"), "/api/engagements/" + missing,
                "/api/engagements/" + fixture.get("engagementA") + "/messages", "/api/engagements/" + missing + "/messages",
                "/api/invoices/" + fixture.get("invoiceA"), "/api/invoices/" + missing,
                "/api/invoices/" + fixture.get("invoiceA") + ".pdf", "/api/invoices/" + missing + ".pdf",
                "/api/invoices/" + fixture.get("invoiceA") + ".csv", "/api/invoices/" + missing + ".csv",
                "/api/invoices/" + fixture.get("invoiceA") + ".xml", "/api/invoices/" + missing + ".xml",
                "/api/customers/" + a + "/usage", "/api/customers/" + missing + "/usage");
        for (Map.Entry<String, String> pair : guessed.entrySet()) {
            MockHttpServletResponse foreign = as("customer B", request(HttpMethod.GET, pair.getKey()));
            MockHttpServletResponse absent = as("customer B", request(HttpMethod.GET, pair.getValue()));
            String foreignId = pair.getKey().replaceAll("\\D+", " ").strip().split(" ")[0];
            assertThat(foreign.getStatus()).as(pair.getKey()).isEqualTo(404);
            assertThat(foreign.getContentType()).isEqualTo(absent.getContentType());
            assertThat(withoutId(foreign.getContentAsString(), foreignId))
                    .as(pair.getKey()).isEqualTo(withoutId(absent.getContentAsString(), missing));
            assertThat(foreign.getContentAsString()).contains("does not exist").doesNotContain("403");
        }
        // the report form: reporting for another account is refused as for an account that does not exist
        MockHttpServletResponse foreignReport = as("customer B", json(HttpMethod.POST, "/api/engagements",
                "{\"customerId\":" + a + ",\"title\":\"Theirs\",\"channel\":\"REPORT\",\"impact\":\"UNUSABLE\"}"));
        MockHttpServletResponse missingReport = as("customer B", json(HttpMethod.POST, "/api/engagements",
                "{\"customerId\":" + missing + ",\"title\":\"Theirs\",\"channel\":\"REPORT\",\"impact\":\"UNUSABLE\"}"));
        assertThat(foreignReport.getStatus()).isEqualTo(400);
        assertThat(withoutId(foreignReport.getContentAsString(), a))
                .isEqualTo(withoutId(missingReport.getContentAsString(), missing));
    }

    @Test
    void aCustomerListsOnlyItsOwnAccount() throws Exception {
        String a = fixture.get("customerA");
        String b = fixture.get("customerB");
        as("coordinator", json(HttpMethod.POST, "/api/engagements",
                "{\"customerId\":" + b + ",\"title\":\"B's request\",\"channel\":\"REPORT\",\"impact\":\"FULLY_USABLE\"}"));
        JsonNode mine = json.readTree(as("customer A", request(HttpMethod.GET, "/api/engagements")).getContentAsString())
                .get("content");
        assertThat(mine).isNotEmpty().allSatisfy(e -> assertThat(e.get("customerId").asText()).isEqualTo(a));
        assertThat(json.readTree(as("customer B", request(HttpMethod.GET, "/api/engagements")).getContentAsString())
                .get("content")).isNotEmpty().allSatisfy(e -> assertThat(e.get("customerId").asText()).isEqualTo(b));
        JsonNode theirs = json.readTree(as("customer A", request(HttpMethod.GET, "/api/engagements?customerId=" + b))
                .getContentAsString()).get("content");
        assertThat(theirs).isEmpty();
        JsonNode staffView = json.readTree(as("coordinator", request(HttpMethod.GET, "/api/engagements?customerId=" + b))
                .getContentAsString()).get("content");
        assertThat(staffView).isNotEmpty();

        JsonNode invoices = json.readTree(as("customer A", request(HttpMethod.GET, "/api/invoices")).getContentAsString())
                .get("content");
        assertThat(invoices).extracting(i -> i.get("id").asText()).containsExactly(fixture.get("invoiceA"));
        assertThat(json.readTree(as("customer B", request(HttpMethod.GET, "/api/invoices")).getContentAsString())
                .get("content")).isEmpty();
        assertThat(json.readTree(as("customer B", request(HttpMethod.GET, "/api/invoices?customerId=" + a))
                .getContentAsString()).get("content")).isEmpty();
    }

    @Test
    void aCustomerReportsForItsOwnAccountOnlyAsACustomerMay() throws Exception {
        String a = fixture.get("customerA");
        MockHttpServletResponse own = as("customer A", json(HttpMethod.POST, "/api/engagements",
                "{\"title\":\"No id needed\",\"channel\":\"REPORT\",\"impact\":\"PARTIALLY_IMPAIRED\"}"));
        assertThat(own.getStatus()).as(own.getContentAsString()).isEqualTo(201);
        long id = json.readTree(own.getContentAsString()).get("id").asLong();
        JsonNode created = json.readTree(as("coordinator", request(HttpMethod.GET, "/api/engagements/" + id)).getContentAsString());
        assertThat(created.get("customerId").asText()).isEqualTo(a);
        assertThat(created.get("status").asText()).isEqualTo("REPORTED");
        assertThat(created.get("processInstanceId").asText()).isNotBlank();

        for (String refused : List.of(
                "{\"title\":\"Phoned\",\"channel\":\"PHONE_DIRECT\",\"impact\":\"UNUSABLE\"}",
                "{\"title\":\"Old\",\"channel\":\"REPORT\",\"impact\":\"UNUSABLE\",\"reportedAt\":\"2025-03-01T10:00:00Z\"}",
                "{\"title\":\"Drive\",\"channel\":\"REPORT\",\"impact\":\"UNUSABLE\",\"travel\":true}")) {
            MockHttpServletResponse answer = as("customer A", json(HttpMethod.POST, "/api/engagements", refused));
            assertThat(answer.getStatus()).as(refused + " -> " + answer.getContentAsString()).isEqualTo(400);
        }
    }

    @Test
    void sessionCallsToTheApiNeedTheCsrfTokenAndHttpBasicCallsDoNot() throws Exception {
        String report = "{\"title\":\"CSRF\",\"channel\":\"REPORT\",\"impact\":\"FULLY_USABLE\"}";
        MockHttpSession session = login("customer A");

        MockHttpServletResponse withoutToken = mvc.perform(request(HttpMethod.POST, "/api/engagements").session(session)
                .contentType(MediaType.APPLICATION_JSON).content(report)).andReturn().getResponse();
        assertThat(withoutToken.getStatus()).isEqualTo(403);
        assertThat(withoutToken.getContentType()).isEqualTo("application/problem+json");
        assertThat(withoutToken.getContentAsString()).contains("CSRF token");
        MockHttpServletResponse withToken = mvc.perform(request(HttpMethod.POST, "/api/engagements").session(session)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(report)).andReturn().getResponse();
        assertThat(withToken.getStatus()).isEqualTo(201);
        MockHttpServletResponse basic = mvc.perform(request(HttpMethod.POST, "/api/engagements")
                .with(httpBasic(credentials.get("customer A")[0], PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(report)).andReturn().getResponse();
        assertThat(basic.getStatus()).isEqualTo(201);
        // without any login there is no session to forge: the answer is the 401 challenge, not a CSRF refusal
        MockHttpServletResponse anonymous = mvc.perform(request(HttpMethod.POST, "/api/engagements")
                .contentType(MediaType.APPLICATION_JSON).content(report)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"Quarterhour\"");
        assertThat(anonymous.getContentType()).isEqualTo("application/problem+json");
        // reading needs no token
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/engagements").session(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);

        MockHttpServletResponse portalWithoutToken = mvc.perform(request(HttpMethod.POST, "/portal/requests").session(session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("title=CSRF&impact=FULLY_USABLE"))
                .andReturn().getResponse();
        assertThat(portalWithoutToken.getStatus()).isEqualTo(403);
        // and a portal form cannot be posted with HTTP Basic instead of the token: only the API takes that way
        MockHttpServletResponse portalWithBasic = mvc.perform(request(HttpMethod.POST, "/portal/requests")
                .with(httpBasic(credentials.get("customer A")[0], PASSWORD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("title=CSRF&impact=FULLY_USABLE"))
                .andReturn().getResponse();
        assertThat(portalWithBasic.getStatus()).isEqualTo(403);

        MockHttpSession staff = login("coordinator");
        String user = "{\"username\":\"csrf-" + System.nanoTime() + "\",\"password\":\"" + PASSWORD + "\"}";
        assertThat(mvc.perform(request(HttpMethod.POST, "/api/customers/" + fixture.get("customerA") + "/users")
                .session(staff).contentType(MediaType.APPLICATION_JSON).content(user)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(request(HttpMethod.POST, "/api/customers/" + fixture.get("customerA") + "/users")
                .session(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(user)).andReturn()
                .getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void theTableCoversEveryRoleOfEveryRow() {
        assertThat(rows()).hasSizeGreaterThan(40).allSatisfy(row -> assertThat(row.expected()).hasSize(ROLES.size()));
    }

    /** The body with the id in question (as a whole number) blanked, so two answers can be compared. */
    private static String withoutId(String body, String id) {
        return body.replaceAll("\\b" + id + "\\b", "ID");
    }

    private MockHttpServletResponse as(String role, MockHttpServletRequestBuilder request) throws Exception {
        String[] login = credentials.get(role);
        return mvc.perform(request.with(httpBasic(login[0], login[1]))).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder json(HttpMethod method, String path, String body) {
        return request(method, path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Logs in on the form, as a browser does, and returns the session. */
    private MockHttpSession login(String role) throws Exception {
        String[] login = credentials.get(role);
        MvcResult result = mvc.perform(formLogin("/login").user(login[0]).password(login[1])).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private static boolean machine(String path) {
        return Stream.of("/api/", "/engine-rest/", "/operaton/api/", "/v3/api-docs", "/actuator/").anyMatch(path::startsWith);
    }

    private static boolean loginRedirect(MockHttpServletResponse response) {
        return response.getStatus() == 302 && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().endsWith("/login");
    }

    private String filled(String template) {
        String result = template;
        for (Map.Entry<String, String> value : fixture.entrySet()) {
            result = result.replace("{" + value.getKey() + "}", value.getValue());
        }
        return result;
    }

    /** A message from staff on the engagement with one file; the file's id. */
    private long file(long customer, long engagement, Visibility visibility) {
        return conversation.post(engagement, customer, new NewMessage(AuthorKind.STAFF, "technician", null, visibility,
                MessageChannel.API, "Matrix " + visibility, List.of(new NewAttachment("matrix.txt", "text/plain",
                        new byte[] {'m'})))).attachments().get(0).id();
    }

    private void createUser(long customer, String username) throws Exception {
        body(basic(request(HttpMethod.POST, "/api/customers/" + customer + "/users"), "coordinator", "coordinator")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"), 201);
    }

    private static MockHttpServletRequestBuilder basic(MockHttpServletRequestBuilder request, String user, String password) {
        return request.with(httpBasic(user, password)).header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
    }

    private JsonNode body(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString());
    }
}

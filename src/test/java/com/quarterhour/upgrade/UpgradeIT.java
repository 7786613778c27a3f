package com.quarterhour.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.quarterhour.support.AppNode;
import com.quarterhour.support.DueTimers;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An installation upgraded from Camunda 7.24: the PostgreSQL dump that src/test/upgrade/make-camunda-dump.sh made with
 * the Camunda build (src/test/resources/upgrade, its README says what is in flight) restored into a fresh database,
 * and this build started on it as production runs it (postgres profile, job executor on). Everything left in flight
 * goes on to its end, the administrator stays one, and nothing billed is lost. PostgreSQL only (failsafe, -Ppostgres).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeIT {

    private static final Path DUMP = Path.of("src/test/resources/upgrade/camunda-7.24.sql.gz");
    private static final List<String> JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    // what the dump holds (src/test/resources/upgrade/README.md)
    private static final long IN_TRIAGE = 11;
    private static final long AT_SLA_TIMERS = 12;
    private static final long IN_WORK = 13;
    private static final long BUG_CREDIT = 14;
    private static final long BUG_CREDIT_ADJUSTMENT = 1;
    private static final long WAITING_FOR_CUSTOMER = 15;
    private static final long INVOICE_IN_REVIEW = 15;
    private static final long RUN_IN_REVIEW = 2;

    private final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private JdbcTemplate jdbc;
    private AppNode node;
    /** Read from the restored database before the new build first touched it. */
    private List<Map<String, Object>> invoicesBefore;
    private List<Map<String, Object>> invoiceLinesBefore;
    private List<Map<String, Object>> timeEntriesBefore;
    private List<Map<String, Object>> customersBefore;
    private long instancesBefore;

    @BeforeAll
    void restoreTheCamundaDumpAndStartThisBuildOnIt() throws Exception {
        mail.start();
        String database = DueTimers.freshDatabase("upgrade");
        restore(database);
        jdbc = new DueTimers(database).jdbc();
        invoicesBefore = jdbc.queryForList("select id, number, customer_id, period, status, total from invoice order by id");
        invoiceLinesBefore = jdbc.queryForList("select id, invoice_id, line_no, kind, minutes, billed_minutes, amount"
                + " from invoice_line order by id");
        timeEntriesBefore = jdbc.queryForList("select id, engagement_id, work_date, minutes, note from time_entry order by id");
        customersBefore = jdbc.queryForList("select id, name, currency from customer order by id");
        instancesBefore = count("select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null");
        // the scheduled month-end run (1st of the month, 01:00) would bill whichever month this test runs in: not what
        // is tested here, and it would add invoices beside the dump's
        jdbc.update("update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_DEF_KEY_ = 'month-end-billing'",
                Timestamp.from(Instant.now().plus(365, ChronoUnit.DAYS)));
        node = AppNode.start("upgrade", database, JVM, Map.of(
                // an idle node looks for due jobs at least every 5 s (the engine's default backs off up to 60 s)
                "operaton.bpm.job-execution.max-wait", "5000",
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(mail.getSmtp().getPort())))
                .awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (node != null) {
            node.close();
        }
        mail.stop();
    }

    @Test
    @Order(1)
    void theNewBuildStartsOnTheOldDatabaseKeepingTheEngineSchemaAndMigratingTheApplications() {
        assertThat(jdbc.queryForList("select version from engine_schema_history where success and version is not null",
                String.class)).as("the engine's tables as the Camunda build left them").containsExactly("1");
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success and version is not null"
                + " and cast(version as integer) >= 25", String.class)).as("the migrations since the Camunda build")
                .contains("25");
        assertThat(count("select count(*) from flyway_schema_history where not success")).isZero();
        assertThat(count("select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null"))
                .as("the process instances in flight").isEqualTo(instancesBefore);
        assertThat(count("select count(*) from ACT_RU_INCIDENT")).as("incidents").isZero();
    }

    @Test
    @Order(2)
    void adminIsStillAnAdministratorNowInOperatonAdmin() throws Exception {
        assertThat(send("admin", "GET", "/engine-rest/user?id=admin", null, 200).get(0).get("id").asText()).isEqualTo("admin");
        assertThat(send("coordinator", "GET", "/engine-rest/user?id=admin", null, 403)).as("a coordinator may not").isNotNull();
        JsonNode groups = send("admin", "GET", "/engine-rest/group?member=admin", null, 200);
        assertThat(groups.findValuesAsText("id")).contains("operaton-admin").doesNotContain("camunda-admin");
        // an application API only administrators may write
        send("admin", "PUT", "/api/customers/1/terms", "{\"slaPolicyId\": null, \"calendarId\": null}", 200);

        assertThat(count("select count(*) from ACT_ID_GROUP where ID_ = 'camunda-admin'")).isZero();
        assertThat(count("select count(*) from ACT_ID_MEMBERSHIP where GROUP_ID_ = 'camunda-admin'")).isZero();
        assertThat(count("select count(*) from ACT_RU_AUTHORIZATION where GROUP_ID_ = 'camunda-admin'"
                + " or RESOURCE_ID_ = 'camunda-admin'")).isZero();
        assertThat(count("select count(*) from ACT_RU_AUTHORIZATION where GROUP_ID_ = 'operaton-admin'"))
                .as("operaton-admin holds the administrators' grants").isPositive();
    }

    @Test
    @Order(3)
    void oldTasklistLinksLeadToTheNewPath() throws Exception {
        HttpResponse<byte[]> old = get("admin", "/camunda/app/tasklist/default/?x=1");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/operaton/app/tasklist/default/?x=1"));
    }

    @Test
    @Order(4)
    void nothingBilledIsLostAndInvoicesStillDownload() throws Exception {
        assertThat(jdbc.queryForList("select id, number, customer_id, period, status, total from invoice order by id"))
                .isEqualTo(invoicesBefore);
        assertThat(jdbc.queryForList("select id, invoice_id, line_no, kind, minutes, billed_minutes, amount"
                + " from invoice_line order by id")).isEqualTo(invoiceLinesBefore);
        assertThat(jdbc.queryForList("select id, engagement_id, work_date, minutes, note from time_entry order by id"))
                .isEqualTo(timeEntriesBefore);
        assertThat(jdbc.queryForList("select id, name, currency from customer order by id")).isEqualTo(customersBefore);
        // the dump's figures (its README), so that an empty restore cannot pass as "unchanged"
        assertThat(invoicesBefore).hasSize(15);
        assertThat(invoiceLinesBefore).hasSize(25);
        assertThat(timeEntriesBefore).hasSize(20);
        assertThat(customersBefore).hasSize(15);

        JsonNode issued = send("admin", "GET", "/api/invoices?status=ISSUED&size=100", null, 200);
        assertThat(issued.get("page").get("totalElements").asInt()).isEqualTo(14);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode invoice : issued.get("content")) {
            sum = sum.add(invoice.get("total").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo("19458.00");
        JsonNode bps100 = send("admin", "GET", "/api/invoices/2", null, 200);
        assertThat(bps100.get("number").asText()).isEqualTo("INV-2026-000014");
        assertThat(bps100.get("total").decimalValue()).isEqualByComparingTo("4800.00");
        for (JsonNode invoice : issued.get("content")) {
            HttpResponse<byte[]> pdf = get("admin", "/api/invoices/" + invoice.get("id").asLong() + ".pdf");
            assertThat(pdf.statusCode()).as("invoice %s as PDF", invoice.get("number").asText()).isEqualTo(200);
            assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }

    @Test
    @Order(4)
    void theInvoicesIssuedBeforeKeepTheAddresseeOfTheUpgradeAndTheDueDateOfTheFirstStart() throws Exception {
        Map<Long, String> names = new java.util.HashMap<>();
        customersBefore.forEach(c -> names.put(((Number) c.get("id")).longValue(), (String) c.get("name")));
        JsonNode issued = send("admin", "GET", "/api/invoices?status=ISSUED&size=100", null, 200);
        for (JsonNode invoice : issued.get("content")) {
            String number = invoice.get("number").asText();
            assertThat(invoice.get("billTo").get("name").asText()).as(number)
                    .isEqualTo(names.get(invoice.get("customerId").asLong()));
            LocalDate issueDay = LocalDate.ofInstant(Instant.parse(invoice.get("issuedAt").asText()), LONDON);
            assertThat(LocalDate.parse(invoice.get("dueDate").asText())).as(number)
                    .isEqualTo(issueDay.plusDays(invoice.get("paymentTermsDays").asInt()));
        }
        // stored, not derived: every issued invoice's row holds them
        assertThat(count("select count(*) from invoice where issued_at is not null and (due_date is null"
                + " or payment_terms_days is null or bill_to_name is null or bill_to_country is null)")).isZero();
        assertThat(count("select count(*) from invoice where issued_at is null and bill_to_name is not null"))
                .as("drafts show the customer's current details").isZero();
    }

    @Test
    @Order(5)
    void everyRequestInFlightGoesOnToItsEnd() throws Exception {
        String today = LocalDate.now(LONDON).toString();

        // waiting in Triage: triaged, worked, resolved
        send("coordinator", "POST", "/api/engagements/" + IN_TRIAGE + "/triage",
                "{\"priority\": \"P3\", \"billable\": true, \"technician\": \"technician\"}", 200);
        awaitStatus(IN_TRIAGE, "IN_PROGRESS");
        captureTime(IN_TRIAGE, today, 30);
        resolve(IN_TRIAGE);

        // in Work with 45 minutes: more time, then resolved
        captureTime(IN_WORK, today, 15);
        resolve(IN_WORK);
        assertThat(engagement(IN_WORK).get("minutesCaptured").asInt()).isEqualTo(60);

        // the bug credit waiting for a manager: approved
        JsonNode decided = send("manager", "POST", "/api/adjustments/" + BUG_CREDIT_ADJUSTMENT + "/decision",
                "{\"approved\": true, \"comment\": \"Our update, credited\"}", 200);
        assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
        awaitStatus(BUG_CREDIT, "COMPLETED");

        // paused for the customer: the customer answered, then resolved
        send("technician", "POST", "/api/engagements/" + WAITING_FOR_CUSTOMER + "/resume",
                "{\"note\": \"Archive everything before 2025\"}", 200);
        awaitStatus(WAITING_FOR_CUSTOMER, "IN_PROGRESS");
        resolve(WAITING_FOR_CUSTOMER);

        for (long id : List.of(IN_TRIAGE, IN_WORK, BUG_CREDIT, WAITING_FOR_CUSTOMER)) {
            awaitStatus(id, "COMPLETED");
            // ENG-11's response clock breaches on the day after the dump: run later, its investigation is open
            investigateBreaches(id);
            await("ENG-" + id + "'s support-request instance ended").atMost(Duration.ofMinutes(1))
                    .until(() -> supportRequestEnded(id));
        }

        // the invoice waiting for review: approved and issued with the next number, and its run completes
        JsonNode reviewed = send("manager", "POST", "/api/invoices/" + INVOICE_IN_REVIEW + "/review",
                "{\"approved\": true, \"comment\": \"Checked against the import\"}", 200);
        assertThat(reviewed.get("total").decimalValue()).isEqualByComparingTo("4320.00");
        await("billing run " + RUN_IN_REVIEW + " completed").atMost(Duration.ofMinutes(1)).until(() ->
                send("manager", "GET", "/api/billing/runs/" + RUN_IN_REVIEW, null, 200).get("status").asText().equals("COMPLETED"));
        JsonNode invoice = send("admin", "GET", "/api/invoices/" + INVOICE_IN_REVIEW, null, 200);
        assertThat(invoice.get("status").asText()).isEqualTo("ISSUED");
        // gap-free in the year it is issued: after the dump's fourteen of 2026, or the first of a later year
        int year = LocalDate.now(LONDON).getYear();
        assertThat(invoice.get("number").asText()).isEqualTo(year == 2026 ? "INV-2026-000015" : "INV-" + year + "-000001");
        assertThat(get("admin", "/api/invoices/" + INVOICE_IN_REVIEW + ".pdf").statusCode()).isEqualTo(200);
        assertThat(invoice.get("billTo").get("name").asText()).isEqualTo(invoice.get("customerName").asText());
        assertThat(count("select count(*) from invoice where id = " + INVOICE_IN_REVIEW
                + " and due_date is not null and bill_to_name is not null")).isOne();
    }

    @Test
    @Order(6)
    void theSlaTimersLeftWaitingFireAndAlert() throws Exception {
        // as if the time had come: the clocks' warning and due instants, and their timer jobs, a minute ago (the
        // escalation timer waits far ahead, the plan has no escalation level)
        Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
        jdbc.update("update sla_clock set warn_at = ?, due_at = ? where engagement_id = ? and due_at is not null"
                + " and stopped_at is null and warned_at is null", Timestamp.from(Instant.now().minusSeconds(90)), past,
                AT_SLA_TIMERS);
        jdbc.update("update ACT_RU_JOB set DUEDATE_ = ? where TYPE_ = 'timer' and HANDLER_CFG_ in ('TimerWarning', 'TimerBreach')"
                + " and PROCESS_INSTANCE_ID_ in (select ID_ from ACT_RU_EXECUTION where BUSINESS_KEY_ = ?)",
                past, "ENG-" + AT_SLA_TIMERS);

        await("ENG-12's warning and breach timers fired").atMost(Duration.ofMinutes(2)).until(() -> count(
                "select count(*) from ACT_RU_JOB j join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_"
                + " where j.HANDLER_CFG_ in ('TimerWarning', 'TimerBreach') and e.BUSINESS_KEY_ = 'ENG-12'") == 0);
        assertThat(jdbc.queryForList("select kind from sla_clock where engagement_id = ? and warned_at is not null"
                + " order by kind", String.class, AT_SLA_TIMERS)).containsExactly("RESOLUTION", "RESPONSE");
        assertThat(jdbc.queryForList("select c.kind from sla_breach b join sla_clock c on c.id = b.clock_id"
                + " where c.engagement_id = ? order by c.kind", String.class, AT_SLA_TIMERS))
                .containsExactly("RESOLUTION", "RESPONSE");
        assertThat(engagement(AT_SLA_TIMERS).get("breaches").size()).isEqualTo(2);
        await("the breach mails").atMost(Duration.ofMinutes(2)).until(() -> subjects().stream()
                .filter(subject -> subject.startsWith("[SLA breach] ENG-12 ")).count() >= 2);
        assertThat(subjects()).anyMatch(subject -> subject.startsWith("[SLA warning] ENG-12 "));
        assertThat(count("select count(*) from ACT_RU_INCIDENT")).as("incidents").isZero();

        // the breaches' investigations (managers), then the request itself goes on to its end
        assertThat(investigateBreaches(AT_SLA_TIMERS)).isEqualTo(2);
        captureTime(AT_SLA_TIMERS, LocalDate.now(LONDON).toString(), 90);
        resolve(AT_SLA_TIMERS);
        awaitStatus(AT_SLA_TIMERS, "COMPLETED");
        await("ENG-12's process instances ended").atMost(Duration.ofMinutes(1)).until(() -> count(
                "select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = 'ENG-12'") == 0);
        assertThat(supportRequestEnded(AT_SLA_TIMERS)).isTrue();
    }

    /**
     * Completes the open "Investigate SLA breach" tasks of a request (as the administrator, through /engine-rest, as
     * Tasklist would for a manager); their clocks end only then. Returns how many there were.
     */
    private int investigateBreaches(long id) throws Exception {
        List<String> investigations = jdbc.queryForList("select t.ID_ from ACT_RU_TASK t join ACT_RU_EXECUTION e"
                + " on e.ID_ = t.PROC_INST_ID_ where t.TASK_DEF_KEY_ = 'InvestigateBreach' and e.BUSINESS_KEY_ = ?",
                String.class, "ENG-" + id);
        for (String task : investigations) {
            send("admin", "POST", "/engine-rest/task/" + task + "/complete", """
                    {"variables": {"breachCause": {"value": "STAFFING"},
                                   "breachFindings": {"value": "Nobody on the desk that hour"}}}""", 204);
        }
        return investigations.size();
    }

    private void restore(String databaseUrl) throws IOException, InterruptedException {
        URI uri = URI.create(databaseUrl.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", uri.getHost(),
                "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "-U", System.getenv().getOrDefault("QUARTERHOUR_DB_USER", "postgres"),
                "-d", uri.getPath().substring(1)));
        Path log = Files.createDirectories(Path.of("target", "nodes")).resolve("upgrade-restore.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PGPASSWORD", System.getenv().getOrDefault("QUARTERHOUR_DB_PASSWORD", ""));
        Process psql = builder.start();
        try (InputStream dump = new GZIPInputStream(Files.newInputStream(DUMP)); OutputStream in = psql.getOutputStream()) {
            dump.transferTo(in);
        }
        assertThat(psql.waitFor(5, TimeUnit.MINUTES)).as("psql restored the dump in time").isTrue();
        assertThat(psql.exitValue()).as("psql's exit code (log: %s)", log).isZero();
    }

    private void captureTime(long id, String workDate, int minutes) throws Exception {
        send("technician", "POST", "/api/engagements/" + id + "/time-entries",
                "{\"workDate\": \"%s\", \"minutes\": %d, \"note\": \"Worked on it after the upgrade\"}"
                        .formatted(workDate, minutes), 201);
    }

    private void resolve(long id) throws Exception {
        send("technician", "POST", "/api/engagements/" + id + "/resolve",
                "{\"rootCause\": \"CUSTOMER\", \"note\": \"Solved after the upgrade\"}", 200);
        awaitStatus(id, "COMPLETED");
    }

    private JsonNode engagement(long id) throws Exception {
        return send("admin", "GET", "/api/engagements/" + id, null, 200);
    }

    private void awaitStatus(long id, String status) {
        await("ENG-" + id + " " + status).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> engagement(id).get("status").asText(), status::equals);
    }

    private boolean supportRequestEnded(long id) {
        return count("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = 'ENG-" + id + "'"
                + " and PROC_DEF_KEY_ = 'support-request' and END_TIME_ is not null") == 1;
    }

    private List<String> subjects() throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    private long count(String sql) {
        Long found = jdbc.queryForObject(sql, Long.class);
        return found == null ? 0 : found;
    }

    private HttpResponse<byte[]> get(String user, String path) throws Exception {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** HTTP Basic as {@code user}: the dump's admin, or a demo user (password = user name). */
    private HttpRequest.Builder request(String user, String path) {
        String password = user.equals(AppNode.ADMIN) ? AppNode.ADMIN_PASSWORD : user;
        return HttpRequest.newBuilder(node.url(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode send(String user, String method, String path, String json, int expected) throws Exception {
        HttpRequest request = request(user, path).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body()).isEqualTo(expected);
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}

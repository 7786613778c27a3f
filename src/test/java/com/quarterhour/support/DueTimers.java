package com.quarterhour.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * SLA timers that fall due at once on application nodes sharing one PostgreSQL database: requests reported through
 * the HTTP API on a plan whose both clocks have targets (shared 24/7 support: a warning, a breach and an escalation
 * timer per clock), then every clock's warning and due instants and their timer jobs moved into the past with SQL, as
 * if the time had come (the engine clock of another JVM cannot be moved). What the delegates check holds as on the day: a clock warns
 * once (its warned instant), and a breach is recorded once per clock and due instant (sla_breach's unique key).
 */
public final class DueTimers {

    /**
     * Response in 30 minutes and resolution in 4 hours, around the clock: six timers per request, a warning, a breach
     * and an escalation per clock. The plan's targets have no escalation level, so the escalation timer waits far
     * ahead; made due, it finds nothing to escalate.
     */
    public static final String PLAN = "SHARED-247";
    public static final int TIMERS_PER_REQUEST = 6;
    public static final String COORDINATOR_EMAIL = "coordinators@quarterhour.example";

    private static final String SLA_CLOCK_TIMERS = "from ACT_RU_JOB where TYPE_ = 'timer' and PROCESS_DEF_KEY_ = 'sla-clock'";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public DueTimers(String databaseUrl) {
        this.jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), databaseUrl,
                System.getenv().getOrDefault("QUARTERHOUR_DB_USER", "postgres"),
                System.getenv().getOrDefault("QUARTERHOUR_DB_PASSWORD", "")));
    }

    /**
     * A new, empty database beside the one {@code QUARTERHOUR_DB_URL} names (the same server and credentials), e.g.
     * {@code quarterhour_ci_cluster} beside {@code quarterhour_ci}; dropped first if it exists.
     */
    public static String freshDatabase(String suffix) {
        String base = System.getenv().getOrDefault("QUARTERHOUR_DB_URL", "jdbc:postgresql://127.0.0.1:5432/quarterhour");
        int slash = base.lastIndexOf('/');
        int query = base.indexOf('?', slash);
        String name = (query < 0 ? base.substring(slash + 1) : base.substring(slash + 1, query)) + "_" + suffix;
        JdbcTemplate server = new DueTimers(base.substring(0, slash + 1) + "postgres").jdbc;
        server.execute("drop database if exists " + name + " with (force)");
        server.execute("create database " + name);
        return base.substring(0, slash + 1) + name + (query < 0 ? "" : base.substring(query));
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A coordinator with an e-mail address: warnings before triage and every breach go to the coordinators. */
    public void coordinatorWithEmail(AppNode node) {
        send(node, "POST", "/engine-rest/user/create", """
                {"profile": {"id": "coordinator", "firstName": "Cora", "lastName": "Coordinator", "email": "%s"},
                 "credentials": {"password": "Coordinates-1-Queue!"}}""".formatted(COORDINATOR_EMAIL), 204);
        send(node, "PUT", "/engine-rest/group/coordinators/members/coordinator", null, 204);
    }

    /** A London customer on {@link #PLAN} since the first of this month. */
    public long customerOnSharedSupport(AppNode node) {
        long id = send(node, "POST", "/api/customers", """
                {"name": "Cluster Ltd %d", "currency": "GBP", "timeZone": "Europe/London", "country": "GB",
                 "vatRate": 0.20}""".formatted(System.nanoTime()), 201).get("id").asLong();
        send(node, "POST", "/api/customers/" + id + "/subscriptions", """
                {"planCode": "%s", "startDate": "%s"}""".formatted(PLAN,
                LocalDate.now(ZoneId.of("Europe/London")).withDayOfMonth(1)), 201);
        return id;
    }

    /** Reports {@code count} requests through the API, by {@code clients} clients taking the nodes in turn. */
    public void report(int count, long customerId, List<AppNode> nodes, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> reports = IntStream.range(0, count).<Future<?>>mapToObj(i -> pool.submit(() -> send(
                    nodes.get(next.getAndIncrement() % nodes.size()), "POST", "/api/engagements", """
                            {"customerId": %d, "title": "Request %d", "channel": "REPORT", "impact": "SEVERELY_IMPAIRED"}"""
                            .formatted(customerId, i), 201))).toList();
            for (Future<?> report : reports) {
                report.get();
            }
        } finally {
            pool.shutdown();
        }
        int timers = count * TIMERS_PER_REQUEST;
        await("the clocks' " + timers + " timers").atMost(Duration.ofMinutes(2)).until(() -> timersLeft() == timers);
    }

    /**
     * Every running clock's warning and due instants (of clocks not yet warned), and the timer jobs waiting, one
     * minute ago: all of them are due now.
     * Returns the number of timers made due.
     */
    public int makeAllDue() {
        Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
        Timestamp warnedBefore = Timestamp.from(Instant.now().minusSeconds(90));
        jdbc.update("update sla_clock set warn_at = ?, due_at = ? where due_at is not null and stopped_at is null"
                + " and warned_at is null",
                warnedBefore, past);
        return jdbc.update("update ACT_RU_JOB set DUEDATE_ = ? where TYPE_ = 'timer' and PROCESS_DEF_KEY_ = 'sla-clock'",
                past);
    }

    public long timersLeft() {
        return count("select count(*) " + SLA_CLOCK_TIMERS);
    }

    public long lockedJobs() {
        return count("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null");
    }

    public long incidents() {
        return count("select count(*) from ACT_RU_INCIDENT");
    }

    /** Clocks whose warning was recorded. */
    public long warnings() {
        return count("select count(*) from sla_clock where warned_at is not null");
    }

    public long breaches() {
        return count("select count(*) from sla_breach");
    }

    /** Clocks with more than one breach for the same due instant (the table's unique key forbids it; counted anyway). */
    public long clocksBreachedTwice() {
        return count("select count(*) from (select clock_id from sla_breach group by clock_id, due_at having count(*) > 1) twice");
    }

    /** Job ids by lock owner, of the jobs locked now. */
    public List<String[]> lockedJobOwners() {
        return jdbc.query("select ID_, LOCK_OWNER_, LOCK_EXP_TIME_ from ACT_RU_JOB where LOCK_OWNER_ is not null",
                (row, n) -> new String[] {row.getString(1), row.getString(2), row.getTimestamp(3).toInstant().toString()});
    }

    private long count(String sql) {
        Long found = jdbc.queryForObject(sql, Long.class);
        return found == null ? 0 : found;
    }

    private JsonNode send(AppNode node, String method, String path, String json, int expected) {
        URI uri = node.url(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (AppNode.ADMIN + ":" + AppNode.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + uri + " interrupted", e);
        }
    }
}

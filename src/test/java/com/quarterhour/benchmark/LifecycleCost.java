package com.quarterhour.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.QuarterhourApplication;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one support-request lifecycle costs on PostgreSQL, through the HTTP API as an integration calls it (HTTP
 * Basic): report (coordinator) → triage to a technician → two time entries → resolve (technician), one client at a
 * time, after a few lifecycles to warm up. Not a test: it prints figures.
 *
 * <p>Per lifecycle: commits and rolled-back transactions, rows inserted/updated/deleted (pg_stat_database of its own
 * database), rows inserted per table (pg_stat_user_tables), CPU time of the application's JVM (client included) and
 * of the PostgreSQL backends serving it (from /proc). Per API call: JDBC statements executed (the engine's and JPA's,
 * counted by datasource-proxy around the application's pool), commits and wall time. With
 * {@code -Dlifecycle.sql=true} it also prints each call's statements of the last lifecycle, most frequent first.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.quarterhour.benchmark.LifecycleCost -Dexec.args=20
 * </pre>
 * It drops and recreates its database ({@code -Dlifecycle.database}, default {@code quarterhour_lifecycle}) on
 * PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) and leaves it for inspection. The job executor is off
 * (the lifecycle's SLA timers are hours away; its polling would only add noise); {@code -Dlifecycle.appArgs} adds
 * application arguments, comma-separated, e.g. {@code --operaton.bpm.history-level=full} to compare settings.
 */
public final class LifecycleCost {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    public static void main(String[] args) throws Exception {
        int lifecycles = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String database = System.getProperty("lifecycle.database", "quarterhour_lifecycle");
        int port = Integer.getInteger("lifecycle.port", 18104);
        long customerId = Long.getLong("lifecycle.customer", 2);
        recreate(database);
        StatementLog log = new StatementLog();
        try (ConfigurableApplicationContext app = start(database, port, log)) {
            Api api = new Api(port, customerId);
            for (int i = 0; i < warmUp; i++) {
                api.lifecycle(null, log);
            }
            Stats before = Stats.read(database, log.pool);
            Map<Integer, Long> backendsBefore = backendCpuTicks(database);
            long jvmBefore = jvmCpuNanos();
            Map<String, CallCost> calls = new LinkedHashMap<>();
            for (int i = 0; i < lifecycles; i++) {
                log.capture(i == lifecycles - 1 && Boolean.getBoolean("lifecycle.sql"));
                api.lifecycle(calls, log);
            }
            long jvmNanos = jvmCpuNanos() - jvmBefore;
            long backendTicks = backendCpuTicks(database).entrySet().stream()
                    .mapToLong(e -> e.getValue() - backendsBefore.getOrDefault(e.getKey(), 0L)).sum();
            Stats after = Stats.read(database, log.pool);
            report(lifecycles, warmUp, before, after, calls, jvmNanos, backendTicks, log);
        }
        System.exit(0);
    }

    private static void report(int n, int warmUp, Stats before, Stats after, Map<String, CallCost> calls, long jvmNanos,
            long backendTicks, StatementLog log) {
        print("=== %d lifecycles (after %d to warm up), one client, per lifecycle ===", n, warmUp);
        print("commits %.1f, rollbacks %.1f; rows inserted %.1f, updated %.1f, deleted %.1f",
                per(after.commits - before.commits, n), per(after.rollbacks - before.rollbacks, n),
                per(after.inserted - before.inserted, n), per(after.updated - before.updated, n),
                per(after.deleted - before.deleted, n));
        print("CPU: application JVM %.1f ms (client included), PostgreSQL backends %.1f ms",
                jvmNanos / 1e6 / n, backendTicks * 10.0 / n);
        print("rows inserted per table (per lifecycle):");
        after.insertsPerTable.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.insertsPerTable.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> print("  %-28s %6.1f", e.getKey(), per(e.getValue(), n)));
        print("per API call (JDBC statements by datasource-proxy; a JDBC batch counts once):");
        print("  %-8s %5s %9s %7s %7s %7s %7s %8s %8s", "call", "calls", "stmts", "select", "insert", "update",
                "delete", "commits", "ms");
        long total = 0;
        for (CallCost c : calls.values()) {
            total += c.statements[0];
            print("  %-8s %5d %9.1f %7.1f %7.1f %7.1f %7.1f %8.1f %8.1f", c.name, c.calls, c.avg(0), c.avg(1),
                    c.avg(2), c.avg(3), c.avg(4), c.commits / (double) c.calls, c.nanos / 1e6 / c.calls);
        }
        print("  statements per lifecycle %.1f", per(total, n));
        log.printCaptured();
    }

    private static double per(long value, int n) {
        return value / (double) n;
    }

    static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    /** The application on its own fresh database, profile postgres, demo users and customers, no job executor. */
    private static ConfigurableApplicationContext start(String database, int port, StatementLog log) {
        List<String> args = new ArrayList<>(List.of("--QUARTERHOUR_DB_URL=" + SERVER + database,
                "--QUARTERHOUR_ADMIN_PASSWORD=Life&Cycle-2026",
                "--quarterhour.demo-data.enabled=true",
                "--quarterhour.demo-data.billing-history=false",
                "--operaton.bpm.job-execution.enabled=false",
                "--server.port=" + port,
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        for (String extra : System.getProperty("lifecycle.appArgs", "").split(",")) {
            if (!extra.isBlank()) {
                args.add(extra.strip());
            }
        }
        print("application arguments: %s", args);
        return new SpringApplicationBuilder(QuarterhourApplication.class).profiles("postgres")
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(log))
                .run(args.toArray(String[]::new));
    }

    private static void recreate(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        }
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** User and system CPU of each PostgreSQL backend connected to the database, in clock ticks (1/100 s). */
    private static Map<Integer, Long> backendCpuTicks(String database) throws SQLException {
        Map<Integer, Long> ticks = new HashMap<>();
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pid from pg_stat_activity where datname = '" + database + "'")) {
            while (rs.next()) {
                int pid = rs.getInt(1);
                try {
                    String[] fields = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.UTF_8)
                            .replaceFirst("^.*\\) ", "").split(" ");
                    ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (java.io.IOException e) {
                    // the backend ended meanwhile
                }
            }
        }
        return ticks;
    }

    /** The database's counters. The pool's connections are closed first: a backend flushes its statistics on exit. */
    private record Stats(long commits, long rollbacks, long inserted, long updated, long deleted,
            Map<String, Long> insertsPerTable) {

        static Stats read(String database, HikariDataSource pool) throws Exception {
            pool.getHikariPoolMXBean().softEvictConnections();
            Thread.sleep(2000);
            try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                    Connection own = DriverManager.getConnection(SERVER + database, "postgres", "");
                    Statement s = c.createStatement();
                    Statement t = own.createStatement()) {
                Map<String, Long> tables = new HashMap<>();
                try (ResultSet rs = t.executeQuery("select relname, n_tup_ins from pg_stat_user_tables")) {
                    while (rs.next()) {
                        tables.put(rs.getString(1), rs.getLong(2));
                    }
                }
                try (ResultSet rs = s.executeQuery("select xact_commit, xact_rollback, tup_inserted, tup_updated,"
                        + " tup_deleted from pg_stat_database where datname = '" + database + "'")) {
                    rs.next();
                    return new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), tables);
                }
            }
        }
    }

    /** The cost of one kind of API call, added up. statements: total, select, insert, update, delete. */
    static final class CallCost {
        final String name;
        int calls;
        final long[] statements = new long[5];
        long commits;
        long nanos;

        CallCost(String name) {
            this.name = name;
        }

        double avg(int kind) {
            return statements[kind] / (double) calls;
        }
    }

    /**
     * Wraps the application's pool in datasource-proxy and counts what goes through it: statements by kind, commits,
     * and (for one lifecycle, when asked) each call's SQL.
     */
    static final class StatementLog implements BeanPostProcessor {
        final AtomicLong[] statements = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(),
                new AtomicLong()};
        final AtomicLong commits = new AtomicLong();
        HikariDataSource pool;
        private volatile boolean capturing;
        private volatile String call = "";
        private final Map<String, Map<String, LongAdder>> captured = new LinkedHashMap<>();

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof HikariDataSource hikari && pool == null) {
                pool = hikari;
                return ProxyDataSourceBuilder.create("counted", hikari)
                        .afterQuery((execution, queries) -> queries.forEach(q -> count(q.getQuery())))
                        .afterMethod(method -> {
                            if (method.getTarget() instanceof Connection && method.getMethod().getName().equals("commit")) {
                                commits.incrementAndGet();
                            }
                        })
                        .build();
            }
            return bean;
        }

        private void count(String sql) {
            statements[0].incrementAndGet();
            String verb = sql.stripLeading().toLowerCase(Locale.ROOT);
            int kind = verb.startsWith("select") || verb.startsWith("with") ? 1 : verb.startsWith("insert") ? 2
                    : verb.startsWith("update") ? 3 : verb.startsWith("delete") ? 4 : -1;
            if (kind > 0) {
                statements[kind].incrementAndGet();
            }
            if (capturing) {
                String text = sql.strip().replaceAll("\\s+", " ");
                synchronized (captured) {
                    captured.computeIfAbsent(call, k -> new ConcurrentHashMap<>())
                            .computeIfAbsent(text.length() > 150 ? text.substring(0, 150) : text, k -> new LongAdder())
                            .increment();
                }
            }
        }

        void capture(boolean on) {
            capturing = on;
        }

        void printCaptured() {
            captured.forEach((name, sqls) -> {
                print("statements of one %s:", name);
                sqls.entrySet().stream()
                        .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                        .forEach(e -> print("  %3d  %s", e.getValue().sum(), e.getKey()));
            });
        }

        long[] snapshot() {
            long[] now = new long[6];
            for (int i = 0; i < 5; i++) {
                now[i] = statements[i].get();
            }
            now[5] = commits.get();
            return now;
        }
    }

    /** The lifecycle through the HTTP API, as the demo coordinator and technician (HTTP Basic). */
    static final class Api {
        private final HttpClient http = HttpClient.newHttpClient();
        private final ObjectMapper json = new ObjectMapper();
        private final String base;
        private final long customerId;
        private final LocalDate today;

        Api(int port, long customerId) throws Exception {
            this.base = "http://127.0.0.1:" + port;
            this.customerId = customerId;
            this.today = LocalDate.now(ZoneId.of(call(null, null, "GET", "/api/customers/" + customerId, "coordinator", null)
                    .get("timeZone").asText()));
        }

        void lifecycle(Map<String, CallCost> costs, StatementLog log) throws Exception {
            long id = call(costs, log, "POST", "/api/engagements", "coordinator", Map.of("customerId", customerId,
                    "title", "Printer offline", "description", "Nothing prints", "channel", "REPORT",
                    "impact", "PARTIALLY_IMPAIRED")).get("id").asLong();
            call(costs, log, "POST", "/api/engagements/" + id + "/triage", "coordinator",
                    Map.of("priority", "P3", "billable", true, "technician", "technician"));
            for (int i = 0; i < 2; i++) {
                call(costs, log, "POST", "/api/engagements/" + id + "/time-entries", "technician",
                        Map.of("workDate", today.toString(), "minutes", 30, "note", "Reinstalled the driver"));
            }
            call(costs, log, "POST", "/api/engagements/" + id + "/resolve", "technician",
                    Map.of("rootCause", "OTHER", "note", "Driver reinstalled"));
        }

        private JsonNode call(Map<String, CallCost> costs, StatementLog log, String method, String path, String user,
                Object body) throws Exception {
            String name = path.endsWith("/triage") ? "triage" : path.endsWith("/time-entries") ? "capture"
                    : path.endsWith("/resolve") ? "resolve" : "report";
            if (log != null) {
                log.call = name;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json");
            request = body == null ? request.GET()
                    : request.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            long[] before = log == null ? null : log.snapshot();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            if (costs != null) {
                long[] after = log.snapshot();
                CallCost cost = costs.computeIfAbsent(name, CallCost::new);
                cost.calls++;
                for (int i = 0; i < 5; i++) {
                    cost.statements[i] += after[i] - before[i];
                }
                cost.commits += after[5] - before[5];
                cost.nanos += nanos;
            }
            return json.readTree(response.body());
        }
    }

    private LifecycleCost() {
    }
}

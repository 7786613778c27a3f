package com.quarterhour.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The load benchmark: {@code mvn -Pload verify}. Not a test: it prints figures, which docs/benchmarks.md records. In
 * one run on PostgreSQL it measures the database's commit ceiling, request lifecycles per second through the HTTP API
 * at several numbers of concurrent clients (with latency percentiles per call, errors, commits, rows and CPU per
 * lifecycle), the same lifecycle on a bare BPMN (the engine's own cost), and the coordinator's queue, Tasklist's
 * group filter, the board and a customer's portal home with many open requests.
 *
 * <p>The application runs in its own JVM ({@link LoadServer}) on its own database, created at the start and dropped
 * at the end; the clients run here. Settings are system properties, defaults in the {@code load} profile of pom.xml.
 */
public final class LoadBenchmark {

    static final String PASSWORD = "Bench-load-2026!pw";
    static final String COORDINATOR = "coordinator";
    static final String ADMIN = "admin";
    private static final String SERVER = BenchmarkRun.SERVER;
    private static final String[] CALLS = {"report", "triage", "time-entry", "resolve"};
    private static final String[] READS = {"tasklist-filter", "board", "portal-home"};

    private final String database = System.getProperty("load.database", "quarterhour_perf");
    private final int port = Integer.getInteger("load.port", 18110);
    private final List<Integer> levels = Arrays.stream(System.getProperty("load.clients", "1,4,16,64").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private final int seconds = Integer.getInteger("load.seconds", 60);
    private final int warmup = Integer.getInteger("load.warmup", 20);
    private final int ceilingSeconds = Integer.getInteger("load.ceilingSeconds", 10);
    private final int bareSeconds = Integer.getInteger("load.bareSeconds", 20);
    private final int open = Integer.getInteger("load.open", 50_000);
    private final int openCustomers = Integer.getInteger("load.openCustomers", 10);
    private final int openThreads = Integer.getInteger("load.openThreads", 4);
    private final int openBatch = Integer.getInteger("load.openBatch", 25);
    private final int openMinutes = Integer.getInteger("load.openMinutes", 15);
    private final int readCalls = Integer.getInteger("load.readCalls", 50);
    private final int readSeconds = Integer.getInteger("load.readSeconds", 60);
    private final List<String> phases = List.of(System.getProperty("load.phases", "ceiling,lifecycles,bare,volume").split(","));
    private final String heap = System.getProperty("load.heap", "1g");
    private final String jvmOptions = System.getProperty("load.jvmOptions", "").strip();
    private final Path output = Path.of(System.getProperty("load.output", "target/load"));
    private final String workDate = LocalDate.now(ZoneId.of("Europe/London")).toString();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> summary = new ArrayList<>();

    private Process app;
    private BlockingQueue<String> replies;
    private DatabaseProbe probe;
    private ApiClient admin;
    private List<Long> customers;

    public static void main(String[] args) throws Exception {
        new LoadBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(output);
        print("=== load benchmark on %s: clients %s, %d s per level, %,d open requests ===", database, levels, seconds, open);
        machine();
        recreateDatabase();
        try (DatabaseProbe p = new DatabaseProbe(SERVER, database)) {
            probe = p;
            summary.add(String.format(Locale.ROOT, "PostgreSQL: %s", String.join(", ", probe.settings("server_version",
                    "shared_buffers", "synchronous_commit", "autovacuum", "max_connections"))));
            if (phases.contains("ceiling")) {
                ceiling();
            }
            startApplication();
            try {
                ask("USERS " + levels.stream().mapToInt(Integer::intValue).max().orElse(1));
                admin = new ApiClient(base(), ADMIN, PASSWORD);
                int clients = levels.stream().mapToInt(Integer::intValue).max().orElse(1);
                customers = new ArrayList<>();
                for (int i = 0; i < clients + openCustomers; i++) {
                    customers.add(customer("Load customer " + (i + 1)));
                }
                if (phases.contains("lifecycles")) {
                    lifecycles();
                }
                if (phases.contains("bare")) {
                    bare();
                }
                if (phases.contains("volume")) {
                    volume();
                }
            } finally {
                stopApplication();
            }
        } finally {
            dropDatabase();
        }
        print("=== summary ===");
        summary.forEach(System.out::println);
    }

    // ---------------------------------------------------------------- a. the commit ceiling

    private double ceilingPerSecond;

    private void ceiling() throws Exception {
        ceilingPerSecond = probe.commitCeiling(ceilingSeconds);
        String line = String.format(Locale.ROOT, "commit ceiling (JDBC, 1 client, UPDATE one row + COMMIT, %d s): %.0f commits/s",
                ceilingSeconds, ceilingPerSecond);
        String pgbench = pgbench();
        print(line);
        print("commit ceiling (pgbench, 1 client, the same UPDATE, %d s): %s", ceilingSeconds, pgbench);
        summary.add(line + "; pgbench: " + pgbench);
    }

    /** pgbench on the same database with a one-statement script, if pgbench is installed; its tables dropped after. */
    private String pgbench() throws Exception {
        String pgbench = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> new File(dir, "pgbench")).filter(File::canExecute).map(File::getPath).findFirst().orElse(null);
        if (pgbench == null) {
            return "not installed";
        }
        Path script = output.resolve("ceiling.sql");
        Files.writeString(script, "\\set aid random(1, 100000)\nUPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = :aid;\n");
        String common = "-h 127.0.0.1 -U postgres ";
        try {
            exec(pgbench + " " + common + "-i -s 1 -q " + database);
            String out = exec(pgbench + " " + common + "-n -c 1 -j 1 -T " + ceilingSeconds + " -f " + script + " " + database);
            return out.lines().filter(l -> l.startsWith("tps")).findFirst().orElse(out.strip());
        } finally {
            exec(pgbench + " " + common + "-i -I d " + database);
        }
    }

    // ---------------------------------------------------------------- b, c. lifecycles through the HTTP API

    private record Level(int clients, long lifecycles, double seconds, CallLatencies calls, DatabaseProbe.Counters counters,
            double appCpu, double databaseCpu) {
        double perSecond() {
            return lifecycles / seconds;
        }
    }

    private void lifecycles() throws Exception {
        print("warm-up: %d lifecycles on 4 clients", warmup);
        runLevel(4, warmup, 0, null);
        DatabaseProbe.Counters idleBefore = probe.counters();
        long idleStart = System.nanoTime();
        Thread.sleep(10_000);
        DatabaseProbe.Counters idle = probe.counters().minus(idleBefore);
        String background = String.format(Locale.ROOT, "idle application (job executor's acquisition, probes): %.1f commits/s",
                idle.commits() / ((System.nanoTime() - idleStart) / 1e9));
        print(background);
        summary.add(background);
        List<Level> results = new ArrayList<>();
        for (int clients : levels) {
            Level level = runLevel(clients, Integer.MAX_VALUE, seconds, clients == 16 ? "16-clients" : null);
            results.add(level);
            print("%d clients: %,d lifecycles in %.1f s = %.2f lifecycles/s; %.1f commits and %.0f rows inserted per lifecycle;"
                    + " CPU per lifecycle %.0f ms application JVM + %.0f ms PostgreSQL backends; load average %s",
                    clients, level.lifecycles, level.seconds, level.perSecond(), perLifecycle(level.counters.commits(), level),
                    perLifecycle(level.counters.inserted(), level), 1000 * level.appCpu / Math.max(1, level.lifecycles),
                    1000 * level.databaseCpu / Math.max(1, level.lifecycles), BenchmarkRun.loadAverage());
            level.calls.table().forEach((kind, row) -> print("    %-12s %s", kind, row));
            level.calls.errorSamples().forEach(sample -> print("    error sample: %s", sample));
            if (clients == 1) {
                print("  rows inserted per lifecycle by table (1 client, top 10):");
                DatabaseProbe.top(level.counters.insertedPerTable(), 10).forEach(e ->
                        print("    %-28s %6.1f", e.getKey(), e.getValue() / (double) Math.max(1, level.lifecycles)));
            }
        }
        summary.add("| clients | lifecycles/s | commits/lifecycle | rows/lifecycle | CPU ms/lifecycle app + db | worst p95 ms | max ms | errors |");
        for (Level level : results) {
            summary.add(String.format(Locale.ROOT, "| %d | %.2f | %.1f | %.0f | %.0f + %.0f | %.0f | %.0f | %d |", level.clients,
                    level.perSecond(), perLifecycle(level.counters.commits(), level),
                    perLifecycle(level.counters.inserted(), level), 1000 * level.appCpu / Math.max(1, level.lifecycles),
                    1000 * level.databaseCpu / Math.max(1, level.lifecycles), level.calls.worstP95Millis(),
                    level.calls.maxMillis(), level.calls.errors()));
            level.calls.table().forEach((kind, row) -> summary.add(String.format("      %-12s %s", kind, row)));
        }
        targets(results);
    }

    private static double perLifecycle(long count, Level level) {
        return count / (double) Math.max(1, level.lifecycles);
    }

    /**
     * Each client walks lifecycles one after the other until the time is up (or the count is reached), then finishes
     * the one it is in: the time is until the last client is done.
     */
    private Level runLevel(int clients, int maxLifecycles, int levelSeconds, String dumpName) throws Exception {
        CallLatencies calls = new CallLatencies(CALLS);
        AtomicLong started = new AtomicLong();
        AtomicLong done = new AtomicLong();
        DatabaseProbe.Counters before = probe.counters();
        double appBefore = DatabaseProbe.processCpuSeconds(app.pid());
        Map<Long, Double> databaseBefore = probe.backendCpu();
        long start = System.nanoTime();
        long deadline = levelSeconds == 0 ? Long.MAX_VALUE : start + TimeUnit.SECONDS.toNanos(levelSeconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                ApiClient coordinator = new ApiClient(base(), COORDINATOR, PASSWORD);
                String technician = technician(client + 1);
                ApiClient tech = new ApiClient(base(), technician, PASSWORD);
                while (System.nanoTime() < deadline && started.incrementAndGet() <= maxLifecycles) {
                    if (lifecycle(calls, coordinator, tech, technician, customers.get(client))) {
                        done.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        DatabaseProbe.WaitSampler waits = dumpName == null ? null : probe.new WaitSampler();
        if (dumpName != null) {
            pool.awaitTermination(levelSeconds / 2, TimeUnit.SECONDS);
            threadDump(dumpName);
        }
        pool.awaitTermination(1, TimeUnit.HOURS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        double appCpu = DatabaseProbe.processCpuSeconds(app.pid()) - appBefore;
        double databaseCpu = DatabaseProbe.cpuBetween(databaseBefore, probe.backendCpu());
        if (waits != null) {
            waits.close();
            print("  PostgreSQL backends of the database by state and wait event (average over %d samples, every 200 ms):",
                    waits.samples());
            waits.averages().forEach((event, average) -> print("    %-50s %5.1f", event, average));
        }
        return new Level(clients, done.get(), elapsed, calls, probe.counters().minus(before), appCpu, databaseCpu);
    }

    /** Report, triage to the client's technician, two time entries, resolve: false once a call fails. */
    private boolean lifecycle(CallLatencies calls, ApiClient coordinator, ApiClient tech, String technician, long customer) {
        ApiClient.Answer[] reported = new ApiClient.Answer[1];
        if (!calls.call("report", () -> reported[0] = coordinator.post("/api/engagements", """
                {"customerId": %d, "title": "Mail stuck", "description": "Sent by the load benchmark",
                 "channel": "REPORT", "impact": "PARTIALLY_IMPAIRED"}""".formatted(customer)))) {
            return false;
        }
        long id;
        try {
            id = json.readTree(reported[0].body()).get("id").asLong();
        } catch (IOException e) {
            return false;
        }
        String engagement = "/api/engagements/" + id;
        return calls.call("triage", () -> coordinator.post(engagement + "/triage", """
                        {"priority": "P2", "billable": true, "technician": "%s"}""".formatted(technician)))
                && calls.call("time-entry", () -> tech.post(engagement + "/time-entries", """
                        {"workDate": "%s", "minutes": 20, "note": "Checked the mail queue"}""".formatted(workDate)))
                && calls.call("time-entry", () -> tech.post(engagement + "/time-entries", """
                        {"workDate": "%s", "minutes": 35, "note": "Cleared the stuck messages"}""".formatted(workDate)))
                && calls.call("resolve", () -> tech.post(engagement + "/resolve", """
                        {"rootCause": "CUSTOMER", "note": "A full mailbox on their side"}"""));
    }

    private void targets(List<Level> results) {
        for (Level level : results) {
            if (level.clients == 16) {
                double commits = perLifecycle(level.counters.commits(), level);
                double wanted = 0.5 * ceilingPerSecond / Math.max(1, commits);
                target(String.format(Locale.ROOT, "16 clients: %.2f lifecycles/s >= 0.5 x ceiling / commits per lifecycle = %.2f",
                        level.perSecond(), wanted), level.perSecond() >= wanted);
                target(String.format(Locale.ROOT, "16 clients: worst p95 per call %.0f ms < 500 ms", level.calls.worstP95Millis()),
                        level.calls.worstP95Millis() < 500);
                target("16 clients: " + level.calls.errors() + " errors = 0", level.calls.errors() == 0);
            }
            if (level.clients == 64) {
                target(String.format(Locale.ROOT, "64 clients: %d errors = 0, slowest call %.0f ms <= 5000 ms",
                        level.calls.errors(), level.calls.maxMillis()),
                        level.calls.errors() == 0 && level.calls.maxMillis() <= 5000);
            }
        }
    }

    private void target(String what, boolean met) {
        String line = "TARGET " + (met ? "met:    " : "MISSED: ") + what;
        print(line);
        summary.add(line);
    }

    // ---------------------------------------------------------------- d. the bare BPMN

    private void bare() throws Exception {
        for (int threads : List.of(1, 4)) {
            DatabaseProbe.Counters before = probe.counters();
            double appBefore = DatabaseProbe.processCpuSeconds(app.pid());
            Map<Long, Double> databaseBefore = probe.backendCpu();
            Map<String, String> answer = fields(ask("BARE " + bareSeconds + " " + threads));
            double appCpu = DatabaseProbe.processCpuSeconds(app.pid()) - appBefore;
            double databaseCpu = DatabaseProbe.cpuBetween(databaseBefore, probe.backendCpu());
            DatabaseProbe.Counters delta = probe.counters().minus(before);
            long n = Math.max(1, Long.parseLong(answer.get("lifecycles")));
            String line = String.format(Locale.ROOT, "bare BPMN in-process, %d thread(s): %.2f lifecycles/s; %.1f commits and %.0f rows"
                    + " per lifecycle; CPU per lifecycle %.0f ms application JVM + %.0f ms PostgreSQL", threads,
                    n / Double.parseDouble(answer.get("seconds")), delta.commits() / (double) n, delta.inserted() / (double) n,
                    1000 * appCpu / n, 1000 * databaseCpu / n);
            print(line);
            summary.add(line);
        }
    }

    // ---------------------------------------------------------------- e. reads with many open requests

    private void volume() throws Exception {
        List<Long> volumeCustomers = customers.subList(customers.size() - openCustomers, customers.size());
        print("opening %,d requests through EngagementService (%d threads, %d to a transaction, at most %d minutes) for %d customers",
                open, openThreads, openBatch, openMinutes, openCustomers);
        Map<String, String> opened = fields(ask("OPEN " + open + " " + openThreads + " " + openBatch + " " + openMinutes + " "
                + String.join(",", volumeCustomers.stream().map(String::valueOf).toList())));
        openedCount = Long.parseLong(opened.get("opened"));
        long analyzeStart = System.nanoTime();
        probe.analyze();
        String line = String.format(Locale.ROOT, "%s requests opened in %s s (%s failed), ANALYZE %.1f s; runtime rows: %s",
                opened.get("opened"), opened.get("seconds"), opened.get("failed"), (System.nanoTime() - analyzeStart) / 1e9,
                runtimeRows());
        print(line);
        summary.add(line);

        Map<String, String> query = fields(ask("TASKQUERY " + readCalls + " " + readSeconds));
        Histogram taskQuery = CallLatencies.ofMicros(Arrays.stream(query.get("us").split(",")).map(Long::valueOf).toList());
        reads("coordinator's task query (in-process, candidate group, authorization on, first page: " + query.get("found")
                + " tasks; " + taskQuery.getTotalCount() + " calls after 1 warm-up)", taskQuery.getValueAtPercentile(50) / 1000.0,
                taskQuery.getValueAtPercentile(95) / 1000.0, 50);

        String filter = ask("FILTER");
        ApiClient coordinator = new ApiClient(base(), COORDINATOR, PASSWORD);
        String portalUser = "portal-load";
        admin.post("/api/customers/" + volumeCustomers.get(0) + "/users", """
                {"username": "%s", "password": "%s"}""".formatted(portalUser, PASSWORD));
        ApiClient customer = new ApiClient(base(), portalUser, PASSWORD);
        CallLatencies calls = new CallLatencies(READS);
        String tasklistBody = """
                {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],
                 "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";
        Map<String, java.util.function.Supplier<ApiClient.Answer>> byKind = Map.of(
                "tasklist-filter", () -> coordinator.tasklistPost(
                        "/operaton/api/engine/engine/default/filter/" + filter + "/list?firstResult=0&maxResults=15", tasklistBody),
                "board", () -> coordinator.get("/api/board"),
                "portal-home", () -> customer.get("/portal"));
        for (String kind : READS) {
            byKind.get(kind).get();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(readSeconds);
            int made = 0;
            while (made < readCalls && (made == 0 || System.nanoTime() < deadline)) {
                calls.call(kind, byKind.get(kind));
                made++;
            }
            double[] p = calls.p50p95(kind);
            reads(kind + " (HTTP, " + made + " calls after 1 warm-up)", p[0], p[1], 200);
        }
        print("  read errors: %d", calls.errors());
        calls.errorSamples().forEach(sample -> print("    error sample: %s", sample));
    }

    private long openedCount;

    private void reads(String what, double p50, double p95, double targetP95) {
        String line = String.format(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms", what, p50, p95);
        print(line);
        summary.add(line);
        target(String.format(Locale.ROOT, "with %,d open requests, %s p95 %.1f ms < %.0f ms", openedCount, what.replaceAll(" \\(.*", ""),
                p95, targetP95), p95 < targetP95);
    }

    private String runtimeRows() throws Exception {
        List<String> counts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement s = c.createStatement()) {
            for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job", "act_ru_authorization",
                    "act_ru_identitylink", "engagement")) {
                try (var rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.add(String.format("%s %,d", table, rs.getLong(1)));
                }
            }
        }
        return String.join(", ", counts);
    }

    // ---------------------------------------------------------------- the application under test

    private void startApplication() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java, "-Xms" + heap, "-Xmx" + heap));
        if (!jvmOptions.isEmpty()) {
            command.addAll(List.of(jvmOptions.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadServer.class.getName(),
                String.valueOf(port), SERVER + database));
        for (String extra : System.getProperty("load.appArgs", "").split(",")) {
            if (!extra.isBlank()) {
                command.add(extra.strip());
            }
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("QUARTERHOUR_ADMIN_PASSWORD", PASSWORD);
        app = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::destroyForcibly));
        replies = new LinkedBlockingQueue<>();
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(output.resolve("application.log")), true);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(LoadServer.REPLY)) {
                        replies.add(line.substring(LoadServer.REPLY.length()));
                    } else {
                        log.println(line);
                        if (line.startsWith("  opened")) {
                            System.out.println(line);
                        }
                    }
                }
            } catch (IOException e) {
                log.println("reader stopped: " + e);
            }
            replies.add("EXITED");
        }, "application-output");
        reader.setDaemon(true);
        reader.start();
        String ready = replies.poll(10, TimeUnit.MINUTES);
        if (!"READY".equals(ready)) {
            throw new IllegalStateException("the application did not start (" + ready + "); see " + output.resolve("application.log"));
        }
        print("application started: pid %d, port %d, heap %s (its log: %s)", app.pid(), port, heap,
                output.resolve("application.log"));
    }

    private String ask(String command) throws Exception {
        app.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
        app.getOutputStream().flush();
        String answer = replies.poll(3, TimeUnit.HOURS);
        if (answer == null || answer.startsWith("FAILED") || answer.equals("EXITED")) {
            throw new IllegalStateException(command + ": " + answer + "; see " + output.resolve("application.log"));
        }
        return answer;
    }

    private static Map<String, String> fields(String answer) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : answer.split(" ")) {
            int eq = part.indexOf('=');
            fields.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return fields;
    }

    private void stopApplication() throws Exception {
        if (app == null || !app.isAlive()) {
            return;
        }
        app.getOutputStream().write("QUIT\n".getBytes(StandardCharsets.UTF_8));
        app.getOutputStream().flush();
        if (!app.waitFor(2, TimeUnit.MINUTES)) {
            app.destroyForcibly();
        }
    }

    /** A thread dump of the application (jcmd), saved whole; the request threads summarized by what they are doing. */
    private void threadDump(String name) throws Exception {
        String jcmd = System.getProperty("java.home") + File.separator + "bin" + File.separator + "jcmd";
        String dump = exec(jcmd + " " + app.pid() + " Thread.print");
        Path file = output.resolve("threads-" + name + ".txt");
        Files.writeString(file, dump);
        Map<String, Integer> doing = new java.util.TreeMap<>();
        for (String thread : dump.split("\n\n")) {
            if (!thread.startsWith("\"http-nio-") || !thread.lines().findFirst().orElse("").contains("-exec-")) {
                continue;
            }
            String activity;
            if (thread.contains("HikariPool.getConnection")) {
                activity = "waiting for a pooled connection, in " + firstApplicationFrame(thread);
            } else if (thread.contains("org.postgresql")) {
                activity = "in a PostgreSQL call, from " + firstApplicationFrame(thread);
            } else if (thread.contains("TaskQueue.take") || thread.contains("TaskQueue.poll")) {
                activity = "idle";
            } else {
                activity = "running " + firstApplicationFrame(thread);
            }
            doing.merge(activity, 1, Integer::sum);
        }
        print("  thread dump of the application at mid-run (%s): request threads by activity", file);
        doing.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> print("    %3d  %s", e.getValue(), e.getKey()));
    }

    /**
     * The innermost frame of ours, passing over the engine command interceptor that forgets cached logins: it wraps
     * every engine command, so naming it would hide which call the thread is in.
     */
    private static String firstApplicationFrame(String thread) {
        return thread.lines().map(String::strip).filter(l -> l.startsWith("at com.quarterhour."))
                .filter(l -> !l.contains("IdentityChangesForgetLogins"))
                .findFirst()
                .map(l -> l.substring(3).replaceAll("\\(.*", "")).orElse("(no application frame)");
    }

    // ---------------------------------------------------------------- setup and helpers

    private long customer(String name) throws IOException {
        ApiClient.Answer created = admin.post("/api/customers", """
                {"name": "%s", "currency": "GBP", "timeZone": "Europe/London", "country": "GB"}""".formatted(name));
        if (created.status() != 201) {
            throw new IllegalStateException("creating a customer: " + created);
        }
        long id = json.readTree(created.body()).get("id").asLong();
        ApiClient.Answer subscribed = admin.post("/api/customers/" + id + "/subscriptions", """
                {"planCode": "BPS-60", "startDate": "%s"}""".formatted(LocalDate.now().withDayOfMonth(1).minusMonths(1)));
        if (subscribed.status() != 201) {
            throw new IllegalStateException("subscribing a customer: " + subscribed);
        }
        return id;
    }

    static String technician(int n) {
        return "tech" + n;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void machine() throws Exception {
        String line = String.format(Locale.ROOT, "machine: %d cores (nproc), %s, load average %s, Java %s",
                Runtime.getRuntime().availableProcessors(),
                exec("free -g").lines().filter(l -> l.startsWith("Mem:")).findFirst().map(l -> l.split("\\s+")[1] + " GiB (free -g)")
                        .orElse("free -g: n/a"),
                BenchmarkRun.loadAverage(), System.getProperty("java.version"));
        print(line);
        summary.add(line);
    }

    private void recreateDatabase() throws Exception {
        dropDatabase();
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
    }

    private void dropDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        }
    }

    private static String exec(String command) throws Exception {
        Process process = new ProcessBuilder(command.split(" ")).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static void print(String format, Object... args) {
        BenchmarkRun.print(format, args);
    }

    private LoadBenchmark() {
    }
}

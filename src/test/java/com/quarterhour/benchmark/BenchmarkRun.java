package com.quarterhour.benchmark;

import com.quarterhour.QuarterhourApplication;
import com.quarterhour.benchmark.BenchmarkData.Size;
import com.quarterhour.billing.BillingRunService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One size of the month-end billing benchmark, in its own JVM (so that its heap figures are its own): a fresh
 * database, the real application on it (profile postgres, demo data off, job executor on), the generated month, one
 * billing run through {@link BillingRunService} until the run is COMPLETED, then a plain SQL aggregation over the same
 * rows. Prints its figures, and one line starting with {@code RESULT} for the launcher's summary.
 *
 * <p>Arguments: customers, time entries, period (YYYY-MM), time limit of the billing (ISO-8601 duration).
 */
public final class BenchmarkRun {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DATABASE = "quarterhour_bench";
    /** Above any invoice the generated month produces: no draft waits for a manager, so the run completes. */
    static final String NO_REVIEW = "1000000000.00";

    public static void main(String[] args) throws Exception {
        Size size = new Size(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        YearMonth period = YearMonth.parse(args[2]);
        Duration limit = Duration.parse(args[3]);
        System.out.println(result(size, period, limit));
        System.exit(0);
    }

    static String result(Size size, YearMonth period, Duration limit) throws Exception {
        recreateDatabase();
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            new BenchmarkData(jdbc).generate(size, period);
            print("data generated in %.1f s: %s in %s", seconds(System.nanoTime() - t0), size, period);
            print("  rows: %s", rowCounts(jdbc));

            BillingRunService runs = app.getBean(BillingRunService.class);
            Billing billing;
            String loadBefore = loadAverage();
            try (HeapWatch heap = new HeapWatch()) {
                heap.start();
                long start = System.nanoTime();
                long runId = runs.start(period.toString(), "benchmark").id();
                boolean finished = waitForRun(jdbc, runId, start, limit);
                long elapsed = System.nanoTime() - start;
                heap.stop();
                billing = new Billing(runId, finished, elapsed, heap.peakOfPools(), heap.sampledMax(),
                        heap.maxAfterGc(), heap.collections(), loadBefore);
            }
            print("billing %s in %.1f s (run %d, wall time from BillingRunService.start to status COMPLETED);"
                    + " load average before %s, after %s (other work on the machine slows it)",
                    billing.finished ? "finished" : "DID NOT FINISH", seconds(billing.nanos), billing.runId,
                    billing.loadBefore, loadAverage());
            Map<String, Long> outcomes = outcomes(jdbc, billing.runId);
            long invoices = count(jdbc, "select count(*) from invoice where billing_run_id = ?", billing.runId);
            long issued = count(jdbc, "select count(*) from invoice where billing_run_id = ? and status = 'ISSUED'",
                    billing.runId);
            long lines = count(jdbc, "select count(*) from invoice_line l join invoice i on i.id = l.invoice_id"
                    + " where i.billing_run_id = ?", billing.runId);
            long timeLines = count(jdbc, "select count(*) from invoice_line l join invoice i on i.id = l.invoice_id"
                    + " where i.billing_run_id = ? and l.kind = 'TIME'", billing.runId);
            long unbilled = count(jdbc, "select count(*) from time_entry t where not exists"
                    + " (select 1 from invoice_line l where l.billed_time_entry_id = t.id)");
            print("  customers selected %,d: %s", outcomes.values().stream().mapToLong(Long::longValue).sum(), outcomes);
            print("  invoices %,d (issued %,d), lines %,d (time lines %,d), time entries left unbilled %,d",
                    invoices, issued, lines, timeLines, unbilled);
            print("  invoice numbers of the run's year: %s", numbers(jdbc, billing.runId));
            print("  where the time went (Camunda history of the run's process instance, seconds from the start):");
            timeline(jdbc, billing.runId, start0(jdbc, billing.runId));
            jobs(jdbc, billing.runId);
            print("  heap: peak of the pools %s (sum of eden+survivor+old peaks), sampled max used %s,"
                    + " max after GC %s (%d collections), -Xmx %s", mib(billing.peakPools), mib(billing.sampledMax),
                    mib(billing.maxAfterGc), billing.collections, mib(Runtime.getRuntime().maxMemory()));

            List<Double> sql = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sql.add(aggregationSeconds(jdbc, period));
            }
            double sqlMedian = sql.stream().sorted().toList().get(1);
            print("plain SQL aggregation (minutes per customer over the month's entries, joined to engagement and"
                    + " customer, all rows read by JDBC): %s s, median %.3f s",
                    sql.stream().map(s -> String.format(Locale.ROOT, "%.3f", s)).collect(Collectors.joining(" / ")),
                    sqlMedian);
            double floor = itemizationFloorSeconds(jdbc, period, false);
            double floorWithKeys = itemizationFloorSeconds(jdbc, period, true);
            print("plain SQL itemization floor (INSERT ... SELECT of one line row per time entry into a copy of"
                    + " invoice_line with its indexes): %.3f s without foreign keys, %.3f s with those to time_entry"
                    + " and engagement", floor, floorWithKeys);
            double ratio = seconds(billing.nanos) / sqlMedian;
            print("billing / SQL aggregation = %.1f x (target <= 2 x)", ratio);
            return String.format(Locale.ROOT,
                    "RESULT customers=%d entries=%d finished=%s billing_s=%.1f invoices=%d lines=%d sql_s=%.3f"
                            + " floor_s=%.3f floor_fk_s=%.3f ratio=%.1f peak_pools_mib=%.0f sampled_max_mib=%.0f after_gc_mib=%.0f",
                    size.customers(), size.entries(), billing.finished, seconds(billing.nanos), invoices, lines,
                    sqlMedian, floor, floorWithKeys, ratio, billing.peakPools / 1048576.0, billing.sampledMax / 1048576.0,
                    billing.maxAfterGc / 1048576.0);
        } finally {
            dropDatabase();
        }
    }

    private record Billing(long runId, boolean finished, long nanos, long peakPools, long sampledMax, long maxAfterGc,
            long collections, String loadBefore) {
    }

    /** The 1-minute load average (Linux), or "n/a". */
    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** The application's arguments; -Dbenchmark.appArgs adds more, comma-separated (to compare settings). */
    private static ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of("--QUARTERHOUR_DB_URL=" + SERVER + DATABASE,
                "--QUARTERHOUR_ADMIN_PASSWORD=Bench&Mark-2026",
                "--quarterhour.demo-data.enabled=false",
                "--quarterhour.billing.review-threshold.GBP=" + NO_REVIEW,
                "--quarterhour.billing.review-threshold.USD=" + NO_REVIEW,
                "--quarterhour.billing.review-threshold.EUR=" + NO_REVIEW,
                "--server.port=0",
                "--logging.level.root=WARN",
                "--logging.level.com.quarterhour.billing.internal.MonthEndBilling="
                        + System.getProperty("benchmark.billingLog", "WARN"),
                "--spring.main.banner-mode=off"));
        for (String extra : System.getProperty("benchmark.appArgs", "").split(",")) {
            if (!extra.isBlank()) {
                args.add(extra.strip());
            }
        }
        print("  application arguments: %s", args);
        return new SpringApplicationBuilder(QuarterhourApplication.class).profiles("postgres")
                .run(args.toArray(String[]::new));
    }

    /** Polls the run every 100 ms; reports progress every 5 s. */
    private static boolean waitForRun(JdbcTemplate jdbc, long runId, long start, Duration limit)
            throws InterruptedException {
        long lastReport = start;
        while (true) {
            String status = jdbc.queryForObject("select status from billing_run where id = ?", String.class, runId);
            long now = System.nanoTime();
            if ("COMPLETED".equals(status)) {
                return true;
            }
            if (now - start > limit.toNanos()) {
                print("  time limit %s reached: %s", limit, outcomes(jdbc, runId));
                return false;
            }
            if (now - lastReport > Duration.ofSeconds(5).toNanos()) {
                print("  %.0f s: %s", seconds(now - start), outcomes(jdbc, runId));
                lastReport = now;
            }
            Thread.sleep(100);
        }
    }

    private static double aggregationSeconds(JdbcTemplate jdbc, YearMonth period) {
        long start = System.nanoTime();
        long[] totals = new long[2];
        jdbc.query("""
                select c.id, c.currency, count(*) as entries, sum(t.minutes) as minutes
                from time_entry t
                join engagement e on e.id = t.engagement_id
                join customer c on c.id = e.customer_id
                where e.status = 'COMPLETED' and t.work_date between ? and ?
                group by c.id, c.currency
                """, rs -> {
            totals[0] += rs.getLong("entries");
            totals[1] += rs.getLong("minutes");
        }, java.sql.Date.valueOf(period.atDay(1)), java.sql.Date.valueOf(period.atEndOfMonth()));
        double elapsed = seconds(System.nanoTime() - start);
        if (totals[0] == 0) {
            throw new IllegalStateException("the aggregation found no time entries");
        }
        return elapsed;
    }

    /**
     * What writing the itemized lines costs in plain SQL, with no pricing, process or Java at all: into a copy of
     * invoice_line with its indexes, and (withForeignKeys) also its foreign keys to time_entry and engagement (the one
     * to invoice is left out: the floor writes no invoices).
     */
    private static double itemizationFloorSeconds(JdbcTemplate jdbc, YearMonth period, boolean withForeignKeys) {
        jdbc.execute("create table bench_line_floor (like invoice_line including all)");
        if (withForeignKeys) {
            jdbc.execute("alter table bench_line_floor add foreign key (time_entry_id) references time_entry(id),"
                    + " add foreign key (engagement_id) references engagement(id)");
        }
        try {
            long start = System.nanoTime();
            jdbc.update("""
                    insert into bench_line_floor (invoice_id, line_no, kind, time_entry_id, billed_time_entry_id,
                            work_date, engagement_id, title, technician, minutes, billed_minutes, note, description,
                            quantity, unit_price, amount)
                    select e.customer_id, 1 + row_number() over (partition by e.customer_id order by t.work_date, t.id),
                           'TIME', t.id, t.id, t.work_date, e.id, e.title, t.technician, t.minutes,
                           (t.minutes + 14) / 15 * 15, t.note,
                           ((t.minutes + 14) / 15 * 15) || ' min at the standard rate £75.00/h',
                           ((t.minutes + 14) / 15 * 15) / 60.0, 75.00, round(((t.minutes + 14) / 15 * 15) / 60.0 * 75, 2)
                    from time_entry t join engagement e on e.id = t.engagement_id
                    where e.status = 'COMPLETED' and t.work_date between ? and ?
                    """, java.sql.Date.valueOf(period.atDay(1)), java.sql.Date.valueOf(period.atEndOfMonth()));
            return seconds(System.nanoTime() - start);
        } finally {
            jdbc.execute("drop table bench_line_floor");
        }
    }

    private static java.sql.Timestamp start0(JdbcTemplate jdbc, long runId) {
        return jdbc.queryForObject("select started_at from billing_run where id = ?", java.sql.Timestamp.class, runId);
    }

    /** Per BPMN activity: how many instances, first start, last end and the sum of their durations. */
    private static void timeline(JdbcTemplate jdbc, long runId, java.sql.Timestamp start) {
        jdbc.query("""
                select a.act_id_, count(*) as n, min(a.start_time_) as first_start, max(a.end_time_) as last_end,
                       sum(a.duration_) as total_ms
                from act_hi_actinst a join billing_run r on r.process_instance_id = a.proc_inst_id_
                where r.id = ? group by a.act_id_ order by min(a.start_time_), a.act_id_
                """, rs -> {
            print("    %-22s x%-6d %7.1f .. %7.1f s, busy %8.1f s in total", rs.getString("act_id_"), rs.getLong("n"),
                    (rs.getTimestamp("first_start").getTime() - start.getTime()) / 1000.0,
                    rs.getTimestamp("last_end") == null ? Double.NaN
                            : (rs.getTimestamp("last_end").getTime() - start.getTime()) / 1000.0,
                    rs.getLong("total_ms") / 1000.0);
        }, runId);
    }

    /** Jobs of the run by activity and state (0 created, 1 failed, 2 successful): retries show up as failures. */
    private static void jobs(JdbcTemplate jdbc, long runId) {
        List<String> rows = new ArrayList<>();
        jdbc.query("""
                select j.act_id_, j.job_state_, count(*) as n from act_hi_job_log j
                join billing_run r on r.process_instance_id = j.process_instance_id_
                where r.id = ? group by j.act_id_, j.job_state_ order by j.act_id_, j.job_state_
                """, rs -> {
            rows.add(rs.getString("act_id_") + "/" + switch (rs.getInt("job_state_")) {
                case 0 -> "created";
                case 1 -> "failed";
                case 2 -> "done";
                default -> "state " + rs.getInt("job_state_");
            } + " " + rs.getLong("n"));
        }, runId);
        print("  jobs: %s", String.join(", ", rows));
    }

    private static Map<String, Long> outcomes(JdbcTemplate jdbc, long runId) {
        Map<String, Long> outcomes = new java.util.TreeMap<>();
        jdbc.query("select outcome, count(*) from billing_run_customer where billing_run_id = ? group by outcome",
                rs -> {
                    outcomes.put(rs.getString(1), rs.getLong(2));
                }, runId);
        return outcomes;
    }

    private static String numbers(JdbcTemplate jdbc, long runId) {
        return jdbc.queryForObject("""
                select count(*) || ' numbers from ' || coalesce(min(number_seq), 0) || ' to ' || coalesce(max(number_seq), 0)
                       || ', year ' || coalesce(max(number_year), 0)
                from invoice where number_year = (select max(number_year) from invoice where billing_run_id = ?)
                """, String.class, runId);
    }

    private static String rowCounts(JdbcTemplate jdbc) {
        List<String> counts = new ArrayList<>();
        for (String table : List.of("customer", "subscription", "engagement", "time_entry", "adjustment", "invoice",
                "customer_balance")) {
            counts.add(String.format("%s %,d", table, count(jdbc, "select count(*) from " + table)));
        }
        return String.join(", ", counts);
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static void recreateDatabase() throws SQLException {
        dropDatabase();
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("create database " + DATABASE);
        }
    }

    private static void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    private BenchmarkRun() {
    }
}

package com.quarterhour.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.quarterhour.support.AppNode;
import com.quarterhour.support.DueTimers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Due timers benchmark (docs/benchmarks.md, "Due timers"): how long SLA timers that all fall due at once take to fire,
 * on one node and on two nodes sharing one PostgreSQL database, and whether each fired exactly once. A fresh database
 * beside the one {@code QUARTERHOUR_DB_URL} names ({@code <name>_timers}); node A runs alone for the first round and
 * node B joins for the second; each round reports its own requests through the API first. Prints its figures and one
 * line starting with {@code RESULT} per round.
 *
 * <p>Argument: the number of timers per round (four per request: warning and breach of two clocks).
 */
public final class TimerBenchmark {

    /** Lock time and idle polling as in the two-node test: an idle node looks for due jobs at least every 5 s. */
    private static final Map<String, String> JOB_EXECUTOR = Map.of(
            "operaton.bpm.job-execution.lock-time-in-millis", "10000",
            "operaton.bpm.job-execution.max-wait", "5000");
    private static final Duration LIMIT = Duration.ofMinutes(20);
    private static final List<String> JVM = List.of("-Xmx1g");

    public static void main(String[] args) throws Exception {
        int timerCount = Integer.parseInt(args[0]);
        int requests = Math.max(1, timerCount / DueTimers.TIMERS_PER_REQUEST);
        List<String> results = new ArrayList<>();
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        String database = DueTimers.freshDatabase("timers");
        DueTimers timers = new DueTimers(database);
        Map<String, String> settings = new HashMap<>(JOB_EXECUTOR);
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", String.valueOf(mail.getSmtp().getPort()));
        try (AppNode a = AppNode.start("timers-a", database, JVM, settings).awaitReady(Duration.ofMinutes(5))) {
            timers.coordinatorWithEmail(a);
            long customer = timers.customerOnSharedSupport(a);
            results.add(round(timers, mail, customer, requests, List.of(a)));
            try (AppNode b = AppNode.start("timers-b", database, JVM, settings).awaitReady(Duration.ofMinutes(5))) {
                results.add(round(timers, mail, customer, requests, List.of(a, b)));
            }
        } finally {
            mail.stop();
        }
        results.forEach(System.out::println);
        System.exit(0);
    }

    private static String round(DueTimers timers, GreenMail mail, long customer, int requests, List<AppNode> nodes)
            throws Exception {
        long reportStart = System.nanoTime();
        timers.report(requests, customer, nodes, 8);
        print("%d nodes: %,d requests reported in %.1f s", nodes.size(), requests, seconds(System.nanoTime() - reportStart));
        long warningsBefore = timers.warnings();
        long breachesBefore = timers.breaches();
        int mailsBefore = mail.getReceivedMessages().length;
        String loadBefore = BenchmarkRun.loadAverage();

        int due = timers.makeAllDue();
        long start = System.nanoTime();
        long deadline = start + LIMIT.toNanos();
        while ((timers.timersLeft() > 0 || timers.lockedJobs() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        long elapsed = System.nanoTime() - start;
        boolean finished = timers.timersLeft() == 0;
        long warnings = timers.warnings() - warningsBefore;
        long breaches = timers.breaches() - breachesBefore;
        long expected = requests * 2L;
        int mails = mail.getReceivedMessages().length - mailsBefore;
        print("%d nodes: %,d timers due at once, %s in %.1f s (%.0f timers/s); warnings %,d and breaches %,d of %,d clocks,"
                        + " %,d mails when all had fired, clocks breached twice %d, incidents %d; load average before %s, after %s",
                nodes.size(), due, finished ? "all fired" : "NOT ALL FIRED", seconds(elapsed), due / seconds(elapsed),
                warnings, breaches, expected, mails, timers.clocksBreachedTwice(), timers.incidents(), loadBefore,
                BenchmarkRun.loadAverage());
        return String.format(Locale.ROOT, "RESULT nodes=%d timers=%d finished=%s seconds=%.1f exactly_once=%s",
                nodes.size(), due, finished, seconds(elapsed),
                warnings == expected && breaches == expected && timers.clocksBreachedTwice() == 0);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}

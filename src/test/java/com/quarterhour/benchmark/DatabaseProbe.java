package com.quarterhour.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What the load benchmark reads from PostgreSQL itself: the commit ceiling, the statistics counters (commits, rows
 * inserted per table), the CPU of the database's backends and what they wait for.
 */
final class DatabaseProbe implements AutoCloseable {

    /** Linux reports process CPU in clock ticks of 1/100 s (USER_HZ). */
    static final double TICKS_PER_SECOND = 100.0;

    private final String server;
    private final String database;
    private final Connection connection;

    DatabaseProbe(String server, String database) throws SQLException {
        this.server = server;
        this.database = database;
        this.connection = DriverManager.getConnection(server + database, "postgres", "");
    }

    /** Single-client commits per second: one row updated and committed, again and again, for the given seconds. */
    double commitCeiling(int seconds) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("create table bench_ceiling (id int primary key, n bigint not null)");
            s.execute("insert into bench_ceiling values (1, 0)");
        }
        long commits = 0;
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement("update bench_ceiling set n = n + 1 where id = 1")) {
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(seconds);
            long now;
            while ((now = System.nanoTime()) < end) {
                update.executeUpdate();
                connection.commit();
                commits++;
            }
            return commits / ((now - start) / 1e9);
        } finally {
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                s.execute("drop table bench_ceiling");
            }
        }
    }

    /** The database-wide counters and each table's rows inserted, as the statistics system has them now. */
    record Counters(long commits, long inserted, Map<String, Long> insertedPerTable) {
        Counters minus(Counters before) {
            Map<String, Long> perTable = new HashMap<>();
            insertedPerTable.forEach((table, n) -> perTable.put(table, n - before.insertedPerTable.getOrDefault(table, 0L)));
            return new Counters(commits - before.commits, inserted - before.inserted, perTable);
        }
    }

    /**
     * Backends report their counters at most once a second and when idle, so this waits until they have; the probe's
     * own queries add a commit or two, which is noise next to a run of lifecycles.
     */
    Counters counters() throws SQLException, InterruptedException {
        Thread.sleep(1500);
        try (Statement s = connection.createStatement()) {
            s.execute("select pg_stat_clear_snapshot()");
            long commits;
            long inserted;
            try (ResultSet rs = s.executeQuery("select xact_commit, tup_inserted from pg_stat_database where datname = '"
                    + database + "'")) {
                rs.next();
                commits = rs.getLong(1);
                inserted = rs.getLong(2);
            }
            Map<String, Long> perTable = new HashMap<>();
            try (ResultSet rs = s.executeQuery("select relname, n_tup_ins from pg_stat_user_tables")) {
                while (rs.next()) {
                    perTable.put(rs.getString(1), rs.getLong(2));
                }
            }
            return new Counters(commits, inserted, perTable);
        }
    }

    static List<Map.Entry<String, Long>> top(Map<String, Long> perTable, int n) {
        return perTable.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n).toList();
    }

    /** CPU seconds (user + system) used so far by the database's client backends, by process id. */
    Map<Long, Double> backendCpu() throws SQLException {
        Map<Long, Double> cpu = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select pid from pg_stat_activity where datname = '" + database
                        + "' and backend_type = 'client backend' and pid <> pg_backend_pid()")) {
            while (rs.next()) {
                double seconds = processCpuSeconds(rs.getLong(1));
                if (seconds >= 0) {
                    cpu.put(rs.getLong(1), seconds);
                }
            }
        }
        return cpu;
    }

    /** CPU used between two readings of {@link #backendCpu}: backends that appeared in between count from zero. */
    static double cpuBetween(Map<Long, Double> before, Map<Long, Double> after) {
        return after.entrySet().stream().mapToDouble(e -> e.getValue() - before.getOrDefault(e.getKey(), 0.0)).sum();
    }

    /** utime + stime of a process from /proc/<pid>/stat, in seconds; -1 when it cannot be read. */
    static double processCpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the command: state is field 3 of the whole line, utime 14 and stime 15
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Samples the wait events of the database's backends until stopped; counts per "state wait_type:wait_event". */
    final class WaitSampler implements AutoCloseable {
        private final Map<String, Long> counts = new TreeMap<>();
        private volatile boolean running = true;
        private int samples;
        private final Thread thread = new Thread(this::sample, "wait-sampler");

        WaitSampler() {
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            // connected to another database, so that its own queries do not count among the measured database's commits
            try (Connection own = DriverManager.getConnection(server + "postgres", "postgres", "");
                    PreparedStatement query = own.prepareStatement("""
                            select state || ' ' || coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-'), count(*)
                            from pg_stat_activity
                            where datname = ? and backend_type = 'client backend' and pid <> pg_backend_pid()
                            group by 1""")) {
                query.setString(1, database);
                while (running) {
                    try (ResultSet rs = query.executeQuery()) {
                        synchronized (counts) {
                            while (rs.next()) {
                                counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                            }
                            samples++;
                        }
                    }
                    Thread.sleep(200);
                }
            } catch (SQLException e) {
                System.out.println("  wait sampler stopped: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Average backends per state and wait event over the samples, most first. */
        Map<String, Double> averages() {
            synchronized (counts) {
                Map<String, Double> averages = new LinkedHashMap<>();
                int n = Math.max(1, samples);
                counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> averages.put(e.getKey(), e.getValue() / (double) n));
                return averages;
            }
        }

        int samples() {
            return samples;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(5000);
        }
    }

    void analyze() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("analyze");
        }
    }

    String setting(String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    List<String> settings(String... names) throws SQLException {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            values.add(name + "=" + setting(name));
        }
        return values;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

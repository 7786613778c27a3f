package com.quarterhour.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts failed logins per user name from one client address, and per client address, in the database, so every
 * node of a cluster sees the same counts. A pair over its limit waits until its window ends; the user from another
 * address logs in as usual, so an attacker slows only themself and locks nobody out. A successful login clears its
 * user's count from that address (a mistyped password is forgiven), never the address's own count, which would
 * otherwise be reset by logging in to one's own account between guesses.
 * <p>
 * A fixed window per key: counting starts with a failure and ends a window later. Counting and reading are single
 * statements, so two nodes counting at once lose nothing; a row that two nodes create at once is retried as an update.
 */
class LoginThrottle {

    private static final int USER_LIMIT = 100;
    private static final int CLIENT_LIMIT = 64;

    private final JdbcTemplate jdbc;
    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final AtomicLong lastCleanup = new AtomicLong();

    LoginThrottle(JdbcTemplate jdbc, LoginThrottleProperties limits, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Where this user stands from this client: refused until when (empty when they may try now), and whether they have
     * failures in the current window, which a successful login forgives (without any, a success writes nothing).
     */
    Standing standing(String user, String client) {
        long now = clock.millis();
        long windowStartedAfter = now - limits.window().toMillis();
        String userKey = userKey(user, client);
        List<Counted> counted = jdbc.query(
                "select throttle_key, failures, window_start from login_failure where throttle_key in (?, ?) and window_start > ?",
                (row, i) -> {
                    boolean ofUser = userKey.equals(row.getString(1));
                    int limit = ofUser ? limits.failuresPerUser() : limits.failuresPerClient();
                    Long until = row.getInt(2) >= limit ? row.getLong(3) + limits.window().toMillis() : null;
                    return new Counted(ofUser, until);
                }, userKey, clientKey(client), windowStartedAfter);
        return new Standing(counted.stream().map(Counted::refusedUntil).filter(until -> until != null)
                .max(Long::compare).map(Instant::ofEpochMilli), counted.stream().anyMatch(Counted::ofUser));
    }

    record Standing(Optional<Instant> refusedUntil, boolean userFailures) {
    }

    private record Counted(boolean ofUser, Long refusedUntil) {
    }

    void failed(String user, String client) {
        long now = clock.millis();
        count(userKey(user, client), now);
        count(clientKey(client), now);
        long last = lastCleanup.get();
        if (now - last > 60_000 && lastCleanup.compareAndSet(last, now)) {
            jdbc.update("delete from login_failure where window_start <= ?", now - limits.window().toMillis());
        }
    }

    void succeeded(String user, String client) {
        jdbc.update("delete from login_failure where throttle_key = ?", userKey(user, client));
    }

    private void count(String key, long now) {
        long ended = now - limits.window().toMillis();
        // a window that has ended starts again with this failure
        String increment = "update login_failure set failures = case when window_start <= ? then 1 else failures + 1 end, "
                + "window_start = case when window_start <= ? then ? else window_start end where throttle_key = ?";
        if (jdbc.update(increment, ended, ended, now, key) > 0) {
            return;
        }
        try {
            jdbc.update("insert into login_failure (throttle_key, failures, window_start) values (?, 1, ?)", key, now);
        } catch (DuplicateKeyException createdMeanwhile) {
            jdbc.update(increment, ended, ended, now, key);
        }
    }

    private static String userKey(String user, String client) {
        String name = user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
        return "user:" + cut(name, USER_LIMIT) + "|" + cut(client, CLIENT_LIMIT);
    }

    private static String clientKey(String client) {
        return "client:" + cut(client, CLIENT_LIMIT);
    }

    private static String cut(String value, int limit) {
        String text = value == null ? "" : value;
        return text.length() <= limit ? text : text.substring(0, limit);
    }
}

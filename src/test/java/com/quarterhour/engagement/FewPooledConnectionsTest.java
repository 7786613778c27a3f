package com.quarterhour.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.support.HttpUsers;
import com.quarterhour.support.HttpUsers.Answer;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.SecondNode;
import com.quarterhour.support.TuesdayMorning;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Four times as many HTTP Basic clients as pooled connections, capturing time and reading at once, on a node with a
 * pool of {@value #POOL} connections that gives up waiting for one after {@value #WAIT_MILLIS} ms: no request may hold
 * one connection while it waits for a second, or requests start failing once every connection is held. Every call is
 * answered 2xx (or 409), and every capture answered 201 is kept. Nothing is timed: the clients start together and the test waits until
 * all have answered (the class timeout only stops a hung build).
 */
@QuarterhourTest
@ExtendWith(TuesdayMorning.class)
class FewPooledConnectionsTest {

    private static final int POOL = 4;
    private static final int CLIENTS = 16;
    private static final int ENGAGEMENTS = 4;
    private static final int ROUNDS = 3;
    private static final int WAIT_MILLIS = 5000;

    @Autowired Environment environment;
    @Autowired JdbcTemplate jdbc;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void sixteenClientsOnFourConnectionsAreAllAnswered() throws Exception {
        try (ConfigurableApplicationContext node = SecondNode.start(environment, "fewconnections",
                "--spring.datasource.hikari.maximum-pool-size=" + POOL,
                "--spring.datasource.hikari.connection-timeout=" + WAIT_MILLIS)) {
            HttpUsers http = HttpUsers.of(node);
            List<HttpUsers.Engagement> engagements = new ArrayList<>();
            for (int i = 0; i < ENGAGEMENTS; i++) {
                engagements.add(http.triaged("BPS-20", "technician"));
            }

            List<Answer> answers = together(CLIENTS, client -> {
                HttpUsers.Engagement engagement = engagements.get(client % ENGAGEMENTS);
                // each client its own HTTP client and cookies, as each integration has
                HttpUsers own = HttpUsers.of(node);
                HttpUsers.User technician = own.as("technician");
                HttpUsers.User coordinator = own.as("coordinator");
                List<Answer> mine = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    mine.add(technician.post("/api/engagements/" + engagement.id() + "/time-entries", """
                            {"workDate": "%s", "minutes": 15, "note": "Client %d, round %d"}"""
                            .formatted(TuesdayMorning.TODAY, client, round)));
                    mine.add(technician.get("/api/engagements/" + engagement.id()));
                    mine.add(coordinator.get("/api/customers/" + engagement.customerId() + "/usage"));
                }
                return mine;
            });

            assertThat(answers).hasSize(CLIENTS * ROUNDS * 3)
                    .allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(200, 201, 409));
            long kept = engagements.stream().mapToLong(e -> jdbc.queryForObject(
                    "select count(*) from time_entry where engagement_id = ?", Long.class, e.id())).sum();
            // a capture answered 409 wrote nothing; every other one is kept once
            assertThat(kept).isEqualTo(answers.stream().filter(a -> a.status() == 201).count());
        }
    }

    /** Starts the clients at once, each on its own thread, and waits until every one has had all its answers. */
    private static List<Answer> together(int count, ClientCalls calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Answer>>> clients = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int client = i;
                Callable<List<Answer>> work = () -> {
                    start.await();
                    return calls.of(client);
                };
                clients.add(threads.submit(work));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<List<Answer>> client : clients) {
                answers.addAll(client.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private interface ClientCalls {
        List<Answer> of(int client);
    }
}

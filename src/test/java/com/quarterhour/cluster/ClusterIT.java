package com.quarterhour.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.quarterhour.support.AppNode;
import com.quarterhour.support.DueTimers;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application nodes (two JVMs, job executors on) on one fresh PostgreSQL database, as shared/DESIGN.md's
 * "more than one node" runs them; alert mails go to a GreenMail server in this JVM. Runs with the postgres profile
 * only (failsafe), after the PostgreSQL suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int REQUESTS = 300;
    /** Short, so that a killed node's jobs are taken over within seconds. */
    private static final Duration LOCK_TIME = Duration.ofSeconds(10);
    /** Quick starts rather than peak speed: the test measures nothing. */
    private static final List<String> JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

    private final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private AppNode nodeA;
    private AppNode nodeB;
    private DueTimers timers;

    @BeforeAll
    void twoNodesOnOneDatabase() {
        mail.start();
        String database = DueTimers.freshDatabase("cluster");
        timers = new DueTimers(database);
        Map<String, String> settings = Map.of(
                "operaton.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_TIME.toMillis()),
                // an idle node looks for due jobs at least every 5 s (the engine's default backs off up to 60 s)
                "operaton.bpm.job-execution.max-wait", "5000",
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(mail.getSmtp().getPort()),
                // a mail whose sending died with node B is sent again by node A from the event publication log,
                // sooner than in production; older than any mail still waiting in a live node's queue
                "quarterhour.events.resubmit-every", "10s",
                "quarterhour.events.resubmit-older-than", "90s");
        // the first node of a new database alone: it creates the schema, the groups and the administrator
        nodeA = AppNode.start("cluster-a", database, JVM, settings).awaitReady(Duration.ofMinutes(3));
        nodeB = AppNode.start("cluster-b", database, JVM, settings).awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    void stop() throws InterruptedException {
        for (AppNode node : Arrays.asList(nodeA, nodeB)) {
            if (node != null) {
                node.close();
            }
        }
        mail.stop();
    }

    @Test
    @Order(1)
    void aBrowserSessionStartedOnOneNodeWorksOnTheOther() throws Exception {
        // one cookie jar for both nodes, as a browser behind a load balancer has (cookies ignore the port)
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = browser.send(HttpRequest.newBuilder(nodeA.url("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(nodeA.url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + AppNode.ADMIN + "&password="
                        + URLEncoder.encode(AppNode.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).as("logged in on node A").hasValueSatisfying(
                landing -> assertThat(landing).doesNotContain("error"));

        HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(nodeB.url("/api/customers")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(onB.statusCode()).as("node B knows node A's session").isEqualTo(200);
    }

    @Test
    @Order(2)
    void dueTimersFireExactlyOnceAcrossTheNodesAndAKilledNodesJobsAreTakenOver() throws Exception {
        timers.coordinatorWithEmail(nodeA);
        long customer = timers.customerOnSharedSupport(nodeB);
        timers.report(REQUESTS, customer, List.of(nodeA, nodeB), 8);
        int clocks = REQUESTS * 2;

        assertThat(timers.makeAllDue()).isEqualTo(REQUESTS * DueTimers.TIMERS_PER_REQUEST);
        // both nodes hold several locked jobs: then node B dies as with kill -9, holding some of them
        List<String[]> bothBusy = await("both nodes executing due timers").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(timers::lockedJobOwners, jobs -> jobsPerOwner(jobs).values().stream()
                        .filter(held -> held >= 3).count() == 2);
        nodeB.kill();
        Instant killed = Instant.now();
        List<String[]> lockedAtTheKill = timers.lockedJobOwners();

        // a lock that expires later than a lock taken at the kill was taken after it: node A's
        Set<String> lockingAfterTheKill = new HashSet<>();
        await("every due timer fired").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
            timers.lockedJobOwners().stream().filter(job -> Instant.parse(job[2]).isAfter(killed.plus(LOCK_TIME)))
                    .forEach(job -> lockingAfterTheKill.add(job[1]));
            return timers.timersLeft() == 0 && timers.lockedJobs() == 0;
        });
        Set<String> jobIdsLeft = Set.copyOf(timers.jdbc().queryForList("select ID_ from ACT_RU_JOB", String.class));
        assertThat(lockingAfterTheKill).as("only node A locked jobs after the kill").hasSize(1);
        Set<String> nodeB = new HashSet<>(jobsPerOwner(bothBusy).keySet());
        nodeB.removeAll(lockingAfterTheKill);
        assertThat(nodeB).as("node B's lock owner").hasSize(1);
        assertThat(lockedAtTheKill).filteredOn(job -> nodeB.contains(job[1])).as("jobs node B held when it died")
                .isNotEmpty()
                .as("jobs node B held when it died, taken over by node A once their locks expired")
                .allSatisfy(job -> assertThat(jobIdsLeft).doesNotContain(job[0]));
        assertThat(timers.warnings()).isEqualTo(clocks);
        assertThat(timers.breaches()).isEqualTo(clocks);
        assertThat(timers.clocksBreachedTwice()).isZero();
        assertThat(timers.incidents()).isZero();
        await("every alert mailed").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(mail.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(2 * clocks));
        Map<String, Long> mailsPerSubject = Arrays.stream(mail.getReceivedMessages())
                .collect(Collectors.groupingBy(ClusterIT::subject, Collectors.counting()));
        assertThat(mailsPerSubject.keySet().stream().filter(s -> s.startsWith("[SLA warning]"))).hasSize(clocks);
        assertThat(mailsPerSubject.keySet().stream().filter(s -> s.startsWith("[SLA breach]"))).hasSize(clocks);
        // a listener sends the mail, then marks its publication complete: a node killed between the two leaves it
        // incomplete, and the other node sends it again (at least once, as with any mail queue). So only mails the
        // killed node had in flight, at most one per thread of its listener pool, may arrive twice; no others.
        assertThat(mailsPerSubject).as("no alert mailed more than twice")
                .allSatisfy((subject, count) -> assertThat(count).isBetween(1L, 2L));
        assertThat(mailsPerSubject.values().stream().filter(count -> count > 1).count())
                .as("alerts mailed twice: only those the killed node was sending").isLessThanOrEqualTo(LISTENER_THREADS);
    }

    /** Spring Boot's task pool, which runs the after-commit listeners (spring.task.execution.pool.core-size). */
    private static final long LISTENER_THREADS = 8;

    private static Map<String, Long> jobsPerOwner(List<String[]> lockedJobs) {
        return lockedJobs.stream().collect(Collectors.groupingBy(job -> job[1], Collectors.counting()));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.quarterhour.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * (A bean of the test context, see {@link QuarterhourTest}.) Staff users calling the running application over HTTP with HTTP Basic, each with their own cookies (session and
 * the webapps' CSRF token): the REST API, /engine-rest and the webapps' own API as Tasklist calls it.
 */
public final class HttpUsers {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The administrator of the HTTP tests (see {@link #staff} for why not demo). */
    public static final String ADMIN = "httpadmin";

    private final Environment environment;
    private final IdentityService identity;
    private final Map<String, User> users = new ConcurrentHashMap<>();

    HttpUsers(Environment environment, IdentityService identity) {
        this.environment = environment;
        this.identity = identity;
    }

    /** The same users calling another node of the test ({@link SecondNode}). */
    public static HttpUsers of(ApplicationContext node) {
        return new HttpUsers(node.getEnvironment(), node.getBean(IdentityService.class));
    }

    /** The test context's random port is known once its server has started, after this bean was made. */
    private String base() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    public User admin() {
        staff(identity, ADMIN, "operaton-admin");
        return as(ADMIN, PASSWORD);
    }

    /** The password of the staff users the tests create ({@link #staff}). */
    public static final String PASSWORD = "Http-test-pw-1!";

    /**
     * A staff user of the test's own, in the group, with {@link #PASSWORD}. The demo administrator is not used: a test
     * that tries a wrong password locks it while the engine's clock stands still. Synchronized: the concurrency tests
     * ask for the same user from several threads at once.
     */
    public static synchronized String staff(IdentityService identity, String username, String groupId) {
        if (identity.createUserQuery().userId(username).count() == 0) {
            org.operaton.bpm.engine.identity.User user = identity.newUser(username);
            user.setFirstName(username);
            user.setLastName("Test");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(username, groupId);
        }
        return username;
    }

    /** A demo user, whose password is their name. */
    public User as(String username) {
        return as(username, username);
    }

    public User as(String username, String password) {
        return users.computeIfAbsent(username, name -> new User(name, password));
    }

    /** An engagement reported through the API by the coordinator, for a new customer on the plan. */
    public Engagement reported(String plan) {
        User coordinator = as("coordinator");
        long customerId = coordinator.post("/api/customers", """
                {"name": "HTTP test %d", "currency": "GBP", "timeZone": "Europe/London", "country": "GB"}"""
                .formatted(System.nanoTime())).json().get("id").asLong();
        coordinator.require(201, coordinator.post("/api/customers/" + customerId + "/subscriptions", """
                {"planCode": "%s", "startDate": "2026-11-01"}""".formatted(plan)));
        Answer started = coordinator.require(201, coordinator.post("/api/engagements", """
                {"customerId": %d, "title": "Mail stuck", "channel": "REPORT", "impact": "PARTIALLY_IMPAIRED"}"""
                .formatted(customerId)));
        return new Engagement(started.json().get("id").asLong(), customerId, started.json().get("processInstanceId").asText());
    }

    /** Reported as {@link #reported}, then triaged P2 and billable to the technician. */
    public Engagement triaged(String plan, String technician) {
        Engagement engagement = reported(plan);
        User coordinator = as("coordinator");
        coordinator.require(200, coordinator.post("/api/engagements/" + engagement.id() + "/triage", """
                {"priority": "P2", "billable": true, "technician": "%s"}""".formatted(technician)));
        return engagement;
    }

    public record Engagement(long id, long customerId, String processInstanceId) {
    }

    public record Answer(int status, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(body, e);
            }
        }
    }

    public final class User {

        private final String authorization;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client;

        private User(String username, String password) {
            this.authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
        }

        public Answer require(int status, Answer answer) {
            if (answer.status() != status) {
                throw new AssertionError("expected " + status + ", got " + answer.status() + ": " + answer.body());
            }
            return answer;
        }

        public Answer get(String path) {
            return send(request(path).GET());
        }

        public Answer post(String path, String json) {
            return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        public Answer put(String path, String json) {
            return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        /** As Tasklist posts to the webapps' API: with the CSRF token its last GET of /operaton/api was given. */
        public Answer webapp(String path, String json) {
            if (xsrfToken() == null) {
                get("/operaton/api/engine/engine/default/task/count");
            }
            return send(request(path).header("X-XSRF-TOKEN", xsrfToken()).POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        private String xsrfToken() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse(null);
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json");
        }

        private Answer send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

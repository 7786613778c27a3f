package com.quarterhour.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.SecondNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Browser sessions live in the database: a login on one node is a login on every node sharing the database, so a load
 * balancer needs no sticky sessions. One browser (its cookies) talks to two nodes.
 */
@QuarterhourTest
class SessionAcrossNodesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired ApplicationContext nodeA;
    @Autowired Environment environment;
    @Autowired JdbcTemplate jdbc;

    /** Cookies are per host, whatever the port: the two nodes look like one site behind a load balancer. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aLoginOnOneNodeIsALoginOnTheOther() throws Exception {
        try (ConfigurableApplicationContext nodeB = SecondNode.start(environment, "sessionnodeb")) {
            assertThat(send(nodeB, HttpRequest.newBuilder(uri(nodeB, "/api/board"))).statusCode()).isEqualTo(401);

            HttpResponse<String> login = logIn(nodeA, "coordinator", "coordinator");
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/operaton/app/tasklist/"));
            assertThat(jdbc.queryForList("select principal_name from spring_session", String.class)).contains("coordinator");

            HttpResponse<String> board = send(nodeB, HttpRequest.newBuilder(uri(nodeB, "/api/board")));
            assertThat(board.statusCode()).as(board.body()).isEqualTo(200);

            // logged out on node B: node A no longer knows the session either
            HttpResponse<String> logout = send(nodeB, HttpRequest.newBuilder(uri(nodeB, "/logout"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrfToken(nodeB))));
            assertThat(logout.statusCode()).isEqualTo(302);
            assertThat(send(nodeA, HttpRequest.newBuilder(uri(nodeA, "/api/board"))).statusCode()).isEqualTo(401);
        }
    }

    private HttpResponse<String> logIn(ApplicationContext node, String user, String password) throws Exception {
        String form = "username=" + encoded(user) + "&password=" + encoded(password) + "&_csrf=" + encoded(csrfToken(node));
        return send(node, HttpRequest.newBuilder(uri(node, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The CSRF token of the browser's session, as the login page's form carries it. */
    private String csrfToken(ApplicationContext node) throws Exception {
        String page = send(node, HttpRequest.newBuilder(uri(node, "/login"))).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as(page).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(ApplicationContext node, HttpRequest.Builder request) throws Exception {
        return browser.send(request.header("Accept", "application/json, text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ApplicationContext node, String path) {
        return URI.create("http://localhost:" + node.getEnvironment().getRequiredProperty("local.server.port") + path);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

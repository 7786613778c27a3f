package com.quarterhour.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.QuarterhourApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application answers requests before its demo data exists (the server starts first): readiness says so. It is
 * OUT_OF_SERVICE while the demo users are still missing and UP only once they are committed. The same start shows the
 * session cookie's attributes on a real server, behind a TLS proxy and without one.
 */
class DemoReadinessTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    /** Watches the start: readiness before the demo data runs, and whether the demo users exist when it turns UP. */
    private final class Watcher implements ApplicationListener<ApplicationEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationReadyEvent ready) {
                seen.add("before demo data: readiness " + status(ready.getApplicationContext()) + ", technician "
                        + technicians(ready.getApplicationContext()));
            } else if (event instanceof AvailabilityChangeEvent<?> change && change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                seen.add("ready: technician " + technicians((ConfigurableApplicationContext) change.getSource()));
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE; // before the demo data's own listener
        }
    }

    @Test
    void readinessIsOutOfServiceUntilTheDemoDataIsCommittedAndUpAfter() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QuarterhourApplication.class)
                .listeners(new Watcher())
                .run("--server.port=0",
                        // the embedded database on every build, also where the suite runs on PostgreSQL
                        "--spring.profiles.active=test",
                        "--spring.datasource.url=jdbc:h2:mem:readiness-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "--operaton.bpm.process-engine-name=readiness",
                        // no Camunda webapps: they keep their engine in static state, and closing this application would leave
                        // the suite's shared application's Tasklist API (/operaton/api) with a dead engine (500s)
                        "--operaton.bpm.webapp.enabled=false",
                        "--quarterhour.demo-data.enabled=true",
                        "--spring.main.banner-mode=off")) {
            assertThat(seen).containsExactly("before demo data: readiness 503 OUT_OF_SERVICE, technician 0",
                    "ready: technician 1");
            assertThat(status(app)).isEqualTo("200 UP");

            // the session cookie: SameSite always, Secure when the browser's connection is https (at a proxy)
            String plain = sessionCookie(app, null);
            assertThat(plain).contains("SameSite=Lax").doesNotContain("Secure");
            assertThat(sessionCookie(app, "https")).contains("SameSite=Lax").contains("Secure");
        }
    }

    private long technicians(org.springframework.context.ApplicationContext app) {
        return app.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from ACT_ID_USER where ID_ = 'technician'", Long.class);
    }

    private String status(org.springframework.context.ApplicationContext app) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(app, "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() + " " + answer.body().replaceAll(".*\"status\":\"([A-Z_]+)\".*", "$1");
        } catch (Exception e) {
            return "no answer: " + e;
        }
    }

    private String sessionCookie(ConfigurableApplicationContext app, String forwardedProto) throws Exception {
        HttpRequest.Builder login = HttpRequest.newBuilder(uri(app, "/login"));
        if (forwardedProto != null) {
            login.header("X-Forwarded-Proto", forwardedProto);
        }
        HttpResponse<String> answer = http.send(login.build(), HttpResponse.BodyHandlers.ofString());
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElse("no session cookie in " + answer.headers().map());
    }

    private static URI uri(org.springframework.context.ApplicationContext app, String path) {
        return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path);
    }
}

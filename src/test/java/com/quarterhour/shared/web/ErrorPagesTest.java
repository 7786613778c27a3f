package com.quarterhour.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.support.QuarterhourTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Errors over real HTTP (MockMvc does not forward to the error page): a browser gets a page styled like the
 * application with a way back, a program a problem detail, decided by the path and the Accept header.
 */
@QuarterhourTest
class ErrorPagesTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired Environment environment;
    @Autowired ObjectMapper json;
    @Autowired MockMvc mvc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCustomerOpeningSwaggerUiOrTasklistGetsTheForbiddenPageWithTheWayBackToThePortal() throws Exception {
        for (String path : new String[] {"/swagger-ui.html", "/operaton/app/tasklist/", "/operaton/app/cockpit/default/"}) {
            HttpResponse<String> answer = send(path, "customer", BROWSER);
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            Document page = Jsoup.parse(answer.body());
            assertThat(page.getElementById("error-title").text()).isEqualTo("This page is not for you");
            assertThat(page.getElementById("way-back").attr("href")).isEqualTo("/portal");
            assertThat(page.getElementById("way-back").text()).isEqualTo("Back to the portal");
            assertThat(answer.body()).doesNotContain("Whitelabel");
        }
    }

    @Test
    void aPageTheRoleMayNotOpenIsTheForbiddenPageForStaffWithTheWayBackToTheStart() throws Exception {
        HttpResponse<String> answer = send("/board", "technician", BROWSER);
        assertThat(answer.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.getElementById("error-title").text()).isEqualTo("This page is not for you");
        assertThat(page.getElementById("way-back").attr("href")).isEqualTo("/");
    }

    @Test
    void aMissingPageIsTheNotFoundPage() throws Exception {
        HttpResponse<String> answer = send("/no-such-page", "coordinator", BROWSER);
        assertThat(answer.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.title()).isEqualTo("Not found · Quarterhour");
        assertThat(page.getElementById("error-title").text()).isEqualTo("We could not find that page");
        assertThat(page.select("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
        assertThat(page.getElementById("way-back").text()).isEqualTo("Back to the start");
    }

    @Test
    void theApiAndRequestsForJsonGetProblemDetailsEvenFromABrowser() throws Exception {
        assertProblem(send("/api/no-such-thing", "coordinator", BROWSER), 404, "There is nothing at this address");
        assertProblem(send("/no-such-page", "coordinator", MediaType.APPLICATION_JSON_VALUE), 404,
                "There is nothing at this address");
        assertProblem(send("/swagger-ui.html", "customer", "application/problem+json"), 403,
                "Your role does not allow this action");
        assertProblem(send("/board", "technician", MediaType.APPLICATION_JSON_VALUE), 403,
                "Your role does not allow this action");
        assertProblem(send("/api/board", "technician", BROWSER), 403, "Your role does not allow this action");
    }

    @Test
    void anErrorWithoutAKnownStatusIsTheGeneralPage() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(500);
        Document page = Jsoup.parse(answer.getContentAsString());
        assertThat(page.getElementById("error-title").text()).isEqualTo("Something went wrong");
        assertThat(page.getElementById("way-back").attr("href")).isEqualTo("/login");
    }

    @Test
    void theFaviconAnswersWithoutALogin() throws Exception {
        for (String path : new String[] {"/favicon.ico", "/favicon.svg"}) {
            HttpResponse<String> answer = send(path, null, "image/avif,image/webp,image/svg+xml,image/*,*/*;q=0.8");
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
            assertThat(answer.body()).contains("<svg");
        }
    }

    private void assertProblem(HttpResponse<String> answer, int status, String detail) throws IOException {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isEqualTo(detail);
    }

    /** A GET as a demo user (their password is their name) with HTTP Basic, or without a login when null. */
    private HttpResponse<String> send(String path, String user, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port") + path))
                .header("Accept", accept);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

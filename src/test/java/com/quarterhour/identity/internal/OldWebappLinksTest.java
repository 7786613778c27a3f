package com.quarterhour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.quarterhour.support.QuarterhourTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Links to the webapps from before the move to Operaton (/camunda/...) lead to the same page under /operaton, without
 * a login of their own: the new address is the one that asks for it.
 */
@QuarterhourTest
class OldWebappLinksTest {

    @Autowired MockMvc mvc;
    @LocalServerPort int port;

    @Test
    void anOldLinkIsMovedPermanentlyWithItsPathAndQuery() throws Exception {
        // a URI, not a template: MockMvc would encode the % of the query once more
        MockHttpServletResponse moved = mvc.perform(get(URI.create("/camunda/app/cockpit/default/?searchQuery=%5B%5D&x=a%20b")))
                .andReturn().getResponse();
        assertThat(moved.getStatus()).isEqualTo(301);
        assertThat(moved.getHeader("Location"))
                .isEqualTo("http://localhost/operaton/app/cockpit/default/?searchQuery=%5B%5D&x=a%20b");

        assertThat(mvc.perform(get("/camunda/app/tasklist/default/")).andReturn().getResponse().getHeader("Location"))
                .isEqualTo("http://localhost/operaton/app/tasklist/default/");
        assertThat(mvc.perform(get("/camunda/api/engine/engine/default/task/count")).andReturn().getResponse()
                .getHeader("Location")).isEqualTo("http://localhost/operaton/api/engine/engine/default/task/count");
    }

    @Test
    void theOldRootLeadsToTheNewRoot() throws Exception {
        for (String root : new String[] {"/camunda", "/camunda/"}) {
            MockHttpServletResponse moved = mvc.perform(get(root)).andReturn().getResponse();
            assertThat(moved.getStatus()).as(root).isEqualTo(301);
            assertThat(moved.getHeader("Location")).as(root).isEqualTo("http://localhost/operaton/");
        }
    }

    @Test
    void onlyTheOldPathMoves() throws Exception {
        MockHttpServletResponse other = mvc.perform(get("/camundafoo/app/tasklist/")).andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(401);
        assertThat(other.getHeader("Location")).isNull();
    }

    @Test
    void overHttpTheOldLinkNeedsNoLoginAndTheNewAddressAsksForIt() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> moved = client.send(page("/camunda/app/tasklist/default/?x=a%20b%26c").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(moved.statusCode()).isEqualTo(301);
        String location = moved.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("http://localhost:" + port + "/operaton/app/tasklist/default/?x=a%20b%26c");

        HttpResponse<String> newAddress = client.send(page(location.substring(location.indexOf("/operaton"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(newAddress.statusCode()).isEqualTo(302);
        assertThat(newAddress.headers().firstValue("Location")).hasValueSatisfying(login -> assertThat(URI.create(login).getPath())
                .isEqualTo("/login"));

        HttpResponse<String> loggedIn = client.send(page(location.substring(location.indexOf("/operaton")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("coordinator:coordinator"
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(200);
        assertThat(loggedIn.body()).contains("Operaton Tasklist");
    }

    /** Asked for as a browser asks for a page (a program without Accept: text/html gets a 401 instead of the login form). */
    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
    }
}

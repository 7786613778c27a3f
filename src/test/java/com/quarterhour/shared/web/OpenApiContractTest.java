package com.quarterhour.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.support.QuarterhourTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI document is the contract: HTTP Basic for every operation, problem-detail answers, 201 where the API
 * creates, an operationId and a summary everywhere. It is written to target/openapi.json, which `mvn verify` lints
 * with Redocly (redocly.yaml).
 */
@QuarterhourTest
class OpenApiContractTest {

    /** The operations that create something answer 201; the billing run is accepted (202) and runs on its own. */
    private static final Map<String, String> CREATING = Map.ofEntries(
            Map.entry("post /api/customers", "201"),
            Map.entry("post /api/customers/{id}/subscriptions", "201"),
            Map.entry("post /api/customers/{id}/users", "201"),
            Map.entry("post /api/customers/{id}/purchases", "201"),
            Map.entry("post /api/invoices/{id}/payments", "201"),
            Map.entry("post /api/invoices/{id}/credit-notes", "201"),
            Map.entry("post /api/engagements", "201"),
            Map.entry("post /api/engagements/{id}/time-entries", "201"),
            Map.entry("post /api/engagements/{id}/messages", "201"),
            Map.entry("post /api/billing/runs", "202"),
            Map.entry("post /api/calendars", "201"),
            Map.entry("post /api/plans", "201"));

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    JsonNode document;

    @BeforeEach
    void document() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/v3/api-docs").with(httpBasic("coordinator", "coordinator")))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), answer.getContentAsString());
        document = json.readTree(answer.getContentAsString());
    }

    @Test
    void everyOperationTakesHttpBasic() {
        JsonNode scheme = document.at("/components/securitySchemes/basicAuth");
        assertThat(scheme.get("type").asText()).isEqualTo("http");
        assertThat(scheme.get("scheme").asText()).isEqualTo("basic");
        assertThat(document.get("security")).anySatisfy(requirement -> assertThat(requirement.has("basicAuth")).isTrue());
        operations().forEach(op -> assertThat(op.node().has("security")).as(op.name() + " overrides security").isFalse());
    }

    @Test
    void everyOperationIsNamedAndSummarized() {
        List<String> ids = new ArrayList<>();
        operations().forEach(op -> {
            assertThat(op.node().path("summary").asText()).as(op.name()).isNotBlank();
            assertThat(op.node().path("operationId").asText()).as(op.name()).matches("[a-z][A-Za-z]+");
            ids.add(op.node().get("operationId").asText());
        });
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(20);
    }

    @Test
    void everyOperationAnswersProblemDetails() {
        JsonNode problem = document.at("/components/schemas/ProblemDetail/properties");
        assertThat(problem.fieldNames()).toIterable().contains("type", "title", "status", "detail", "instance");
        operations().forEach(op -> {
            JsonNode responses = op.node().get("responses");
            assertThat(responses.fieldNames()).toIterable().as(op.name()).contains("401", "403");
            if (op.name().contains("{")) {
                assertThat(responses.has("404")).as(op.name()).isTrue();
            }
            if (op.name().startsWith("post") || op.name().startsWith("put")) {
                assertThat(responses.fieldNames()).toIterable().as(op.name()).contains("400", "409");
            }
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4")) {
                    String ref = response.getValue().path("$ref").asText();
                    JsonNode resolved = document.at(ref.substring(1));
                    assertThat(resolved.at("/content/application~1problem+json/schema/$ref").asText())
                            .as(op.name() + " " + response.getKey()).isEqualTo("#/components/schemas/ProblemDetail");
                }
            });
        });
    }

    @Test
    void creatingOperationsAnswer201() {
        operations().forEach(op -> {
            String expected = CREATING.getOrDefault(op.name(), "200");
            assertThat(op.node().get("responses").fieldNames()).toIterable().as(op.name())
                    .filteredOn(status -> status.startsWith("2")).containsExactly(expected);
        });
        assertThat(document.at("/paths/~1api~1engagements/post/requestBody/content/application~1json/examples").size())
                .isPositive();
    }

    @Test
    void listsArePagedModels() {
        for (String path : List.of("/api/engagements", "/api/customers", "/api/invoices")) {
            JsonNode get = document.get("paths").get(path).get("get");
            assertThat(get.get("parameters")).extracting(p -> p.get("name").asText()).as(path)
                    .contains("page", "size", "sort");
            String schema = get.at("/responses/200/content/application~1json/schema/$ref").asText();
            JsonNode properties = document.at(schema.substring(1) + "/properties");
            assertThat(properties.fieldNames()).toIterable().as(path).containsExactlyInAnyOrder("content", "page");
        }
        assertThat(document.at("/components/schemas/PageMetadata/properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("number", "size", "totalElements", "totalPages");
    }

    @Test
    void everyPeriodIsDescribedAsAMonth() {
        operations().forEach(op -> op.node().path("parameters").forEach(parameter -> {
            if (parameter.get("name").asText().equals("period")) {
                assertThat(parameter.at("/schema/pattern").asText()).as(op.name()).isEqualTo("^\\d{4}-\\d{2}$");
            }
        }));
    }

    /**
     * Swagger UI's "Try it out" runs on the browser's session, without the session's CSRF token; with the Basic
     * credentials given to its Authorize button it sends them too, and the API takes the call as an integration's.
     */
    @Test
    void swaggerUiPostsWithHttpBasicOnTopOfTheSession() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("coordinator").password("coordinator"))
                .andReturn().getRequest().getSession(false);
        assertThat(mvc.perform(get("/swagger-ui/index.html").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        String customer = "{\"name\":\"Tried out Ltd\",\"currency\":\"GBP\",\"timeZone\":\"Europe/London\",\"country\":\"GB\"}";

        MockHttpServletResponse tried = mvc.perform(post("/api/customers").session(session).with(httpBasic("coordinator", "coordinator"))
                .header(HttpHeaders.ORIGIN, "http://localhost").header(HttpHeaders.REFERER, "http://localhost/swagger-ui/index.html")
                .contentType(MediaType.APPLICATION_JSON).content(customer)).andReturn().getResponse();
        assertThat(tried.getStatus()).as(tried.getContentAsString()).isEqualTo(201);

        MockHttpServletResponse sessionOnly = mvc.perform(post("/api/customers").session(session)
                .header(HttpHeaders.ORIGIN, "http://localhost").contentType(MediaType.APPLICATION_JSON).content(customer))
                .andReturn().getResponse();
        assertThat(sessionOnly.getStatus()).as("a session call without its token is still refused").isEqualTo(403);
    }

    private List<NamedOperation> operations() {
        List<NamedOperation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                method -> operations.add(new NamedOperation(method.getKey() + " " + path.getKey(), method.getValue()))));
        return operations;
    }

    record NamedOperation(String name, JsonNode node) {
    }
}

package com.quarterhour.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

/** Refusals by the security filters read like every other error of the API: problem details, not an error page. */
class SecurityProblemsTest {

    final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    final SecurityProblems problems = new SecurityProblems(json);

    @Test
    void aSessionCallWithoutItsCsrfTokenIsA403ProblemDetailThatSaysWhatToDo() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        problems.handle(new MockHttpServletRequest("POST", "/api/customers"), response, new MissingCsrfTokenException(null));
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("title").asText()).isEqualTo("Forbidden");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/customers");
        assertThat(problem.get("detail").asText()).contains("CSRF", "HTTP Basic");
    }

    @Test
    void aRoleThatMayNotIsA403ProblemDetail() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        problems.handle(new MockHttpServletRequest("GET", "/api/billing/runs/1"), response, new AccessDeniedException("no"));
        assertThat(json.readTree(response.getContentAsString()).get("detail").asText())
                .isEqualTo("Your role does not allow this action");
    }

    @Test
    void noCredentialsIsA401ProblemDetailWithTheBasicChallenge() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        problems.basicChallenge("Quarterhour").commence(new MockHttpServletRequest("GET", "/api/engagements"), response,
                new BadCredentialsException("wrong"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"Quarterhour\"");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(response.getContentAsString()).get("status").asInt()).isEqualTo(401);
    }
}

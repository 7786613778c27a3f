package com.quarterhour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.quarterhour.support.QuarterhourTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Load balancers and orchestrators ask the probes without a login and learn the status, nothing more. */
@QuarterhourTest
class HealthProbesTest {

    @Autowired MockMvc mvc;

    @Test
    void theProbesAnswerAnonymouslyWithTheStatusOnly() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            MockHttpServletResponse answer = mvc.perform(get(probe)).andReturn().getResponse();
            assertThat(answer.getStatus()).as(probe).isEqualTo(200);
            assertThat(answer.getContentAsString()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        MockHttpServletResponse health = mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(health.getContentAsString()).contains("\"status\":\"UP\"").doesNotContain("components")
                .doesNotContain("details");
    }

    @Test
    void theOtherEndpointsStillNeedALogin() throws Exception {
        assertThat(mvc.perform(get("/actuator/info")).andReturn().getResponse().getStatus()).isIn(401, 302);
    }

    @Test
    void theBoardHasThePortalsContentSecurityPolicy() throws Exception {
        MockHttpServletResponse board = mvc.perform(get("/board")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("coordinator", "coordinator"))).andReturn().getResponse();
        assertThat(board.getStatus()).isEqualTo(200);
        assertThat(board.getHeader("Content-Security-Policy")).isEqualTo(SecurityConfiguration.PAGES_CONTENT_SECURITY_POLICY);
    }
}

package com.quarterhour.support;

import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * MockMvc requests keep MockMvc's own sessions: the tests log in with MockMvc and carry on with its MockHttpSession,
 * which Spring Session's filter would replace by a session in the database that only a cookie finds. The filter counts
 * itself as already passed. Requests to the running server (HttpUsers, the browser tests) keep their sessions in the
 * database as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
class MockMvcSessions {

    @Bean
    MockMvcBuilderCustomizer mockMvcKeepsItsOwnSessions() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/")
                .requestAttr(SessionRepositoryFilter.class.getName() + SessionRepositoryFilter.ALREADY_FILTERED_SUFFIX, Boolean.TRUE));
    }
}

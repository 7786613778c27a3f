package com.quarterhour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The engine's error answers keep their status and lose the SQL and the driver's message. */
class EngineApiErrorsTest {

    private static final String SQL_ERROR = "{\"type\":\"ProcessEngineException\",\"message\":\"### Error updating database."
            + "  Cause: org.h2.jdbc.JdbcSQLDataException: Value too long for column TEXT_ ### SQL: insert into "
            + "ACT_RU_VARIABLE (ID_, TYPE_, NAME_) values (?, ?, ?)\",\"code\":0}";

    private static MockHttpServletResponse answer(int status, String body) throws Exception {
        HttpServlet engine = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setStatus(status);
                response.setContentType("application/json");
                response.getWriter().write(body);
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        new EngineApiErrors().doFilter(new MockHttpServletRequest("POST", "/operaton/api/engine/engine/default/task/1/submit-form"),
                response, new MockFilterChain(engine));
        return response;
    }

    @Test
    void aServerErrorKeepsItsStatusAndLosesTheSql() throws Exception {
        MockHttpServletResponse response = answer(500, SQL_ERROR);
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains(EngineApiErrors.MESSAGE)
                .doesNotContain("SQL").doesNotContain("ACT_RU_VARIABLE").doesNotContain("h2");
    }

    @Test
    void aClientErrorWithSqlLosesItToo() throws Exception {
        MockHttpServletResponse response = answer(400, SQL_ERROR);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).doesNotContain("ACT_RU_VARIABLE");
    }

    @Test
    void otherAnswersPassUnchanged() throws Exception {
        String notFound = "{\"type\":\"InvalidRequestException\",\"message\":\"Cannot find task with id 1\"}";
        assertThat(answer(404, notFound).getContentAsString()).isEqualTo(notFound);
        assertThat(answer(200, "[]").getContentAsString()).isEqualTo("[]");
    }
}

package com.quarterhour.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.quarterhour.support.QuarterhourTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Tasklist's forms ask which locale the logged-in person reads dates in; the next login may be someone else's. */
@QuarterhourTest
class ViewerLocaleTest {

    @Autowired MockMvc mvc;

    @Test
    void aStaffMemberWithoutAChoiceReadsInTheInstallationsDefaultLocaleAndTheAnswerIsNeverStored() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/api/me/locale").with(httpBasic("technician", "technician")))
                .andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString()).isEqualTo("{\"locale\":\"en-GB\"}");
        assertThat(answer.getHeader("Cache-Control")).contains("no-store");
    }
}

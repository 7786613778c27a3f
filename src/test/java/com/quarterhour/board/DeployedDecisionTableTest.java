package com.quarterhour.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.Impact;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A business deploys a new version of the priority-suggestion table without a release: the board's forecast for a
 * booked appointment follows the deployed version, as the process will when the appointment begins, and reading the
 * board still writes no decision history.
 */
@QuarterhourTest
class DeployedDecisionTableTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired RepositoryService repository;
    @Autowired HistoryService history;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theForecastFollowsTheLatestDeployedVersionOfTheTable() throws Exception {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-11-17T09:00").atZone(LONDON).toInstant()));
        long business = new TestCustomers(customers).onPlan("BPS-20");
        Started booked = engagements.report(new NewEngagement(business, "Set up the printer", "Details",
                Channel.APPOINTMENT, Impact.FULLY_USABLE,
                LocalDateTime.parse("2026-11-19T15:00").atZone(LONDON).toInstant(), null, false), "coordinator");
        assertThat(priorityOnBoard(booked)).isEqualTo("P4"); // the table as released: fully usable is low

        String released;
        try (InputStream file = new ClassPathResource("processes/priority-suggestion.dmn").getInputStream()) {
            released = new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
        String lowIsMedium = released.replace("<outputEntry id=\"Rule_8_Priority\"><text>\"P4\"</text>",
                "<outputEntry id=\"Rule_8_Priority\"><text>\"P3\"</text>");
        assertThat(lowIsMedium).isNotEqualTo(released);
        String deployment = repository.createDeployment().name("Priority suggestion, nothing below medium")
                .addString("priority-suggestion.dmn", lowIsMedium).deploy().getId();
        try {
            long decisionsBefore = history.createHistoricDecisionInstanceQuery().count();

            assertThat(priorityOnBoard(booked)).isEqualTo("P3");
            assertThat(history.createHistoricDecisionInstanceQuery().count()).isEqualTo(decisionsBefore);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
        // the version deployed before is the latest again
        assertThat(priorityOnBoard(booked)).isEqualTo("P4");
    }

    private String priorityOnBoard(Started started) throws Exception {
        JsonNode board = json.readTree(mvc.perform(get("/api/board").with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode row : board.get("rows")) {
            if (row.get("id").asLong() == started.id()) {
                return row.get("priority").asText();
            }
        }
        throw new AssertionError("Engagement " + started.id() + " is not on the board");
    }
}

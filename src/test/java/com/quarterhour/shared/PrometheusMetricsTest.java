package com.quarterhour.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.quarterhour.identity.Groups;
import com.quarterhour.support.HttpUsers;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TuesdayMorning;
import java.time.Duration;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * /actuator/prometheus for a monitoring caller: the business metrics are there and follow the database; nobody without
 * a login or without the monitoring role reads them.
 */
@QuarterhourTest
@ExtendWith(TuesdayMorning.class)
class PrometheusMetricsTest {

    private static final String MONITORING = "monitoring";

    @Autowired MockMvc mvc;
    @Autowired IdentityService identity;
    @Autowired HttpUsers http;

    private MockHttpServletResponse scrape(RequestPostProcessor login) throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(login)).andReturn().getResponse();
    }

    private String scrapedByAdmin() throws Exception {
        MockHttpServletResponse answer = scrape(httpBasic(HttpUsers.staff(identity, "metricsadmin", Groups.ADMINS), HttpUsers.PASSWORD));
        assertThat(answer.getStatus()).isEqualTo(200);
        return answer.getContentAsString();
    }

    private static double value(String scrape, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(line.find()).as(series + " in\n" + scrape).isTrue();
        return Double.parseDouble(line.group(1));
    }

    @Test
    void theBusinessAndEngineMetricsAreScraped() throws Exception {
        String scrape = scrapedByAdmin();

        assertThat(scrape).contains("# TYPE quarterhour_engagements_open gauge", "quarterhour_sla_warnings{kind=\"RESPONSE\"}",
                "quarterhour_sla_breaches{kind=\"RESOLUTION\"}", "quarterhour_sla_escalations{kind=\"RESPONSE\"}",
                "quarterhour_jobs_due ", "quarterhour_jobs_failed ", "quarterhour_jobs_locked ", "quarterhour_billing_run_last_duration_seconds ",
                "quarterhour_billing_runs_running ", "http_server_requests_seconds_count", "hikaricp_connections_active");
    }

    @Test
    void openRequestsFollowTheReports() throws Exception {
        String reported = "quarterhour_engagements_open{state=\"REPORTED\"}";
        String inProgress = "quarterhour_engagements_open{state=\"IN_PROGRESS\"}";
        String before = scrapedByAdmin();

        HttpUsers.Engagement engagement = http.reported("BPS-20");
        String afterReport = scrapedByAdmin();
        http.as("coordinator").post("/api/engagements/" + engagement.id() + "/triage", """
                {"priority": "P3", "billable": true, "technician": "technician"}""");
        String afterTriage = scrapedByAdmin();

        assertThat(value(afterReport, reported)).isEqualTo(value(before, reported) + 1);
        assertThat(value(afterTriage, reported)).isEqualTo(value(before, reported));
        assertThat(value(afterTriage, inProgress)).isEqualTo(value(before, inProgress) + 1);
    }

    @Test
    void anSlaTimerCountsAsDueOnceTheEngineClockPassesIt() throws Exception {
        http.reported("BPS-20");
        double dueNow = value(scrapedByAdmin(), "quarterhour_jobs_due");

        // no job executor runs in the tests: the report's SLA timers wait, due, until a test runs them
        ClockUtil.setCurrentTime(Date.from(TuesdayMorning.NOW.plus(Duration.ofDays(30))));

        assertThat(value(scrapedByAdmin(), "quarterhour_jobs_due")).isGreaterThan(dueNow);
    }

    @Test
    void onlyAdministratorsAndTheMonitoringGroupReadTheMetrics() throws Exception {
        if (identity.createGroupQuery().groupId(MONITORING).count() == 0) {
            identity.saveGroup(identity.newGroup(MONITORING));
        }
        String prometheus = HttpUsers.staff(identity, "metricsscraper", MONITORING);

        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(scrape(httpBasic(prometheus, "wrong")).getStatus()).isEqualTo(401);
        assertThat(scrape(httpBasic(prometheus, HttpUsers.PASSWORD)).getStatus()).isEqualTo(200);
        assertThat(scrape(httpBasic("coordinator", "coordinator")).getStatus()).isEqualTo(403);
        assertThat(scrape(httpBasic("customer", "customer")).getStatus()).isEqualTo(403);
    }
}

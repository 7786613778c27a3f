package com.quarterhour.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.support.HttpUsers;
import com.quarterhour.support.HttpUsers.Answer;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.Together;
import com.quarterhour.support.TuesdayMorning;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A busy team on one engagement at once, over HTTP: parallel time captures all count; of parallel triages,
 * resolutions and decisions one wins and the others get 409; never a 5xx, nothing lost or doubled. No timings are
 * asserted: the requests start together and the test waits until all have answered.
 */
@QuarterhourTest
@ExtendWith(TuesdayMorning.class)
class ConcurrentUseTest {

    private static final String TODAY = TuesdayMorning.TODAY;

    @Autowired JdbcTemplate jdbc;

    @Autowired HttpUsers http;

    @Test
    void twentyParallelTimeCapturesOnOneEngagementAreAllKept() throws Exception {
        long id = triaged();

        List<Answer> answers = Together.call(20, i -> http.as("technician").post("/api/engagements/" + id + "/time-entries", """
                {"workDate": "%s", "minutes": %d, "note": "Synced entry %d"}""".formatted(TODAY, 10 + i, i)));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
        assertThat(jdbc.queryForObject("select count(*) from time_entry where engagement_id = ?", Integer.class, id))
                .isEqualTo(20);
        assertThat(jdbc.queryForObject("select sum(minutes) from time_entry where engagement_id = ?", Integer.class, id))
                .isEqualTo(20 * 10 + 19 * 20 / 2);
        Answer engagement = http.as("coordinator").get("/api/engagements/" + id);
        assertThat(engagement.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(engagement.json().get("firstRespondedAt").isNull()).isFalse();
    }

    /** The first request by the staff user of the role, the others by an administrator. */
    private HttpUsers.User staffOrAdmin(int i, String staff) {
        return i == 0 ? http.as(staff) : http.admin();
    }

    @Test
    void ofParallelTriagesOneWinsAndTheOthersAreConflicts() throws Exception {
        long id = reported();

        List<Answer> answers = Together.call(3, i -> staffOrAdmin(i, "coordinator").post("/api/engagements/" + id + "/triage",
                """
                {"priority": "P%d", "billable": true, "technician": "technician"}""".formatted(i + 2)));

        assertOneWinsOthersConflict(answers, 200);
        assertThat(jdbc.queryForObject("select count(*) from sla_clock where engagement_id = ?", Integer.class, id)).isEqualTo(2);
    }

    @Test
    void ofParallelResolutionsOneWinsAndNothingIsDoubled() throws Exception {
        long id = triaged();

        List<Answer> answers = Together.call(3, i -> staffOrAdmin(i, "technician").post("/api/engagements/" + id + "/resolve",
                """
                {"rootCause": "BUG", "note": "Our bug, pass %d", "workDate": "%s", "minutes": 30, "workNote": "Fixed"}"""
                .formatted(i, TODAY)));

        assertOneWinsOthersConflict(answers, 200);
        assertThat(jdbc.queryForObject("select count(*) from time_entry where engagement_id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from adjustment where engagement_id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(http.as("coordinator").get("/api/engagements/" + id).json().get("status").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void ofParallelDecisionsOnOneAdjustmentOneWins() throws Exception {
        long id = triaged();
        Answer resolved = http.as("technician").post("/api/engagements/" + id + "/resolve", """
                {"rootCause": "BUG", "note": "Our bug", "workDate": "%s", "minutes": 45, "workNote": "Fixed"}"""
                .formatted(TODAY));
        long credit = resolved.json().get("adjustments").get(0).get("id").asLong();

        List<Answer> answers = Together.call(3, i -> staffOrAdmin(i, "manager").post("/api/adjustments/" + credit + "/decision",
                """
                {"approved": %s, "comment": "Decision %d"}""".formatted(i % 2 == 0, i)));

        assertOneWinsOthersConflict(answers, 200);
        assertThat(http.as("coordinator").get("/api/engagements/" + id).json().get("status").asText()).isEqualTo("COMPLETED");
    }

    private static void assertOneWinsOthersConflict(List<Answer> answers, int success) {
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(success, 409));
        assertThat(answers).filteredOn(a -> a.status() == success).hasSize(1);
    }

    private long reported() {
        return http.reported("PER-INCIDENT").id();
    }

    private long triaged() {
        return http.triaged("PER-INCIDENT", "technician").id();
    }
}

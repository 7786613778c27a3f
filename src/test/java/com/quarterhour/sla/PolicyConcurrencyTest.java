package com.quarterhour.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.support.HttpUsers;
import com.quarterhour.support.HttpUsers.Answer;
import com.quarterhour.support.HttpUsers.Engagement;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.Together;
import com.quarterhour.support.TuesdayMorning;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Administrators changing and re-applying one policy at once, while a coordinator triages, over HTTP: every answer is
 * a success or a 409, never a 5xx, and no version number is lost or written twice. The requests start together and
 * the test waits until all have answered; no timings are asserted.
 */
@QuarterhourTest
@ExtendWith(TuesdayMorning.class)
class PolicyConcurrencyTest {

    @Autowired HttpUsers http;
    @Autowired JdbcTemplate jdbc;

    @Test
    void parallelChangesReappliesAndTriagesOfOnePolicyAreSuccessesOrConflicts() throws Exception {
        HttpUsers.User admin = http.admin();
        long policy = admin.require(201, admin.post("/api/sla-policies", body("Parallel " + System.nanoTime(), 120)))
                .json().get("id").asLong();
        String name = admin.get("/api/sla-policies/" + policy).json().get("name").asText();
        List<Engagement> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Engagement reported = http.reported("BPS-20");
            admin.require(200, admin.put("/api/customers/" + reported.customerId() + "/terms", "{\"slaPolicyId\":" + policy + "}"));
            admin.require(200, admin.post("/api/customers/" + reported.customerId() + "/terms/reapply", ""));
            open.add(reported);
        }

        List<Answer> answers = Together.call(9, i -> switch (i % 3) {
            case 0 -> admin.put("/api/sla-policies/" + policy, body(name, 60 + i));
            case 1 -> admin.post("/api/sla-policies/" + policy + "/reapply", "");
            default -> http.as("coordinator").post("/api/engagements/" + open.get(i / 3).id() + "/triage",
                    "{\"priority\": \"P2\", \"billable\": true, \"technician\": \"technician\"}");
        });

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(200, 409));
        long changes = IntStream.range(0, answers.size())
                .filter(i -> i % 3 == 0 && answers.get(i).status() == 200).count();
        assertThat(changes).isPositive();
        assertThat(admin.get("/api/sla-policies/" + policy).json().get("version").asLong()).isEqualTo(1 + changes);
        assertThat(jdbc.queryForObject("select count(*) from sla_policy_version v join sla_policy p on p.id = v.policy_id"
                + " where p.id = ?", Long.class, policy)).isEqualTo(1 + changes);
    }

    private static String body(String name, int p3Minutes) {
        return """
                {"name": "%s", "targets": [{"priority": "P3", "responseMinutes": %d, "calendar": "BUSINESS"},
                  {"priority": "P2", "responseMinutes": 240, "calendar": "BUSINESS"}]}""".formatted(name, p3Minutes);
    }

}

package com.quarterhour.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.quarterhour.identity.Groups;
import com.quarterhour.support.HttpUsers.Answer;
import com.quarterhour.support.HttpUsers.Engagement;
import com.quarterhour.support.HttpUsers;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TuesdayMorning;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A process variable is never a door: whatever a task's user writes into its variables, through Tasklist's own
 * API, its form submit or /engine-rest, changes only that task's form fields, never which engagement the work lands
 * on or who did it. Over HTTP, as the attacks were made.
 */
@QuarterhourTest
@ExtendWith(TuesdayMorning.class)
class ProcessDoorTest {

    private static final String TODAY = TuesdayMorning.TODAY;
    private static final String TASKS = "/operaton/api/engine/engine/default/task";

    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;

    @Autowired HttpUsers http;

    @Test
    void variablesWrittenThroughTasklistsApiMoveNoWorkOntoAnotherEngagement() {
        resolvingStaysOnItsEngagement((work, other) -> {
            Answer written = http.as("technician").webapp(TASKS + "/" + work + "/variables", """
                    {"modifications": {"engagementId": {"value": %d, "type": "Long"},
                                       "customerId": {"value": %d, "type": "Long"},
                                       "actor": {"value": "manager", "type": "String"},
                                       "technician": {"value": "coordinator", "type": "String"}}}"""
                    .formatted(other.id(), other.customerId()));
            assertThat(written.status()).as(written.body()).isEqualTo(204);
            return resolvingWith(600);
        });
    }

    @Test
    void extraVariablesInTasklistsFormSubmitAreIgnored() {
        resolvingStaysOnItsEngagement((work, other) -> resolvingWith(600).replace("\"outcome\"", """
                "engagementId": {"value": %d, "type": "Long"}, "actor": {"value": "manager"},
                "bugCreditId": {"value": 1, "type": "Long"}, "waiverId": {"value": 1, "type": "Long"},
                "outcome\"""".formatted(other.id())));
    }

    /** The technician prepares an attack on their Work task, then submits the form it returns, resolving with 600 minutes. */
    private void resolvingStaysOnItsEngagement(BiFunction<String, Engagement, String> attack) {
        Engagement mine = triaged("technician");
        Engagement other = triaged("technician");
        String work = workTask(mine);

        Answer submitted = http.as("technician").webapp(TASKS + "/" + work + "/submit-form", attack.apply(work, other));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);

        assertResolvedByTechnicianWith600Minutes(mine);
        assertUntouched(other);
    }

    @Test
    void engineRestIsClosedToStaffAndItsVariablesMoveNothingForAnAdministrator() {
        Engagement mine = triaged("technician");
        Engagement other = triaged("technician");
        String work = workTask(mine);
        String modification = """
                {"modifications": {"engagementId": {"value": %d, "type": "Long"}}}""".formatted(other.id());

        assertThat(http.as("technician").post("/engine-rest/task/" + work + "/variables", modification).status()).isEqualTo(403);
        assertThat(http.as("manager").post("/engine-rest/task/" + work + "/submit-form", resolvingWith(600)).status())
                .isEqualTo(403);

        assertThat(http.admin().post("/engine-rest/task/" + work + "/variables", modification).status()).isEqualTo(204);
        Answer submitted = http.admin().post("/engine-rest/task/" + work + "/submit-form", resolvingWith(600));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);

        JsonNode resolved = details(mine);
        assertThat(resolved.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(resolved.get("timeEntries")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("minutes").asInt()).isEqualTo(600);
                    // /engine-rest acts as its caller: the entry names the administrator, not "system"
                    assertThat(entry.get("technician").asText()).isEqualTo(HttpUsers.ADMIN);
                });
        assertUntouched(other);
    }

    @Test
    void aPersistentActorVariableChangesNoAuthorAndBreaksNoLaterAction() {
        Engagement mine = triaged("technician");
        String work = workTask(mine);
        Answer written = http.as("technician").webapp(TASKS + "/" + work + "/variables", """
                {"modifications": {"actor": {"value": "manager", "type": "String"}}}""");
        assertThat(written.status()).as(written.body()).isEqualTo(204);

        Answer captured = http.as("technician").post("/api/engagements/" + mine.id() + "/time-entries", """
                {"workDate": "%s", "minutes": 30, "note": "Checked the logs"}""".formatted(TODAY));
        assertThat(captured.status()).as(captured.body()).isEqualTo(201);
        assertThat(captured.json().get("technician").asText()).isEqualTo("technician");
        Answer resolved = http.as("technician").post("/api/engagements/" + mine.id() + "/resolve", """
                {"rootCause": "BUG", "note": "Our bug"}""");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);

        long credit = details(mine).get("adjustments").get(0).get("id").asLong();
        Answer decided = http.as("manager").post("/api/adjustments/" + credit + "/decision", """
                {"approved": true, "comment": "Confirmed"}""");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("decidedBy").asText()).isEqualTo("manager");
        assertThat(decided.json().get("requestedBy").asText()).isEqualTo("technician");
        assertThat(details(mine).get("timeEntries").get(0).get("technician").asText()).isEqualTo("technician");
    }

    @Test
    void anUnknownTechnicianInTasklistsTriageFormIsAFieldErrorNotA500() {
        Engagement reported = reported();
        String triage = tasks.createTaskQuery().processInstanceId(reported.processInstanceId()).singleResult().getId();

        Answer submitted = http.as("coordinator").webapp(TASKS + "/" + triage + "/submit-form", """
                {"variables": {"priority": {"value": "P3"}, "billable": {"value": true},
                               "technician": {"value": "nobody-here"}}}""");

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(400);
        assertThat(submitted.json().get("message").asText()).contains("'nobody-here' is not a technician");
        assertThat(details(reported).get("status").asText()).isEqualTo("REPORTED");
    }

    @Test
    void triageWithoutATechnicianQueuesTheWorkForTheFirstTechnicianWhoTakesIt() {
        HttpUsers.staff(identity, "technician2", Groups.TECHNICIANS);
        Engagement queued = reported();
        Answer triaged = http.as("coordinator").post("/api/engagements/" + queued.id() + "/triage", """
                {"priority": "P3", "billable": true}""");
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(200);
        Task work = tasks.createTaskQuery().processInstanceId(queued.processInstanceId()).singleResult();
        assertThat(work.getAssignee()).isNull();
        assertThat(tasks.getIdentityLinksForTask(work.getId())).anySatisfy(link ->
                assertThat(link.getGroupId()).isEqualTo(Groups.TECHNICIANS));

        Answer taken = http.as("technician2", HttpUsers.PASSWORD).post("/api/engagements/" + queued.id() + "/time-entries", """
                {"workDate": "%s", "minutes": 61, "note": "Imported from the helpdesk"}""".formatted(TODAY));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.json().get("minutes").asInt()).as("exact minutes are kept").isEqualTo(61);
        assertThat(tasks.createTaskQuery().taskId(work.getId()).singleResult().getAssignee()).isEqualTo("technician2");
        assertThat(details(queued).get("technician").asText()).isEqualTo("technician2");

        int entries = count("time_entry");
        Answer refused = http.as("technician").post("/api/engagements/" + queued.id() + "/time-entries", """
                {"workDate": "%s", "minutes": 15, "note": "Not mine"}""".formatted(TODAY));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("assigned to technician2");
        assertThat(http.as("technician").post("/api/engagements/" + queued.id() + "/resolve", """
                {"rootCause": "OTHER", "note": "Not mine"}""").status()).isEqualTo(409);
        assertThat(count("time_entry")).isEqualTo(entries);

        Answer resolved = http.as("technician2", HttpUsers.PASSWORD).post("/api/engagements/" + queued.id() + "/resolve", """
                {"rootCause": "CUSTOMER", "note": "Explained the setting"}""");
        assertThat(resolved.status()).as("resolving needs no new time entry: " + resolved.body()).isEqualTo(200);
        assertThat(resolved.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(resolved.json().get("timeEntries")).hasSize(1);
    }

    @Test
    void textOverFourThousandCharactersKeptOnlyInTheProcessIsA400AndWritesNothing() {
        Engagement mine = triaged("technician");
        String tooLong = "x".repeat(4001);
        int entries = count("time_entry");

        Answer resolve = http.as("technician").post("/api/engagements/" + mine.id() + "/resolve", """
                {"rootCause": "OTHER", "note": "Done", "workNote": "%s"}""".formatted(tooLong));
        assertThat(resolve.status()).as(resolve.body()).isEqualTo(400);
        Answer waiver = http.as("technician").post("/api/engagements/" + mine.id() + "/resolve", """
                {"rootCause": "OTHER", "note": "Done", "requestWaiver": true, "waiverReason": "%s"}""".formatted(tooLong));
        assertThat(waiver.status()).as(waiver.body()).isEqualTo(400);
        Answer waiting = http.as("technician").post("/api/engagements/" + mine.id() + "/time-entries", """
                {"workDate": "%s", "minutes": 15, "note": "Asked the customer", "waitForCustomer": true}""".formatted(TODAY));
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(201);
        entries++;
        Answer resume = http.as("technician").post("/api/engagements/" + mine.id() + "/resume", """
                {"note": "%s"}""".formatted(tooLong));
        assertThat(resume.status()).as(resume.body()).isEqualTo(400);

        assertThat(count("time_entry")).isEqualTo(entries);
        assertThat(details(mine).get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
    }

    private void assertResolvedByTechnicianWith600Minutes(Engagement mine) {
        JsonNode resolved = details(mine);
        assertThat(resolved.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(resolved.get("timeEntries")).singleElement().satisfies(entry -> {
            assertThat(entry.get("minutes").asInt()).isEqualTo(600);
            assertThat(entry.get("technician").asText()).isEqualTo("technician");
        });
        assertThat(resolved.get("technician").asText()).isEqualTo("technician");
    }

    private void assertUntouched(Engagement other) {
        JsonNode untouched = details(other);
        assertThat(untouched.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(untouched.get("timeEntries")).isEmpty();
        assertThat(untouched.get("resolvedAt").isNull()).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceId(other.processInstanceId()).taskDefinitionKey("Work").count())
                .isEqualTo(1);
    }

    private static String resolvingWith(int minutes) {
        return """
                {"variables": {"workDate": {"value": "%s"}, "minutes": {"value": %d, "type": "Integer"},
                               "note": {"value": "Fixed it"}, "outcome": {"value": "RESOLVE"},
                               "rootCause": {"value": "CUSTOMER"}, "resolutionNote": {"value": "Explained the setting"}}}"""
                .formatted(TODAY, minutes);
    }

    private Engagement reported() {
        return http.reported("BPS-60");
    }

    private Engagement triaged(String technician) {
        return http.triaged("BPS-60", technician);
    }

    private String workTask(Engagement engagement) {
        Answer found = http.as("technician").get(TASKS + "?processInstanceId=" + engagement.processInstanceId());
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json().get(0).get("id").asText();
    }

    private JsonNode details(Engagement engagement) {
        return http.as("coordinator").get("/api/engagements/" + engagement.id()).json();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}

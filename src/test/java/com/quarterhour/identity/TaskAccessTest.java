package com.quarterhour.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.support.HttpUsers.Answer;
import com.quarterhour.support.HttpUsers.Engagement;
import com.quarterhour.support.HttpUsers;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TuesdayMorning;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff see tasks through grants per process definition, and the engine writes no authorization rows per task; yet
 * through Tasklist's API a user works only the tasks they worked before: their own, or an unassigned one of their
 * candidate groups. Over HTTP, as Tasklist calls it.
 */
@QuarterhourTest
@ExtendWith(TuesdayMorning.class)
class TaskAccessTest {

    private static final String TASKS = "/operaton/api/engine/engine/default/task";
    private static final String FILTERS = "/operaton/api/engine/engine/default/filter";

    @Autowired HttpUsers http;
    @Autowired TaskService tasks;
    @Autowired FilterService filters;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;

    @Test
    void tasksGetNoAuthorizationRowsOfTheirOwn() {
        Engagement triaged = http.triaged("BPS-60", "technician");
        Engagement reported = http.reported("BPS-60");
        Task work = task(triaged, "Work");
        Task triage = task(reported, "Triage");

        assertThat(work.getAssignee()).isEqualTo("technician");
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ? and RESOURCE_ID_ in (?, ?)",
                Integer.class, Resources.TASK.resourceType(), work.getId(), triage.getId())).isZero();
    }

    @Test
    void aTechnicianNeitherClaimsNorCompletesNorReadsAManagersApproval() {
        Task approval = bugCreditToApprove();
        HttpUsers.User technician = http.as("technician");

        assertThat(technician.webapp(TASKS + "/" + approval.getId() + "/claim", """
                {"userId": "technician"}""").status()).isEqualTo(403);
        assertThat(technician.webapp(TASKS + "/" + approval.getId() + "/submit-form", """
                {"variables": {"bugCreditDecision": {"value": "APPROVE"}, "bugCreditComment": {"value": "Mine now"}}}""")
                .status()).isEqualTo(403);
        assertThat(technician.webapp(TASKS + "/" + approval.getId() + "/variables", """
                {"modifications": {"bugCreditDecision": {"value": "APPROVE"}}}""").status()).isEqualTo(403);
        assertThat(technician.get(TASKS + "/" + approval.getId() + "/variables").status()).isEqualTo(403);

        Task untouched = tasks.createTaskQuery().taskId(approval.getId()).singleResult();
        assertThat(untouched).isNotNull();
        assertThat(untouched.getAssignee()).isNull();
        assertThat(tasks.getVariable(approval.getId(), "bugCreditDecision")).isNull();
    }

    @Test
    void aManagerClaimsAndWorksTheApproval() {
        Task approval = bugCreditToApprove();
        HttpUsers.User manager = http.as("manager");

        Answer claimed = manager.webapp(TASKS + "/" + approval.getId() + "/claim", """
                {"userId": "manager"}""");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
        Answer submitted = manager.webapp(TASKS + "/" + approval.getId() + "/submit-form", """
                {"variables": {"bugCreditDecision": {"value": "APPROVE"}, "bugCreditComment": {"value": "Confirmed"}}}""");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isZero();
    }

    @Test
    void aTechnicianNeitherClaimsNorCompletesAnotherTechniciansWork() {
        String other = HttpUsers.staff(identity, "technician3", Groups.TECHNICIANS);
        Engagement engagement = http.triaged("BPS-60", "technician");
        Task work = task(engagement, "Work");
        HttpUsers.User intruder = http.as(other, HttpUsers.PASSWORD);

        assertThat(intruder.webapp(TASKS + "/" + work.getId() + "/claim", """
                {"userId": "%s"}""".formatted(other)).status()).isEqualTo(403);
        assertThat(intruder.webapp(TASKS + "/" + work.getId() + "/unclaim", "{}").status()).isEqualTo(403);
        assertThat(intruder.webapp(TASKS + "/" + work.getId() + "/submit-form", """
                {"variables": {"workDate": {"value": "%s"}, "minutes": {"value": 600, "type": "Integer"},
                               "note": {"value": "Not mine"}, "outcome": {"value": "RESOLVE"},
                               "rootCause": {"value": "CUSTOMER"}, "resolutionNote": {"value": "Not mine"}}}"""
                .formatted(TuesdayMorning.TODAY)).status()).isEqualTo(403);

        assertThat(task(engagement, "Work").getAssignee()).isEqualTo("technician");
    }

    @Test
    void theGroupFilterShowsEachRoleTheTasksOfItsGroups() {
        http.reported("BPS-60");
        http.triaged("BPS-60", "technician");
        bugCreditToApprove();
        String groupTasks = filters.createFilterQuery().filterName("My group tasks").singleResult().getId();

        for (String user : List.of("technician", "coordinator", "manager")) {
            List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
            long expected = tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().count();
            Answer counted = http.as(user).get(FILTERS + "/" + groupTasks + "/count");
            assertThat(counted.status()).as(counted.body()).isEqualTo(200);
            assertThat(expected).as(user).isPositive();
            assertThat(counted.json().get("count").asLong()).as(user).isEqualTo(expected);
        }
    }

    @Test
    void myWorkShowsATechnicianTheirAssignedWork() {
        http.triaged("BPS-60", "technician");
        String myWork = filters.createFilterQuery().filterName("My work").singleResult().getId();

        Answer counted = http.as("technician").get(FILTERS + "/" + myWork + "/count");
        assertThat(counted.status()).as(counted.body()).isEqualTo(200);
        assertThat(counted.json().get("count").asLong()).isPositive()
                .isEqualTo(tasks.createTaskQuery().taskAssignee("technician").count());
    }

    /** A request resolved as our bug: its bug credit waits for a manager. */
    private Task bugCreditToApprove() {
        Engagement engagement = http.triaged("BPS-60", "technician");
        HttpUsers.User technician = http.as("technician");
        Answer captured = technician.post("/api/engagements/" + engagement.id() + "/time-entries", """
                {"workDate": "%s", "minutes": 30, "note": "Checked the logs"}""".formatted(TuesdayMorning.TODAY));
        assertThat(captured.status()).as(captured.body()).isEqualTo(201);
        Answer resolved = technician.post("/api/engagements/" + engagement.id() + "/resolve", """
                {"rootCause": "BUG", "note": "Our bug"}""");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        return task(engagement, "ApproveBugCredit");
    }

    private Task task(Engagement engagement, String key) {
        return tasks.createTaskQuery().processInstanceId(engagement.processInstanceId()).taskDefinitionKey(key).singleResult();
    }
}

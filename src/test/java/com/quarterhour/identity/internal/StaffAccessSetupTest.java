package com.quarterhour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.identity.Groups;
import com.quarterhour.support.QuarterhourTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.operaton.bpm.engine.authorization.Resource;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.filter.Filter;
import org.operaton.bpm.engine.impl.TaskQueryImpl;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An installation from before the grants per process definition: the rows the engine wrote per task go at the next
 * start, and every other authorization stays.
 */
@QuarterhourTest
class StaffAccessSetupTest {

    private static final String AUDITORS = "auditors-of-staff-access-setup";

    @Autowired StaffAccessSetup setup;
    @Autowired AuthorizationService authorizations;
    @Autowired FilterService filters;
    @Autowired TaskService tasks;

    @Test
    void aStartRemovesTheRowsPerTaskAndKeepsEveryOtherAuthorization() {
        Authorization perTask = grant(Groups.TECHNICIANS, Resources.TASK, "an-old-task-id", Permissions.UPDATE);
        Authorization allTasks = grant(AUDITORS, Resources.TASK, Authorization.ANY, Permissions.READ);
        Authorization definition = grant(AUDITORS, Resources.PROCESS_DEFINITION, "support-request",
                ProcessDefinitionPermissions.READ_TASK);
        try {
            setup.onReady(null);

            assertThat(exists(perTask)).isFalse();
            assertThat(exists(allTasks)).isTrue();
            assertThat(exists(definition)).isTrue();
            assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.TECHNICIANS)
                    .resourceType(Resources.PROCESS_DEFINITION).resourceId("support-request")
                    .hasPermission(ProcessDefinitionPermissions.TASK_WORK).count()).isEqualTo(1);
        } finally {
            authorizations.deleteAuthorization(allTasks.getId());
            authorizations.deleteAuthorization(definition.getId());
        }
    }

    @Test
    void anInstallationWithTheOldFiltersGetsTheFiltersPerRoleOnceAndAChangedOneIsRestored() {
        Filter old = filters.saveFilter(filters.newTaskFilter("My tasks")
                .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        grant(Groups.TECHNICIANS, Resources.FILTER, old.getId(), Permissions.READ);
        Filter triage = filters.createFilterQuery().filterName("Triage queue").singleResult();
        filters.saveFilter(triage.setQuery(tasks.createTaskQuery().taskDefinitionKey("Work")));

        setup.onReady(null);
        setup.onReady(null);

        assertThat(filters.createFilterQuery().filterName("My tasks").count()).isZero();
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(old.getId()).count())
                .as("the old filter's grants go with it").isZero();
        for (String name : List.of("Triage queue", "My work", "Unassigned work", "Approvals", "My group tasks")) {
            assertThat(filters.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
        }
        Filter restored = filters.createFilterQuery().filterName("Triage queue").singleResult();
        assertThat(((TaskQueryImpl) restored.getQuery()).getKey()).isEqualTo("Triage");
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(restored.getId())
                .list()).extracting(Authorization::getGroupId).containsExactly(Groups.COORDINATORS);
    }

    private Authorization grant(String group, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        return authorizations.saveAuthorization(authorization);
    }

    private boolean exists(Authorization authorization) {
        return authorizations.createAuthorizationQuery().authorizationId(authorization.getId()).count() == 1;
    }
}

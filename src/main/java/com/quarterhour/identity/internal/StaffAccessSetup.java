package com.quarterhour.identity.internal;

import com.quarterhour.identity.Groups;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.operaton.bpm.engine.authorization.Resource;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.filter.Filter;
import org.operaton.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The staff groups, what each may see and do in the webapps, and the Tasklist filters. Tasks are seen and worked
 * through grants per process definition; which task of a definition a user may work is {@link GroupTaskAccess}'s
 * rule (its assignee, or a member of its candidate groups while unassigned), so a technician never works an
 * approval. Idempotent: runs at every start.
 */
@Component
class StaffAccessSetup {

    private static final List<String> STAFF = List.of(Groups.COORDINATORS, Groups.TECHNICIANS, Groups.MANAGERS);
    private static final String SUPPORT_REQUEST = "support-request";
    /** The processes whose only tasks are managers': breach investigations and invoice reviews. */
    private static final List<String> MANAGERS_PROCESSES = List.of("sla-clock", "month-end-billing", "service-credit");

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;

    StaffAccessSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters, TaskService tasks,
            JdbcTemplate jdbc) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(1)
    public void onReady(ApplicationReadyEvent event) {
        createGroup(Groups.COORDINATORS, "Coordinators");
        createGroup(Groups.TECHNICIANS, "Technicians");
        createGroup(Groups.MANAGERS, "Managers");
        for (String group : STAFF) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.USER, "*", Permissions.READ);
            grant(group, Resources.GROUP, "*", Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        }
        for (String group : STAFF) {
            grantTasks(group, SUPPORT_REQUEST);
        }
        MANAGERS_PROCESSES.forEach(process -> grantTasks(Groups.MANAGERS, process));
        removeTaskAuthorizations();
        grant(Groups.COORDINATORS, Resources.PROCESS_DEFINITION, SUPPORT_REQUEST, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.COORDINATORS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        grant(Groups.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_INSTANCE);
        grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_HISTORY);
        Filter mine = filter("My tasks", -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        Filter groups = filter("My group tasks", -5,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        for (String group : STAFF) {
            grant(group, Resources.FILTER, mine.getId(), Permissions.READ);
            grant(group, Resources.FILTER, groups.getId(), Permissions.READ);
        }
    }

    private void grantTasks(String group, String processDefinitionKey) {
        grant(group, Resources.PROCESS_DEFINITION, processDefinitionKey, ProcessDefinitionPermissions.READ_TASK);
        grant(group, Resources.PROCESS_DEFINITION, processDefinitionKey, ProcessDefinitionPermissions.TASK_WORK);
        // Tasklist saves a form's fields as task variables before it completes the task
        grant(group, Resources.PROCESS_DEFINITION, processDefinitionKey, ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE);
    }

    /**
     * Installations from before the grants per definition hold one to three authorization rows per task the engine
     * wrote for its assignee and candidates; nothing reads them any more. Rows for all tasks ('*'), which only an
     * administrator writes, are kept, and so is every other kind of authorization.
     */
    private void removeTaskAuthorizations() {
        jdbc.update("delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ? and RESOURCE_ID_ <> ?",
                Resources.TASK.resourceType(), Authorization.ANY);
    }

    private void createGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    private Filter filter(String name, int priority, org.operaton.bpm.engine.task.TaskQuery query) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return existing;
        }
        Filter filter = filters.newTaskFilter(name)
                .setOwner(null)
                .setQuery(query)
                .setProperties(Map.of("priority", priority, "refresh", true,
                        "description", name.equals("My tasks") ? "Tasks assigned to me" : "Tasks my groups may claim"));
        return filters.saveFilter(filter);
    }
}

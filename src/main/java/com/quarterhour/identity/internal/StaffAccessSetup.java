package com.quarterhour.identity.internal;

import com.quarterhour.identity.Groups;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.operaton.bpm.engine.task.TaskQuery;
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
    /** Mails to the support mailbox from unknown senders, which coordinators sort. */
    private static final String HELD_MAIL = "held-mail";
    /** The processes whose only tasks are managers': breach investigations and invoice reviews. */
    /** Replaced by "My work" (see {@link #filters()}). */
    private static final String RETIRED_FILTER = "My tasks";
    private static final String GROUP_TASKS = "My group tasks";
    /** The managers' decisions: bug credits, waivers, SLA service credits and invoice reviews. */
    private static final List<String> APPROVALS = List.of("ApproveBugCredit", "ApproveWaiver", "ApproveServiceCredit",
            "ReviewInvoice");
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
        grantTasks(Groups.COORDINATORS, HELD_MAIL);
        removeTaskAuthorizations();
        grant(Groups.COORDINATORS, Resources.PROCESS_DEFINITION, SUPPORT_REQUEST, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.COORDINATORS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        grant(Groups.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_INSTANCE);
        grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_HISTORY);
        filters();
    }

    /**
     * The task filters per role, each in due order (the SLA due time; see the tasklist feature) and visible to its
     * groups only. Created or brought up to date at every start, so an existing installation gets them too. "My tasks"
     * became "My work" (the same query, in due order); "My group tasks" stays for every staff group, because it is the
     * one list of everything a group may claim that the role filters leave out (an SLA breach's investigation).
     */
    private void filters() {
        Optional.ofNullable(filters.createFilterQuery().filterName(RETIRED_FILTER).singleResult())
                .ifPresent(retired -> filters.deleteFilter(retired.getId()));
        TaskQuery triage = tasks.createTaskQuery().processDefinitionKey(SUPPORT_REQUEST).taskDefinitionKey("Triage")
                .orderByDueDate().asc();
        TaskQuery mine = tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc();
        TaskQuery unassigned = tasks.createTaskQuery().taskCandidateGroup(Groups.TECHNICIANS).taskUnassigned()
                .orderByDueDate().asc();
        TaskQuery approvals = tasks.createTaskQuery().taskDefinitionKeyIn(APPROVALS.toArray(String[]::new))
                .orderByDueDate().asc();
        TaskQuery groups = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks().orderByDueDate().asc();
        filter("Triage queue", -20, "Requests to triage, the first due first", triage, Groups.COORDINATORS);
        filter("My work", -15, "Tasks assigned to me, the first due first", mine, STAFF.toArray(String[]::new));
        filter("Unassigned work", -10, "Requests in the technicians' queue, the first due first", unassigned,
                Groups.TECHNICIANS);
        filter("Approvals", -10, "Bug credits, waivers, service credits and invoices to decide, the first due first",
                approvals, Groups.MANAGERS);
        filter(GROUP_TASKS, -5, "Tasks my groups may claim", groups, STAFF.toArray(String[]::new));
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

    /** Creates the filter or brings its query and properties up to date, and lets exactly these groups read it. */
    private void filter(String name, int priority, String description, TaskQuery query, String... readers) {
        Filter filter = Optional.ofNullable(filters.createFilterQuery().filterName(name).singleResult())
                .orElseGet(() -> filters.newTaskFilter(name).setOwner(null));
        filter.setQuery(query);
        filter.setProperties(Map.of("priority", priority, "refresh", true, "description", description));
        Filter saved = filters.saveFilter(filter);
        List<String> allowed = List.of(readers);
        for (String group : STAFF) {
            if (allowed.contains(group)) {
                grant(group, Resources.FILTER, saved.getId(), Permissions.READ);
            } else {
                Optional.ofNullable(authorizations.createAuthorizationQuery().groupIdIn(group)
                        .resourceType(Resources.FILTER).resourceId(saved.getId()).singleResult())
                        .ifPresent(stale -> authorizations.deleteAuthorization(stale.getId()));
            }
        }
    }
}

package com.quarterhour.identity.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.operaton.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.operaton.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.operaton.bpm.engine.impl.persistence.entity.TaskEntity;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Staff see and work tasks through grants per process definition and group ({@link StaffAccessSetup}), not through
 * the authorization rows the engine would otherwise write for every task's assignee and candidate groups: with tens
 * of thousands of open tasks, Tasklist's queries joined those rows with an OR and took seconds.
 * <p>
 * A definition-wide grant alone would let a technician work a manager's approval in the same process, so a task is
 * still worked only as before: by its assignee, or, while nobody holds it, by a member of its candidate groups (who
 * claims it). A task's variables (its form's data) are read only by its assignee and candidates; the task list itself
 * follows the grants per definition, and Tasklist's filters narrow it to the user's candidate groups. Administrators
 * and the engine's own calls (no authenticated user) are not restricted.
 */
@Component
class GroupTaskAccess extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new NoTaskAuthorizations());
        configuration.setCommandCheckers(List.of(new TenantCommandChecker(), new CandidateTaskChecker()));
    }

    /** Everything the default provider grants (a user's own profile, a filter's owner...) except rows per task. */
    static class NoTaskAuthorizations extends DefaultAuthorizationProvider {

        private static final AuthorizationEntity[] NONE = {};

        @Override
        public AuthorizationEntity[] newTask(Task task) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
            return NONE;
        }
    }

    /** The engine's checks, and then who of those granted the definition may touch this task. */
    static class CandidateTaskChecker extends AuthorizationCommandChecker {

        /** Claim, unclaim, complete and submit its form. */
        @Override
        public void checkTaskWork(TaskEntity task) {
            super.checkTaskWork(task);
            requireUser(task, Permissions.TASK_WORK, user -> mayWork(task, user));
        }

        @Override
        public void checkUpdateTaskVariable(TaskEntity task) {
            super.checkUpdateTaskVariable(task);
            requireUser(task, Permissions.UPDATE, user -> mayWork(task, user));
        }

        @Override
        public void checkReadTask(TaskEntity task) {
            super.checkReadTask(task);
            requireUser(task, Permissions.READ, user -> mayRead(task, user));
        }

        @Override
        public void checkReadTaskVariable(TaskEntity task) {
            super.checkReadTaskVariable(task);
            requireUser(task, Permissions.READ, user -> mayRead(task, user));
        }

        private static boolean mayWork(TaskEntity task, String user) {
            return Objects.equals(task.getAssignee(), user) || task.getAssignee() == null && isCandidate(task, user);
        }

        private static boolean mayRead(TaskEntity task, String user) {
            return Objects.equals(task.getAssignee(), user) || isCandidate(task, user);
        }

        private static void requireUser(TaskEntity task, Permission permission, Predicate<String> allowed) {
            CommandContext command = Context.getCommandContext();
            Authentication caller = command.getAuthentication();
            if (!command.getProcessEngineConfiguration().isAuthorizationEnabled() || !command.isAuthorizationCheckEnabled()
                    || caller == null || caller.getUserId() == null
                    || command.getAuthorizationManager().isOperatonAdmin(caller)) {
                return;
            }
            if (!allowed.test(caller.getUserId())) {
                throw new AuthorizationException(caller.getUserId(), permission.getName(), Resources.TASK.resourceName(),
                        task.getId());
            }
        }

        private static boolean isCandidate(TaskEntity task, String user) {
            List<String> groups = Context.getCommandContext().getAuthentication().getGroupIds();
            return task.getCandidates().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .anyMatch(link -> user.equals(link.getUserId()) || groups != null && groups.contains(link.getGroupId()));
        }
    }
}

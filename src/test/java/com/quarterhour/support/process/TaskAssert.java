package com.quarterhour.support.process;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;

/** Who may take a user task and who has it. */
public final class TaskAssert extends AbstractAssert<TaskAssert, Task> {

    private final ProcessEngine engine;

    TaskAssert(ProcessEngine engine, Task actual) {
        super(actual, TaskAssert.class);
        this.engine = engine;
    }

    public TaskAssert hasCandidateGroup(String group) {
        isNotNull();
        Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(actual.getId()))
                .as("the candidate groups of task %s (%s)", actual.getId(), actual.getTaskDefinitionKey())
                .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .extracting(IdentityLink::getGroupId)
                .contains(group);
        return this;
    }

    public TaskAssert hasDefinitionKey(String taskDefinitionKey) {
        isNotNull();
        Assertions.assertThat(actual.getTaskDefinitionKey()).as("the BPMN element of task %s", actual.getId())
                .isEqualTo(taskDefinitionKey);
        return this;
    }

    public TaskAssert isAssignedTo(String user) {
        isNotNull();
        // read again: the task object may predate an assignment
        Task current = engine.getTaskService().createTaskQuery().taskId(actual.getId()).singleResult();
        Assertions.assertThat(current).as("task %s", actual.getId()).isNotNull();
        Assertions.assertThat(current.getAssignee()).as("the assignee of task %s (%s)", actual.getId(),
                actual.getTaskDefinitionKey()).isEqualTo(user);
        return this;
    }
}

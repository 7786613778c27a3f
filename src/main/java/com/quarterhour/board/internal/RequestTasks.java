package com.quarterhour.board.internal;

import com.quarterhour.engagement.EngagementService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open user tasks of requests, found by the business key their process instances carry (the request's own and
 * the SLA investigations it called): two engine queries whatever the number of requests.
 */
@Component
public class RequestTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;

    RequestTasks(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** Engagement id → the ids of its open tasks; an engagement without any is absent. */
    public Map<Long, List<String>> openTasksOf(Collection<Long> engagementIds) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        List<Task> open = tasks.createTaskQuery()
                .processInstanceBusinessKeyIn(engagementIds.stream().map(EngagementService::businessKeyOf).toArray(String[]::new))
                .list();
        if (open.isEmpty()) {
            return Map.of();
        }
        Set<String> instanceIds = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> keyOfInstance = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<Long, List<String>> byEngagement = new HashMap<>();
        for (Task task : open) {
            EngagementService.engagementOf(keyOfInstance.get(task.getProcessInstanceId())).ifPresent(engagement ->
                    byEngagement.computeIfAbsent(engagement, id -> new ArrayList<>()).add(task.getId()));
        }
        return byEngagement;
    }
}

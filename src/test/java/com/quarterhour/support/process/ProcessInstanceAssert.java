package com.quarterhour.support.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.MapAssert;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.runtime.ActivityInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.runtime.TransitionInstance;

/** What a process instance has done and where it waits, read from the engine's runtime and history. */
public final class ProcessInstanceAssert extends AbstractAssert<ProcessInstanceAssert, ProcessInstance> {

    private final ProcessEngine engine;

    ProcessInstanceAssert(ProcessEngine engine, ProcessInstance actual) {
        super(actual, ProcessInstanceAssert.class);
        this.engine = engine;
    }

    /**
     * The instance is running and waits at each of these activities: in a wait state (a task, a timer, a message) or
     * before an asynchronous continuation that no job has run yet.
     */
    public ProcessInstanceAssert isWaitingAt(String... activityIds) {
        isNotNull();
        ActivityInstance root = engine.getRuntimeService().getActivityInstance(actual.getId());
        if (root == null) {
            failWithMessage("Expected process instance %s to be waiting at %s, but it has ended", actual.getId(),
                    Arrays.toString(activityIds));
            return this;
        }
        List<String> waiting = new ArrayList<>();
        collectWaiting(root, waiting);
        Assertions.assertThat(waiting).as("the activities process instance %s waits at", actual.getId())
                .contains(activityIds);
        return this;
    }

    /** Each of these activities was completed at least once by the instance (running or ended). */
    public ProcessInstanceAssert hasPassed(String... activityIds) {
        isNotNull();
        Assertions.assertThat(passed()).as("the activities process instance %s has passed", actual.getId())
                .contains(activityIds);
        return this;
    }

    /** None of these activities was ever completed by the instance. */
    public ProcessInstanceAssert hasNotPassed(String... activityIds) {
        isNotNull();
        Assertions.assertThat(passed()).as("the activities process instance %s has passed", actual.getId())
                .doesNotContain(activityIds);
        return this;
    }

    /** The instance has reached an end (and is gone from the runtime tables). */
    public ProcessInstanceAssert isEnded() {
        isNotNull();
        long running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(actual.getId()).count();
        if (running > 0) {
            List<String> waiting = new ArrayList<>();
            collectWaiting(engine.getRuntimeService().getActivityInstance(actual.getId()), waiting);
            failWithMessage("Expected process instance %s to have ended, but it waits at %s", actual.getId(), waiting);
        }
        return this;
    }

    /** The instance's variables: the current ones while it runs, the last values once it has ended. */
    public MapAssert<String, Object> variables() {
        isNotNull();
        boolean running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(actual.getId())
                .count() > 0;
        Map<String, Object> variables = running
                ? engine.getRuntimeService().getVariables(actual.getId())
                : engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(actual.getId())
                        .list().stream()
                        .filter(variable -> variable.getValue() != null)
                        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
        return Assertions.assertThat(variables).as("the variables of process instance %s", actual.getId());
    }

    private List<String> passed() {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(actual.getId())
                .finished().list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    private static void collectWaiting(ActivityInstance instance, List<String> into) {
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            into.add(child.getActivityId());
            collectWaiting(child, into);
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            into.add(transition.getActivityId());
        }
    }
}

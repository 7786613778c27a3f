package com.quarterhour.support.process;

import java.util.Objects;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;

/**
 * AssertJ assertions on process instances, tasks and jobs of the engine under test, in the words of the BPMN
 * ({@code assertThat(instance).hasPassed("Triage").isWaitingAt("Work")}). Import them statically beside AssertJ's own
 * {@code assertThat}; the overloads for {@link ProcessInstance}, {@link Task} and {@link Job} are chosen by type. Call
 * {@link #init(ProcessEngine)} once per test class (in a {@code @BeforeEach}) with the application's engine.
 */
public final class ProcessAssertions {

    private static ProcessEngine engine;

    private ProcessAssertions() {
    }

    public static void init(ProcessEngine processEngine) {
        engine = processEngine;
    }

    public static ProcessInstanceAssert assertThat(ProcessInstance instance) {
        return new ProcessInstanceAssert(engine(), instance);
    }

    public static TaskAssert assertThat(Task task) {
        return new TaskAssert(engine(), task);
    }

    public static JobAssert assertThat(Job job) {
        return new JobAssert(job);
    }

    /** The one open task of the instance; fails when it has none or several. */
    public static Task task(ProcessInstance instance) {
        Task task = engine().getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        org.assertj.core.api.Assertions.assertThat(task).as("the open task of process instance %s", instance.getId())
                .isNotNull();
        return task;
    }

    /** The open task of the instance at this user task; fails when there is none. */
    public static Task task(String taskDefinitionKey, ProcessInstance instance) {
        Task task = engine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).singleResult();
        org.assertj.core.api.Assertions.assertThat(task)
                .as("the open task %s of process instance %s", taskDefinitionKey, instance.getId()).isNotNull();
        return task;
    }

    /** The one job (timer or asynchronous continuation) of the instance; fails when it has none or several. */
    public static Job job(ProcessInstance instance) {
        Job job = engine().getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
        org.assertj.core.api.Assertions.assertThat(job).as("the job of process instance %s", instance.getId())
                .isNotNull();
        return job;
    }

    /** Runs the job now, on the test's thread, as the job executor would once it is due. */
    public static void execute(Job job) {
        engine().getManagementService().executeJob(job.getId());
    }

    private static ProcessEngine engine() {
        return Objects.requireNonNull(engine, "ProcessAssertions.init(engine) was not called");
    }
}

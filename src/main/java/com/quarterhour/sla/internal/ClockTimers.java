package com.quarterhour.sla.internal;

import com.quarterhour.shared.EngineSystem;
import java.util.List;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine side of a clock: the sla-clock process instance that watches it (recorded on the clock when it
 * starts), its warning, breach and escalation timers, and the managers' task that investigates its
 * breach. The timers' due dates are read from the clock (SlaClockSchedule), so re-timing is "recalculate".
 */
@Component
public class ClockTimers {

    public static final String PROCESS_KEY = "sla-clock";
    public static final String STOPPED = "SlaClockStopped";
    public static final String TARGET_SET = "SlaClockTargetSet";
    public static final String ENGAGEMENT_ID = "engagementId";
    public static final String CLOCK = "clock";
    public static final String INVESTIGATE_BREACH = "InvestigateBreach";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final IdentityService identity;
    private final TaskService tasks;

    ClockTimers(RuntimeService runtime, ManagementService management, IdentityService identity, TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.identity = identity;
        this.tasks = tasks;
    }

    /** Ends the watch: the clock stopped (or no longer has a target to watch). */
    public void stopWatching(SlaClock clock) {
        correlate(STOPPED, clock);
    }

    /** A clock that had no target now has one: its watch starts its timers. */
    public void targetSet(SlaClock clock) {
        correlate(TARGET_SET, clock);
    }

    /** The clock's due instants changed (triage, pause, resume): its timers take their new dates. */
    public void retime(SlaClock clock) {
        EngineSystem.run(identity, () -> watches(clock).stream()
                .flatMap(watch -> management.createJobQuery().processInstanceId(watch).timers().list().stream())
                .forEach(job -> management.recalculateJobDuedate(job.getId(), false)));
    }

    /** The open "Investigate SLA breach" task of this clock's watch, if any, moves up the managers' list. */
    public void prioritiseInvestigation(SlaClock clock, int priority) {
        EngineSystem.run(identity, () -> watches(clock).stream()
                .flatMap(watch -> tasks.createTaskQuery().processInstanceId(watch).taskDefinitionKey(INVESTIGATE_BREACH)
                        .list().stream())
                .filter(task -> task.getPriority() < priority)
                .forEach(task -> tasks.setPriority(task.getId(), priority)));
    }

    private void correlate(String message, SlaClock clock) {
        EngineSystem.run(identity, () -> watches(clock).forEach(watch ->
                runtime.createMessageCorrelation(message).processInstanceId(watch).correlateAll()));
    }

    /**
     * The watch by its recorded process instance id. A watch started before the id was recorded is found once by its
     * variables (a scan of the runtime variables, slow under volume) and its id recorded on the clock.
     */
    private List<String> watches(SlaClock clock) {
        if (clock.getWatchProcessInstanceId().isPresent()) {
            return List.of(clock.getWatchProcessInstanceId().get());
        }
        List<String> found = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(ENGAGEMENT_ID, clock.getEngagementId())
                .variableValueEquals(CLOCK, clock.getKind().name())
                .list().stream().map(ProcessInstance::getId).toList();
        found.stream().findFirst().ifPresent(clock::watchedBy);
        return found;
    }
}

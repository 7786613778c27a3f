package com.quarterhour.sla.internal;

import com.quarterhour.shared.EngineSystem;
import com.quarterhour.sla.ClockKind;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The engine side of a clock: the sla-clock process instance that watches it, and its warning and breach
 * timers. Their due dates are read from the clock (SlaClockSchedule), so re-timing is "recalculate".
 */
@Component
public class ClockTimers {

    public static final String PROCESS_KEY = "sla-clock";
    public static final String STOPPED = "SlaClockStopped";
    public static final String TARGET_SET = "SlaClockTargetSet";
    public static final String ENGAGEMENT_ID = "engagementId";
    public static final String CLOCK = "clock";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final IdentityService identity;

    ClockTimers(RuntimeService runtime, ManagementService management, IdentityService identity) {
        this.runtime = runtime;
        this.management = management;
        this.identity = identity;
    }

    /** Ends the watch: the clock stopped (or no longer has a target to watch). */
    public void stopWatching(long engagementId, ClockKind kind) {
        correlate(STOPPED, engagementId, kind);
    }

    /** A clock that had no target now has one: its watch starts its timers. */
    public void targetSet(long engagementId, ClockKind kind) {
        correlate(TARGET_SET, engagementId, kind);
    }

    /** The clock's due instants changed (triage, pause, resume): its timers take their new dates. */
    public void retime(long engagementId, ClockKind kind) {
        EngineSystem.run(identity, () -> timers(engagementId, kind)
                .forEach(job -> management.recalculateJobDuedate(job.getId(), false)));
    }

    private List<Job> timers(long engagementId, ClockKind kind) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(ENGAGEMENT_ID, engagementId)
                .variableValueEquals(CLOCK, kind.name())
                .list().stream()
                .flatMap(watch -> management.createJobQuery().processInstanceId(watch.getId()).timers().list().stream())
                .toList();
    }

    private void correlate(String message, long engagementId, ClockKind kind) {
        EngineSystem.run(identity, () -> runtime.createMessageCorrelation(message)
                .processInstanceVariableEquals(ENGAGEMENT_ID, engagementId)
                .processInstanceVariableEquals(CLOCK, kind.name())
                .correlateAll());
    }
}

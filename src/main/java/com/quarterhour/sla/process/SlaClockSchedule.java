package com.quarterhour.sla.process;

import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.SlaService;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Read by sla-clock.bpmn's gateway and timer definitions, e.g. {@code ${slaClockSchedule.dueAt(engagementId, clock)}}:
 * the timers take their dates from the clock, so a re-timed clock only needs its jobs recalculated.
 */
@Component("slaClockSchedule")
public class SlaClockSchedule {

    private final SlaService sla;

    SlaClockSchedule(SlaService sla) {
        this.sla = sla;
    }

    public boolean hasTarget(Number engagementId, String clock) {
        return sla.hasTarget(engagementId.longValue(), ClockKind.valueOf(clock));
    }

    public Date warningAt(Number engagementId, String clock) {
        return sla.warningAt(engagementId.longValue(), ClockKind.valueOf(clock));
    }

    public Date dueAt(Number engagementId, String clock) {
        return sla.dueAt(engagementId.longValue(), ClockKind.valueOf(clock));
    }

    public Date escalationAt(Number engagementId, String clock) {
        return sla.escalationAt(engagementId.longValue(), ClockKind.valueOf(clock));
    }

    /** The "Investigate SLA breach" task's priority, asked for by the watch's own process instance id. */
    public int investigationPriority(String processInstanceId) {
        return sla.investigationPriority(processInstanceId);
    }
}

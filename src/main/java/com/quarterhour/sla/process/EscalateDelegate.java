package com.quarterhour.sla.process;

import com.quarterhour.sla.SlaService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Escalate" (the escalation share of the target, e.g. 150%). The clock is the one this process instance
 * watches: its variables, which a Tasklist user may write, do not choose it.
 */
@Component
class EscalateDelegate implements JavaDelegate {

    private final SlaService sla;

    EscalateDelegate(SlaService sla) {
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sla.escalate(execution.getProcessInstanceId(), ClockValues.title(execution));
    }
}

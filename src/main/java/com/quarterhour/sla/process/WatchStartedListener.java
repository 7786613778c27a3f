package com.quarterhour.sla.process;

import com.quarterhour.sla.SlaService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start of sla-clock: the clock records which process instance watches it, so its timers are found by that id. */
@Component
class WatchStartedListener implements ExecutionListener {

    private final SlaService sla;

    WatchStartedListener(SlaService sla) {
        this.sla = sla;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ClockValues clock = ClockValues.of(execution);
        sla.watchedBy(clock.engagementId(), clock.kind(), execution.getProcessInstanceId());
    }
}

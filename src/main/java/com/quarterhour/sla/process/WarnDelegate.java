package com.quarterhour.sla.process;

import com.quarterhour.sla.SlaService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Warn the technician" (the target's warning share, 75% by default). */
@Component
class WarnDelegate implements JavaDelegate {

    private final SlaService sla;

    WarnDelegate(SlaService sla) {
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClockValues clock = ClockValues.of(execution);
        sla.warn(clock.engagementId(), clock.kind(), clock.title());
    }
}

package com.quarterhour.sla.process;

import com.quarterhour.sla.SlaService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Record breach and alert" (100% of the target). */
@Component
class RecordBreachDelegate implements JavaDelegate {

    static final String BREACH_ID = "breachId";

    private final SlaService sla;

    RecordBreachDelegate(SlaService sla) {
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClockValues clock = ClockValues.of(execution);
        execution.setVariable(BREACH_ID, sla.recordBreach(clock.engagementId(), clock.kind(), clock.title()));
    }
}

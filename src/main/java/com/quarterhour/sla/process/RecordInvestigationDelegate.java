package com.quarterhour.sla.process;

import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.ProcessActor;
import com.quarterhour.sla.BreachCause;
import com.quarterhour.sla.SlaService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Record investigation": what the manager found behind the breach. */
@Component
class RecordInvestigationDelegate implements JavaDelegate {

    private final SlaService sla;
    private final IdentityService identity;

    RecordInvestigationDelegate(SlaService sla, IdentityService identity) {
        this.sla = sla;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object breachId = execution.getVariable(RecordBreachDelegate.BREACH_ID);
        Object cause = execution.getVariable("breachCause");
        Object findings = execution.getVariable("breachFindings");
        BreachCause parsed;
        try {
            parsed = cause == null ? null : BreachCause.valueOf(cause.toString());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("'" + cause + "' is not a breach cause");
        }
        sla.recordInvestigation(((Number) breachId).longValue(), parsed, findings == null ? null : findings.toString(),
                ProcessActor.of(identity));
    }
}

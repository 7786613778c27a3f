package com.quarterhour.billing.process;

import com.quarterhour.billing.ServiceCredits;
import com.quarterhour.billing.internal.ServiceCreditProcess;
import com.quarterhour.shared.ProcessActor;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Record service credit": approved, for the proposal of the instance's business key. */
@Component
class RecordServiceCreditDelegate implements JavaDelegate {

    private final ServiceCredits credits;
    private final IdentityService identity;

    RecordServiceCreditDelegate(ServiceCredits credits, IdentityService identity) {
        this.credits = credits;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        credits.approve(ServiceCreditProcess.proposalId(execution.getProcessBusinessKey()),
                new BillingValues(execution).string(ServiceCreditProcess.COMMENT), ProcessActor.of(identity));
    }
}

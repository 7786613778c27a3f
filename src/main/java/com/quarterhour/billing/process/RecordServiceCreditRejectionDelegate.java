package com.quarterhour.billing.process;

import com.quarterhour.billing.ServiceCredits;
import com.quarterhour.billing.internal.ServiceCreditProcess;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.ProcessActor;
import com.quarterhour.shared.Verdict;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Record rejection": no credit, for the proposal of the instance's business key. The gateway sends every
 * decision but APPROVE here; only REJECT is recorded, anything else refused (400) with the task left open.
 */
@Component
class RecordServiceCreditRejectionDelegate implements JavaDelegate {

    private final ServiceCredits credits;
    private final IdentityService identity;

    RecordServiceCreditRejectionDelegate(ServiceCredits credits, IdentityService identity) {
        this.credits = credits;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BillingValues values = new BillingValues(execution);
        if (Verdict.of(values.string(ServiceCreditProcess.DECISION), ServiceCreditProcess.DECISION).approved()) {
            // " APPROVE" with spaces: the verdict reads it, the gateway did not
            throw DomainException.invalid(ServiceCreditProcess.DECISION + " must be exactly APPROVE or REJECT");
        }
        credits.reject(ServiceCreditProcess.proposalId(execution.getProcessBusinessKey()),
                new BillingValues(execution).string(ServiceCreditProcess.COMMENT), ProcessActor.of(identity));
    }
}

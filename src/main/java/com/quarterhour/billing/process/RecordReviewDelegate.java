package com.quarterhour.billing.process;

import com.quarterhour.billing.internal.BillingProcess;
import com.quarterhour.billing.internal.MonthEndBilling;
import com.quarterhour.shared.DomainException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Record review decision" after "Review invoice": approved → issue, rejected → the draft is voided. */
@Component
class RecordReviewDelegate implements JavaDelegate {

    private final MonthEndBilling billing;
    private final IdentityService identity;

    RecordReviewDelegate(MonthEndBilling billing, IdentityService identity) {
        this.billing = billing;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BillingValues values = new BillingValues(execution);
        String decision = values.string(BillingProcess.REVIEW_DECISION);
        if (!BillingProcess.APPROVE.equals(decision) && !BillingProcess.REJECT.equals(decision)) {
            throw DomainException.invalid("reviewDecision must be APPROVE or REJECT");
        }
        billing.review(values.runId(), values.invoiceId(), BillingProcess.APPROVE.equals(decision),
                values.string(BillingProcess.REVIEW_COMMENT), values.actor(identity));
    }
}

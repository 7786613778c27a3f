package com.quarterhour.billing.process;

import com.quarterhour.billing.internal.BillingProcess;
import com.quarterhour.billing.internal.MonthEndBilling;
import com.quarterhour.shared.Verdict;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
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
        billing.review(values.runId(), values.invoiceId(),
                Verdict.of(values.string(BillingProcess.REVIEW_DECISION), BillingProcess.REVIEW_DECISION).approved(),
                values.string(BillingProcess.REVIEW_COMMENT), values.actor(identity));
    }
}

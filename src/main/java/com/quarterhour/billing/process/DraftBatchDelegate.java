package com.quarterhour.billing.process;

import com.quarterhour.billing.internal.BillingProcess;
import com.quarterhour.billing.internal.MonthEndBilling;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Price, draft and issue in bulk": one job, and one transaction, per batch of customers. */
@Component
class DraftBatchDelegate implements JavaDelegate {

    private final MonthEndBilling billing;

    DraftBatchDelegate(MonthEndBilling billing) {
        this.billing = billing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BillingValues values = new BillingValues(execution);
        billing.draftBatch(values.runId(), values.batch());
    }
}

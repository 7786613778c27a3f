package com.quarterhour.billing.process;

import com.quarterhour.billing.internal.MonthEndBilling;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Close billing run": counts and finish time. */
@Component
class CloseRunDelegate implements JavaDelegate {

    private final MonthEndBilling billing;

    CloseRunDelegate(MonthEndBilling billing) {
        this.billing = billing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        billing.close(new BillingValues(execution).runId());
    }
}

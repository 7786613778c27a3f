package com.quarterhour.billing.process;

import com.quarterhour.billing.internal.BillingProcess;
import com.quarterhour.billing.internal.MonthEndBilling;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Select customers with activity". */
@Component
class SelectCustomersDelegate implements JavaDelegate {

    private final MonthEndBilling billing;

    SelectCustomersDelegate(MonthEndBilling billing) {
        this.billing = billing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(BillingProcess.CUSTOMER_COUNT,
                billing.selectCustomers(new BillingValues(execution).runId()));
    }
}

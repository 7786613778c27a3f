package com.quarterhour.billing.process;

import com.quarterhour.billing.internal.BillingProcess;
import com.quarterhour.billing.internal.BillingRun;
import com.quarterhour.billing.internal.MonthEndBilling;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Open run for last month" after the timer start: the month that just ended in the company's zone. */
@Component
class OpenScheduledRunDelegate implements JavaDelegate {

    private final MonthEndBilling billing;

    OpenScheduledRunDelegate(MonthEndBilling billing) {
        this.billing = billing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BillingRun run = billing.open(billing.lastMonth(), MonthEndBilling.SCHEDULE);
        billing.startedAs(run.getId(), execution.getProcessInstanceId());
        execution.setVariable(BillingProcess.RUN_ID, run.getId());
        execution.setVariable(BillingProcess.PERIOD, run.getPeriod().toString());
        execution.setProcessBusinessKey(BillingProcess.businessKey(run.getId()));
    }
}

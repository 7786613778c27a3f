package com.quarterhour.billing.process;

import com.quarterhour.billing.internal.BillingProcess;
import com.quarterhour.billing.internal.MonthEndBilling;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Issue invoice": the gap-free number is given here, at issue time. */
@Component
class IssueInvoiceDelegate implements JavaDelegate {

    private final MonthEndBilling billing;

    IssueInvoiceDelegate(MonthEndBilling billing) {
        this.billing = billing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BillingValues values = new BillingValues(execution);
        execution.setVariable(BillingProcess.INVOICE_NUMBER, billing.issue(values.runId(), values.invoiceId()));
    }
}

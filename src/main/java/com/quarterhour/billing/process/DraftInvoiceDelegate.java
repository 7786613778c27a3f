package com.quarterhour.billing.process;

import com.quarterhour.billing.internal.BillingProcess;
import com.quarterhour.billing.internal.MonthEndBilling.Draft;
import com.quarterhour.billing.internal.MonthEndBilling;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Price and draft invoice", one per customer (its own job: one customer's failure stops no other). */
@Component
class DraftInvoiceDelegate implements JavaDelegate {

    private final MonthEndBilling billing;

    DraftInvoiceDelegate(MonthEndBilling billing) {
        this.billing = billing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BillingValues values = new BillingValues(execution);
        Draft draft = billing.draft(values.runId(), values.customerId());
        // the subprocess declares these as its local variables, so parallel customers do not overwrite each other
        execution.setVariable(BillingProcess.INVOICE_ID, draft.invoiceId());
        execution.setVariable(BillingProcess.DRAFTED, draft.invoiceId() != null);
        execution.setVariable(BillingProcess.REVIEW_NEEDED, draft.reviewNeeded());
        execution.setVariable(BillingProcess.CUSTOMER_NAME, draft.customerName());
        execution.setVariable(BillingProcess.INVOICE_TOTAL, draft.total());
        execution.setVariable(BillingProcess.LINE_COUNT, draft.lines());
    }
}

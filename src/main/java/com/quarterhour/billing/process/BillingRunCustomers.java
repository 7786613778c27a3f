package com.quarterhour.billing.process;

import com.quarterhour.billing.internal.MonthEndBilling;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The collections of month-end-billing's two multi-instances, read from the run's selection rather than kept as
 * process variables: the batches of "Price, draft and issue in bulk" ({@code ${billingRunCustomers.batches(runId)}})
 * and the customers "Bill customer" finishes one by one ({@code ${billingRunCustomers.open(runId)}}).
 */
@Component("billingRunCustomers")
public class BillingRunCustomers {

    private final MonthEndBilling billing;

    BillingRunCustomers(MonthEndBilling billing) {
        this.billing = billing;
    }

    public List<Integer> batches(Number runId) {
        return billing.batches(runId.longValue());
    }

    public List<Long> open(Number runId) {
        return billing.customersLeftOpen(runId.longValue());
    }
}

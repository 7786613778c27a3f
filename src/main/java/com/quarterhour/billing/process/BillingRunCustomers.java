package com.quarterhour.billing.process;

import com.quarterhour.billing.internal.MonthEndBilling;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The collection of the multi-instance "Bill customer", read from the run's selection rather than kept as a process
 * variable: {@code ${billingRunCustomers.of(runId)}}.
 */
@Component("billingRunCustomers")
public class BillingRunCustomers {

    private final MonthEndBilling billing;

    BillingRunCustomers(MonthEndBilling billing) {
        this.billing = billing;
    }

    public List<Long> of(Number runId) {
        return billing.selectedCustomers(runId.longValue());
    }
}

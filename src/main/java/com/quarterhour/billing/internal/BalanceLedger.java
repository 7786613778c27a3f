package com.quarterhour.billing.internal;

import com.quarterhour.billing.pricing.Balances;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The customers' credit and prepaid balances: moved by each invoice when drafted, moved back when it is voided. */
@Component
class BalanceLedger {

    private final CustomerBalanceRepository balances;

    BalanceLedger(CustomerBalanceRepository balances) {
        this.balances = balances;
    }

    @Transactional(readOnly = true)
    public Balances of(long customerId) {
        return balances.findById(customerId).map(CustomerBalance::balances).orElse(Balances.NONE);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(long customerId, Balances from, Balances to) {
        if (from.equals(to)) {
            return;
        }
        CustomerBalance balance = balances.findById(customerId).orElseGet(() -> new CustomerBalance(customerId));
        balance.apply(from, to);
        balances.save(balance);
    }
}

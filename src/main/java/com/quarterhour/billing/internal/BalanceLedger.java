package com.quarterhour.billing.internal;

import com.quarterhour.billing.pricing.Balances;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    /** The balances of several customers at once; customers without a balance row have none. */
    @Transactional(readOnly = true)
    public Map<Long, Balances> of(Collection<Long> customerIds) {
        Map<Long, Balances> found = new HashMap<>();
        balances.findAllById(customerIds).forEach(b -> found.put(b.getCustomerId(), b.balances()));
        return found;
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

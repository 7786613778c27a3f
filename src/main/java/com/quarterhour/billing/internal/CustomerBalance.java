package com.quarterhour.billing.internal;

import com.quarterhour.billing.pricing.Balances;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A customer's credit (money of bought credit bundles) and prepaid minutes left. */
@Entity
@Table(name = "customer_balance")
public class CustomerBalance {

    @Id
    private Long customerId;
    private BigDecimal credit = BigDecimal.ZERO;
    private int prepaidMinutes;
    @Version
    private long version;

    protected CustomerBalance() {
    }

    CustomerBalance(long customerId) {
        this.customerId = customerId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Balances balances() {
        return new Balances(credit, prepaidMinutes);
    }

    /** Moves the balance by what an invoice changed: from its opening to its closing balances (or back). */
    void apply(Balances from, Balances to) {
        BigDecimal newCredit = credit.add(to.credit()).subtract(from.credit());
        int newMinutes = prepaidMinutes + to.prepaidMinutes() - from.prepaidMinutes();
        if (newCredit.signum() < 0 || newMinutes < 0) {
            throw new IllegalStateException("Balance of customer " + customerId + " would become negative: credit "
                    + newCredit + ", prepaid minutes " + newMinutes);
        }
        this.credit = newCredit;
        this.prepaidMinutes = newMinutes;
    }
}

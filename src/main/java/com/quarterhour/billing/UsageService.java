package com.quarterhour.billing;

import com.quarterhour.shared.Periods;
import com.quarterhour.billing.internal.UsageCalculator;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.shared.DomainException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** GET /api/customers/{id}/usage?period=: hours used and left, balances, and a cheaper plan if there is one. */
@Service
@Transactional(readOnly = true)
public class UsageService {

    private final CustomerService customers;
    private final UsageCalculator calculator;
    private final Clock clock;
    private final ZoneId companyZone;

    UsageService(CustomerService customers, UsageCalculator calculator, Clock clock,
            @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.customers = customers;
        this.calculator = calculator;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    /** The period defaults to the current month; a future month is refused. */
    public UsageView usage(long customerId, String period) {
        CustomerView customer = customers.get(customerId);
        YearMonth current = YearMonth.now(clock.withZone(companyZone));
        YearMonth month = Periods.optional(period).orElse(current);
        if (month.isAfter(current)) {
            throw DomainException.invalid("period " + month + " is in the future");
        }
        return calculator.usage(customer, month, current.minusMonths(1));
    }
}

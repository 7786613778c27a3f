package com.quarterhour.support;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.NewCustomer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/** Fresh London customers (GBP, 20% VAT, demo manager) for tests, on a plan or without one. */
public record TestCustomers(CustomerService customers) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** On the plan since the first of the engine clock's month. */
    public long onPlan(String plan) {
        return onPlan(plan, LocalDate.ofInstant(ClockUtil.now().toInstant(), LONDON).withDayOfMonth(1));
    }

    public long onPlan(String plan, LocalDate start) {
        long id = withoutPlan();
        customers.subscribe(id, plan, start);
        return id;
    }

    public long withoutPlan() {
        return customers.create(new NewCustomer("Test customer " + System.nanoTime(), "GBP", "Europe/London", "GB",
                new BigDecimal("0.20"), "manager", null)).id();
    }
}

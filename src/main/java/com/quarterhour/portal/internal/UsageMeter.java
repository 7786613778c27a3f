package com.quarterhour.portal.internal;

import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.catalog.PriceTerms;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.engagement.CapturedTimeQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures this month's captured time against the included hours of the customer's active plan. The month is the
 * company's (as for usage and billing). Plans without included hours (pay as you go, per use, credits, per incident,
 * per minute, dedicated seat) have nothing to measure.
 */
@Component
@Transactional(readOnly = true)
public class UsageMeter {

    private final CustomerService customers;
    private final PlanCatalog plans;
    private final CapturedTimeQuery capturedTime;
    private final Clock clock;
    private final ZoneId companyZone;

    UsageMeter(CustomerService customers, PlanCatalog plans, CapturedTimeQuery capturedTime, Clock clock,
            @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.customers = customers;
        this.plans = plans;
        this.capturedTime = capturedTime;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    /** The month's use with the plan that includes the hours. */
    public record MeteredMonth(CustomerView customer, String planCode, String planName, BigDecimal overageHourlyRate,
            AllowanceUse use) {
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(companyZone));
    }

    public Optional<MeteredMonth> thisMonth(long customerId) {
        CustomerView customer = customers.get(customerId);
        Optional<Plan> plan = customer.activePlanCode().flatMap(plans::find);
        YearMonth month = currentMonth();
        // the hours of the price list that prices this month, in the customer's currency
        Optional<PriceTerms> prices = plan.flatMap(p -> plans.pricesInForce(p.code(), customer.currency(),
                month.atDay(1))).filter(terms -> terms.includedMinutes() > 0);
        if (prices.isEmpty()) {
            return Optional.empty();
        }
        Plan p = plan.get();
        AllowanceUse use = AllowanceUse.ofBillable(month, prices.get().includedMinutes(), p.billingIncrementMinutes(),
                capturedTime.billableEntriesByLength(customerId, month.atDay(1), month.atEndOfMonth()));
        return Optional.of(new MeteredMonth(customer, p.code(), p.name(), prices.get().overageHourlyRate(), use));
    }
}

package com.quarterhour.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.billing.BillingRunService;
import com.quarterhour.billing.BillingRunView;
import com.quarterhour.billing.InvoiceService.InvoiceFilter;
import com.quarterhour.billing.InvoiceService;
import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.billing.InvoiceView;
import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.support.QuarterhourTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's month of work makes a meaningful run: every plan's customer billed, the large invoice reviewed. */
@QuarterhourTest
class DemoBillingHistoryTest {

    @Autowired DemoBillingHistory history;
    @Autowired CustomerService customers;
    @Autowired PlanCatalog plans;
    @Autowired BillingRunService runs;
    @Autowired InvoiceService invoices;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRunOfTheDemoMonthBillsEveryPlan() {
        YearMonth month = YearMonth.of(2016, 3);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2016-02-20T10:00:00Z")));
        Map<String, CustomerView> byPlan = new LinkedHashMap<>();
        for (Plan plan : plans.all()) {
            if (Plan.STANDARD.equals(plan.code()) || "PER-MINUTE".equals(plan.code()) || plan.retired()
                    || plans.pricesInForce(plan.code(), Currency.getInstance(DemoData.demoCurrency(plan)),
                            month.atDay(1)).isEmpty()) {
                continue; // the default catalogue's plans; other tests may add plans in other currencies
            }
            boolean usd = "USD".equals(DemoData.demoCurrency(plan));
            CustomerView c = customers.create(new NewCustomer("History " + plan.code(), DemoData.demoCurrency(plan),
                    usd ? "America/New_York" : "Europe/London", usd ? "US" : "GB",
                    usd ? BigDecimal.ZERO : new BigDecimal("0.20"), "manager", null));
            customers.subscribe(c.id(), plan.code(), month.atDay(1));
            byPlan.put(plan.code(), c);
        }
        CustomerView walkIn = customers.create(new NewCustomer("History walk-in", "GBP", "Europe/London", "GB",
                new BigDecimal("0.20"), "manager", null));
        // as the demo's customer billed in euros
        CustomerView euro = customers.create(new NewCustomer("History brasserie", "EUR", "Europe/Paris", "FR",
                new BigDecimal("0.20"), "manager", null));
        long euroSubscription = customers.subscribe(euro.id(), "SHARED-247", month.atDay(1)).id();

        // in one transaction, as the demo data creates it at start-up: each step must see what the earlier ones wrote
        new TransactionTemplate(transactions).executeWithoutResult(status -> history.create(month, byPlan, walkIn));
        for (CustomerView c : byPlan.values()) {
            customers.cancel(c.id(), customers.subscriptions(c.id()).get(0).id(), month.atEndOfMonth());
        }
        customers.cancel(euro.id(), euroSubscription, month.atEndOfMonth());

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2016-04-01T08:00:00Z")));
        BillingRunService.Started started = runs.start(month.toString(), "manager");
        for (int round = 0; round < 5; round++) {
            for (Job job : management.createJobQuery().processInstanceId(started.processInstanceId()).list()) {
                management.executeJob(job.getId());
            }
        }
        BillingRunView run = runs.get(started.id());
        assertThat(run.customers()).extracting(BillingRunView.CustomerOutcome::customerId)
                .as("everyone but CREDIT-40, which has neither a fee nor work")
                .hasSize(byPlan.size() + 1).doesNotContain(byPlan.get("CREDIT-40").id())
                .contains(walkIn.id(), euro.id());
        assertThat(run.counts().inReview()).as("BPS-100: £4,000 + VAT is above the £4,000 threshold").isEqualTo(1);
        assertThat(run.counts().issued()).isEqualTo(byPlan.size());
        InvoiceView euroInvoice = invoicesOf(euro.id(), month.toString()).get(0);
        assertThat(euroInvoice.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(euroInvoice.total()).as("the SHARED-247 fee in euros, €1,035.00, + 20 % VAT")
                .isEqualByComparingTo("1242.00");

        InvoiceView managed = invoicesOf(byPlan.get("MANAGED-WORKPLACE").id(), month.toString()).get(0);
        assertThat(managed.total()).as("4 h, 3 included, 1 h at the P4 per-use rate").isEqualByComparingTo("80.00");
        List<InvoiceView> credit = invoicesOf(byPlan.get("CREDIT-12").id(), month.toString());
        assertThat(credit).extracting(InvoiceView::total).map(BigDecimal::toPlainString)
                .containsExactly("720.00", "0.00");
        InvoiceView walkInInvoice = invoicesOf(walkIn.id(), month.toString()).get(0);
        assertThat(walkInInvoice.planCode()).isEqualTo("STANDARD");
        assertThat(walkInInvoice.total()).as("1 h at £75 + 20 % VAT").isEqualByComparingTo("90.00");
    }

    /** The customer's invoices for the period, in every status, oldest first. */
    private List<InvoiceView> invoicesOf(long customer, String period) {
        return invoices.list(new InvoiceFilter(customer, period, EnumSet.allOf(InvoiceStatus.class)), PageRequest.of(0, 100))
                .getContent();
    }
}

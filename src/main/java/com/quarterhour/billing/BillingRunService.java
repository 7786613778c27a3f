package com.quarterhour.billing;

import com.quarterhour.billing.BillingRunView.Counts;
import com.quarterhour.billing.BillingRunView.CustomerOutcome;
import com.quarterhour.billing.BillingRunView.InvoiceSummary;
import com.quarterhour.billing.internal.BillingProcess;
import com.quarterhour.billing.internal.BillingRun;
import com.quarterhour.billing.internal.BillingRunCustomer.Outcome;
import com.quarterhour.billing.internal.BillingRunCustomer;
import com.quarterhour.billing.internal.BillingRunCustomerRepository;
import com.quarterhour.billing.internal.BillingRunRepository;
import com.quarterhour.billing.internal.InvoiceRepository;
import com.quarterhour.billing.internal.MonthEndBilling;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.shared.DomainException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Billing runs through the API: start one for a past period, follow it. */
@Service
@Transactional
public class BillingRunService {

    private final MonthEndBilling billing;
    private final BillingRunRepository runs;
    private final BillingRunCustomerRepository runCustomers;
    private final InvoiceRepository invoices;
    private final CustomerService customers;
    private final RuntimeService runtime;
    private final ManagementService management;

    BillingRunService(MonthEndBilling billing, BillingRunRepository runs, BillingRunCustomerRepository runCustomers,
            InvoiceRepository invoices, CustomerService customers, RuntimeService runtime, ManagementService management) {
        this.billing = billing;
        this.runs = runs;
        this.runCustomers = runCustomers;
        this.invoices = invoices;
        this.customers = customers;
        this.runtime = runtime;
        this.management = management;
    }

    public record Started(long id, String processInstanceId) {
    }

    /**
     * Opens a run for a past period and starts month-end-billing by its message; the customers are billed in the
     * background (the process continues asynchronously). Re-running a period is allowed and bills nobody twice:
     * once its last run has completed, or has stopped on a failed job (409 while it runs).
     */
    public Started start(String period, String actor) {
        YearMonth month = billing.requirePast(period);
        BillingRun run = billing.open(month, actor, this::stoppedOnFailedJob);
        String processInstanceId = runtime.createMessageCorrelation(BillingProcess.RUN_REQUESTED)
                .processInstanceBusinessKey(BillingProcess.businessKey(run.getId()))
                .setVariable(BillingProcess.RUN_ID, run.getId())
                .setVariable(BillingProcess.PERIOD, month.toString())
                .correlateStartMessage()
                .getId();
        billing.startedAs(run.getId(), processInstanceId);
        return new Started(run.getId(), processInstanceId);
    }

    @Transactional(readOnly = true)
    public BillingRunView get(long id) {
        BillingRun run = runs.findById(id).orElseThrow(() -> DomainException.notFound("Billing run " + id + " does not exist"));
        List<BillingRunCustomer> selected = runCustomers.findByIdBillingRunIdOrderByIdCustomerIdAsc(id);
        Map<Outcome, Long> outcomes = selected.stream()
                .collect(Collectors.groupingBy(BillingRunCustomer::getOutcome, Collectors.counting()));
        int issued = count(outcomes, Outcome.ISSUED);
        int rejected = count(outcomes, Outcome.REJECTED);
        int inReview = count(outcomes, Outcome.IN_REVIEW);
        int drafted = issued + rejected + inReview + count(outcomes, Outcome.DRAFTED);
        int skipped = count(outcomes, Outcome.ALREADY_BILLED) + count(outcomes, Outcome.NOTHING_TO_BILL);
        Counts counts = new Counts(selected.size(), drafted, inReview, issued, rejected, skipped,
                count(outcomes, Outcome.SELECTED));
        List<InvoiceSummary> drafts = invoices.findByBillingRunIdOrderByIdAsc(id).stream()
                .map(i -> new InvoiceSummary(i.getId(), i.getNumber(), i.getCustomerId(),
                        customers.find(i.getCustomerId()).map(CustomerView::name).orElse(null), i.getStatus(),
                        i.getCurrency(), i.getTotal(), i.isReviewRequired()))
                .toList();
        return new BillingRunView(run.getId(), run.getPeriod().toString(), run.getStatus().name(), run.getStartedBy(),
                run.getStartedAt(), run.getFinishedAt(), run.getProcessInstanceId(), counts,
                selected.stream().map(c -> new CustomerOutcome(c.getCustomerId(), c.getOutcome().name(),
                        c.getInvoiceId())).toList(),
                drafts);
    }

    private boolean stoppedOnFailedJob(BillingRun run) {
        return run.getProcessInstanceId() != null
                && management.createJobQuery().processInstanceId(run.getProcessInstanceId()).withException().count() > 0;
    }

    private static int count(Map<Outcome, Long> outcomes, Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0L).intValue();
    }
}

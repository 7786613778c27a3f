package com.quarterhour.billing.internal;

import com.quarterhour.shared.Periods;
import com.quarterhour.billing.InvoiceKind;
import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.billing.internal.BillingBasis.Basis;
import com.quarterhour.billing.internal.BillingRunCustomer.Outcome;
import com.quarterhour.billing.pricing.Balances;
import com.quarterhour.billing.pricing.PricedInvoice;
import com.quarterhour.billing.pricing.Pricing;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.engagement.CompletedWork;
import com.quarterhour.shared.DomainException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of each step of month-end-billing; one delegate per service task calls one method here. Every step is
 * idempotent: a re-run, a retried job or a second run of the same period finds what is already there and bills
 * nobody twice (and the unique keys of invoice and invoice_line stop whatever slips through).
 */
@Service
@Transactional
public class MonthEndBilling {

    /** Who opens the runs the timer starts. */
    public static final String SCHEDULE = "schedule";

    private final BillingRunRepository runs;
    private final BillingRunCustomerRepository runCustomers;
    private final InvoiceRepository invoices;
    private final BillingBasis basis;
    private final BalanceLedger ledger;
    private final InvoiceNumbers numbers;
    private final BillingProperties properties;
    private final CustomerService customers;
    private final Clock clock;

    MonthEndBilling(BillingRunRepository runs, BillingRunCustomerRepository runCustomers, InvoiceRepository invoices,
            BillingBasis basis, BalanceLedger ledger, InvoiceNumbers numbers, BillingProperties properties,
            CustomerService customers, Clock clock) {
        this.runs = runs;
        this.runCustomers = runCustomers;
        this.invoices = invoices;
        this.basis = basis;
        this.ledger = ledger;
        this.numbers = numbers;
        this.properties = properties;
        this.customers = customers;
        this.clock = clock;
    }

    /** The month that has just ended in the company's time zone: what the schedule bills on the 1st at 01:00. */
    @Transactional(readOnly = true)
    public YearMonth lastMonth() {
        return YearMonth.now(clock.withZone(basis.companyZone())).minusMonths(1);
    }

    /** A period may be billed once it is over in the company's time zone. */
    public YearMonth requirePast(String period) {
        YearMonth month = Periods.parse(period);
        YearMonth current = YearMonth.now(clock.withZone(basis.companyZone()));
        if (!month.isBefore(current)) {
            throw DomainException.invalid("period " + month + " is not over yet (it is " + current
                    + " in " + basis.companyZone() + "); only past periods can be billed");
        }
        return month;
    }

    public BillingRun open(YearMonth period, String startedBy) {
        return runs.save(new BillingRun(period, startedBy, clock.instant()));
    }

    public void startedAs(long runId, String processInstanceId) {
        run(runId).startedAs(processInstanceId);
    }

    /** Records the customers with activity in the run's period; the multi-instance bills each of them. */
    public List<Long> selectCustomers(long runId) {
        BillingRun run = run(runId);
        List<BillingRunCustomer> selected = runCustomers.findByIdBillingRunIdOrderByIdCustomerIdAsc(runId);
        if (selected.isEmpty()) {
            selected = basis.customersWithActivity(run.getPeriod()).stream()
                    .map(customerId -> runCustomers.save(new BillingRunCustomer(runId, customerId)))
                    .toList();
        }
        run.selected(selected.size());
        return selected.stream().map(BillingRunCustomer::getCustomerId).toList();
    }

    @Transactional(readOnly = true)
    public List<Long> selectedCustomers(long runId) {
        return runCustomers.findByIdBillingRunIdOrderByIdCustomerIdAsc(runId).stream()
                .map(BillingRunCustomer::getCustomerId).toList();
    }

    /** What drafting did for one customer; {@code invoiceId} is null when there was nothing (more) to bill. */
    public record Draft(Long invoiceId, boolean reviewNeeded, String customerName, String total, int lines) {
    }

    /**
     * Prices the customer's period and saves it as a DRAFT invoice, moving the customer's balances. A customer who
     * already has a live monthly invoice for the period is skipped.
     */
    public Draft draft(long runId, long customerId) {
        BillingRun run = run(runId);
        YearMonth period = run.getPeriod();
        BillingRunCustomer record = runCustomer(runId, customerId);
        CustomerView customer = customers.get(customerId);
        var existing = invoices.findByMonthlyKey(Invoice.monthlyKey(customerId, period));
        if (existing.isPresent()) {
            record.became(Outcome.ALREADY_BILLED, existing.get().getId());
            return new Draft(null, false, customer.name(), null, 0);
        }
        Basis terms = basis.basis(customer, period);
        List<CompletedWork> work = basis.workOf(customerId, period);
        Set<Long> billed = basis.billedAmong(work);
        boolean unbilledWork = work.stream().flatMap(w -> w.timeEntries().stream()).anyMatch(e -> !billed.contains(e.id()));
        if (terms.terms().monthlyFee() == null && !unbilledWork) {
            record.became(Outcome.NOTHING_TO_BILL, null);
            return new Draft(null, false, customer.name(), null, 0);
        }
        Balances opening = ledger.of(customerId);
        PricedInvoice priced;
        try {
            priced = Pricing.priceMonth(basis.request(terms, period, opening, work, billed));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Cannot price " + period + " for customer " + customerId + " ("
                    + customer.name() + "): " + e.getMessage(), e);
        }
        boolean review = properties.needsReview(priced.currency(), priced.total());
        Invoice invoice = invoices.saveAndFlush(new Invoice(customerId, period, InvoiceKind.MONTHLY,
                terms.plan().code(), customer.vatRate(), opening, priced, runId, review, clock.instant()));
        ledger.apply(customerId, opening, priced.closing());
        record.became(review ? Outcome.IN_REVIEW : Outcome.DRAFTED, invoice.getId());
        return new Draft(invoice.getId(), review, customer.name(), format(priced.total(), priced.currency()),
                priced.lines().size());
    }

    /** A manager's decision on a draft above the threshold: approved drafts are issued next, rejected ones voided. */
    public void review(long runId, long invoiceId, boolean approved, String comment, String manager) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("comment is required: say why the invoice is approved or rejected");
        }
        if (text.length() > 2000) {
            throw DomainException.invalid("comment must be at most 2000 characters");
        }
        Invoice invoice = invoice(invoiceId);
        invoice.reviewed(manager, text, clock.instant());
        if (!approved) {
            invoice.voidDraft(clock.instant());
            ledger.apply(invoice.getCustomerId(), invoice.closing(), invoice.opening());
            runCustomer(runId, invoice.getCustomerId()).became(Outcome.REJECTED, invoiceId);
        }
    }

    /** Gives the draft the next number of the year (company time zone) and issues it. */
    public String issue(long runId, long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        if (invoice.getStatus() == InvoiceStatus.ISSUED) {
            return invoice.getNumber();
        }
        issue(invoice);
        runCustomer(runId, invoice.getCustomerId()).became(Outcome.ISSUED, invoiceId);
        return invoice.getNumber();
    }

    void issue(Invoice invoice) {
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, basis.companyZone()).getYear();
        invoice.issue(year, numbers.next(year), now);
    }

    /** Counts what became of the run's customers and closes it. */
    public void close(long runId) {
        BillingRun run = run(runId);
        Map<Outcome, Long> outcomes = runCustomers.findByIdBillingRunIdOrderByIdCustomerIdAsc(runId).stream()
                .collect(Collectors.groupingBy(BillingRunCustomer::getOutcome, Collectors.counting()));
        int issued = outcomes.getOrDefault(Outcome.ISSUED, 0L).intValue();
        int rejected = outcomes.getOrDefault(Outcome.REJECTED, 0L).intValue();
        int skipped = outcomes.getOrDefault(Outcome.ALREADY_BILLED, 0L).intValue()
                + outcomes.getOrDefault(Outcome.NOTHING_TO_BILL, 0L).intValue();
        if (run.getStatus() == BillingRun.Status.RUNNING) {
            run.finish(issued + rejected, skipped, issued, rejected, clock.instant());
        }
    }

    private BillingRun run(long runId) {
        return runs.findById(runId).orElseThrow(() -> DomainException.notFound("Billing run " + runId + " does not exist"));
    }

    private BillingRunCustomer runCustomer(long runId, long customerId) {
        return runCustomers.findById(new BillingRunCustomer.Key(runId, customerId))
                .orElseGet(() -> runCustomers.save(new BillingRunCustomer(runId, customerId)));
    }

    private Invoice invoice(long invoiceId) {
        return invoices.findById(invoiceId)
                .orElseThrow(() -> DomainException.notFound("Invoice " + invoiceId + " does not exist"));
    }

    static String format(BigDecimal amount, java.util.Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount);
    }
}

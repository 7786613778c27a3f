package com.quarterhour.billing.internal;

import com.quarterhour.shared.Periods;
import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.billing.InvoiceView.BillTo;
import com.quarterhour.billing.einvoice.SellerProperties;
import com.quarterhour.billing.internal.BillingBasis.Basis;
import com.quarterhour.billing.internal.BillingRunCustomer.Outcome;
import com.quarterhour.billing.pricing.Balances;
import com.quarterhour.billing.pricing.PricedInvoice;
import com.quarterhour.billing.pricing.Pricing;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.customer.CustomerWithSubscriptions;
import com.quarterhour.engagement.CompletedWork;
import com.quarterhour.engagement.CompletedWorkQuery;
import com.quarterhour.engagement.EngagementDetails.TimeEntryView;
import com.quarterhour.shared.DomainException;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private static final Logger log = LoggerFactory.getLogger(MonthEndBilling.class);

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
    private final CompletedWorkQuery completedWork;
    private final BulkBillingReads bulk;
    private final InvoiceLineWriter lineWriter;
    private final ServiceCreditProposalRepository serviceCredits;
    private final JdbcTemplate jdbc;
    private final LateCredits lateCredits;
    private final SellerProperties seller;
    private final Clock clock;

    MonthEndBilling(BillingRunRepository runs, BillingRunCustomerRepository runCustomers, InvoiceRepository invoices,
            BillingBasis basis, BalanceLedger ledger, InvoiceNumbers numbers, BillingProperties properties,
            CustomerService customers, CompletedWorkQuery completedWork, BulkBillingReads bulk,
            InvoiceLineWriter lineWriter, ServiceCreditProposalRepository serviceCredits, JdbcTemplate jdbc,
            LateCredits lateCredits, SellerProperties seller, Clock clock) {
        this.lateCredits = lateCredits;
        this.seller = seller;
        this.runs = runs;
        this.runCustomers = runCustomers;
        this.invoices = invoices;
        this.basis = basis;
        this.ledger = ledger;
        this.numbers = numbers;
        this.properties = properties;
        this.customers = customers;
        this.completedWork = completedWork;
        this.bulk = bulk;
        this.lineWriter = lineWriter;
        this.serviceCredits = serviceCredits;
        this.jdbc = jdbc;
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
        return open(period, startedBy, running -> false);
    }

    /**
     * A new running run of the period; 409 while another run of it is running, unless {@code stalled} says that run
     * has stopped on a failed job: then the new run (a re-run once the data is corrected) takes its place, and the
     * stalled one still completes when its job is retried. The unique running_period decides between parallel
     * starts, on one node or several: the loser waits for the winner's insert and is refused.
     */
    public BillingRun open(YearMonth period, String startedBy, Predicate<BillingRun> stalled) {
        runs.findByRunningPeriod(period.toString()).ifPresent(running -> {
            if (!stalled.test(running)) {
                throw alreadyRunning(period, running.getId());
            }
            running.supersede();
        });
        try {
            runs.flush(); // a superseded run gives up the period before the insert (Hibernate inserts before updating)
            return runs.saveAndFlush(new BillingRun(period, startedBy, clock.instant()));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            throw alreadyRunning(period, null);
        }
    }

    private static DomainException alreadyRunning(YearMonth period, Long runId) {
        return DomainException.conflict("A billing run of " + period + " is already running"
                + (runId == null ? "" : " (run " + runId + ", see /api/billing/runs/" + runId + ")")
                + "; start another once it has completed");
    }

    public void startedAs(long runId, String processInstanceId) {
        run(runId).startedAs(processInstanceId);
    }

    /**
     * Records the customers with activity in the run's period (once: a retried job finds them recorded) and returns
     * how many there are. The rows are written in JDBC batches, not one JPA save (and select) each.
     */
    public int selectCustomers(long runId) {
        BillingRun run = run(runId);
        long recorded = runCustomers.countByIdBillingRunId(runId);
        if (recorded == 0) {
            List<Long> ids = basis.customersWithActivity(run.getPeriod());
            jdbc.batchUpdate("insert into billing_run_customer (billing_run_id, customer_id, outcome) values (?, ?, ?)",
                    ids.stream().map(id -> new Object[] {runId, id, Outcome.SELECTED.name()}).toList());
            recorded = ids.size();
        }
        run.selected((int) recorded);
        // the year's counter row exists before the first batch issues, so that no batch races another run (or a
        // purchase) to insert it, fails on its primary key and waits ten minutes for its retry
        numbers.prepare(LocalDate.ofInstant(clock.instant(), basis.companyZone()).getYear());
        return (int) recorded;
    }

    /** The batches of "Price, draft and issue in bulk": 0 to n - 1, each a page of the run's customers by id. */
    @Transactional(readOnly = true)
    public List<Integer> batches(long runId) {
        long customers = runCustomers.countByIdBillingRunId(runId);
        int size = properties.batchSize();
        return IntStream.range(0, (int) ((customers + size - 1) / size)).boxed().toList();
    }

    /**
     * The customers that bulk billing left for "Bill customer" one by one: those waiting for a review of their draft,
     * and those it could not price (left SELECTED; billed on their own, their failure becomes their own incident).
     */
    @Transactional(readOnly = true)
    public List<Long> customersLeftOpen(long runId) {
        return runCustomers.customersWith(runId, List.of(Outcome.SELECTED, Outcome.DRAFTED, Outcome.IN_REVIEW));
    }

    /** What drafting did for one customer; {@code invoiceId} is null when there was nothing (more) to bill. */
    public record Draft(Long invoiceId, boolean reviewNeeded, String customerName, String total, int lines) {
    }

    /** What bulk billing did with one batch. */
    public record Batch(int customers, int issued, int inReview, int skipped, int leftForOneByOne) {
    }

    /**
     * Prices, drafts and issues one batch of the run's customers in one transaction, with a handful of set-based
     * reads and batched writes. The rules are those of {@link #draft} and {@link #issue(long, long)}, applied per
     * customer: customers already handled (by an earlier try of this batch) are left alone, customers with a live
     * monthly invoice are skipped, drafts above the review threshold wait for review (one by one, in "Bill
     * customer"), the rest are issued with consecutive numbers taken under one lock at the end. A customer whose
     * pricing fails is left SELECTED for "Bill customer", where the same failure becomes that customer's incident.
     */
    public Batch draftBatch(long runId, int batch) {
        long started = System.nanoTime();
        BillingRun run = run(runId);
        YearMonth period = run.getPeriod();
        List<BillingRunCustomer> page = runCustomers.findByIdBillingRunId(runId,
                PageRequest.of(batch, properties.batchSize(), Sort.by("id.customerId")));
        List<BillingRunCustomer> todo = page.stream().filter(c -> c.getOutcome() == Outcome.SELECTED).toList();
        List<Long> ids = todo.stream().map(BillingRunCustomer::getCustomerId).toList();
        Map<String, Invoice> existing = invoices.findByMonthlyKeyIn(ids.stream()
                .map(id -> Invoice.monthlyKey(id, period)).toList()).stream()
                .collect(Collectors.toMap(i -> Invoice.monthlyKey(i.getCustomerId(), period), i -> i));
        Map<Long, CustomerWithSubscriptions> customersById = customers.withSubscriptions(ids);
        Map<Long, List<CompletedWork>> work = stillCompleted(completedWork.withTimeCompletedBetween(ids,
                basis.windowStart(period), basis.windowEnd(period)));
        Set<Long> billedEntries = bulk.billedAmong(work.values().stream().flatMap(List::stream)
                .flatMap(w -> w.timeEntries().stream()).map(TimeEntryView::id).toList());
        Map<Long, Balances> balances = ledger.of(ids);
        Map<Long, List<ServiceCreditProposal>> credits = ids.isEmpty() ? Map.of()
                : serviceCredits.toInvoice(ids, basis.windowEnd(period)).stream()
                        .collect(Collectors.groupingBy(ServiceCreditProposal::getCustomerId));
        long read = System.nanoTime();

        List<Priced> priced = new ArrayList<>();
        int skipped = 0;
        int left = 0;
        for (BillingRunCustomer record : todo) {
            long customerId = record.getCustomerId();
            Invoice live = existing.get(Invoice.monthlyKey(customerId, period));
            if (live != null) {
                record.became(Outcome.ALREADY_BILLED, live.getId());
                skipped++;
                continue;
            }
            CustomerWithSubscriptions customer = customersById.get(customerId);
            if (customer == null) {
                left++;
                continue;
            }
            Priced one;
            try {
                List<CompletedWork> belonging = basis.belongingTo(period, work.getOrDefault(customerId, List.of()));
                one = price(period, customer.customer(),
                        basis.basis(customer.customer(), customer.subscriptions(), period), belonging,
                        billedEntries, balances.getOrDefault(customerId, Balances.NONE),
                        credits.getOrDefault(customerId, List.of()));
            } catch (DataAccessException | PersistenceException e) {
                throw e;
            } catch (RuntimeException e) {
                // "Bill customer" prices this customer on its own, where the failure becomes the customer's incident
                log.warn("Billing run {}: customer {} is billed on its own: {}", runId, customerId, e.getMessage());
                left++;
                continue;
            }
            if (one == null) {
                record.became(Outcome.NOTHING_TO_BILL, null);
                skipped++;
            } else {
                priced.add(one);
            }
        }

        long pricedAt = System.nanoTime();
        Map<Long, BillingRunCustomer> records = todo.stream()
                .collect(Collectors.toMap(BillingRunCustomer::getCustomerId, c -> c));
        Map<Invoice, CustomerView> toIssue = new LinkedHashMap<>();
        List<InvoiceLineWriter.Lines> lines = new ArrayList<>();
        int inReview = 0;
        for (Priced one : priced) {
            Invoice invoice = invoices.save(one.draft(runId, period, clock.instant()));
            lines.add(new InvoiceLineWriter.Lines(invoice.getId(), one.invoice().lines()));
            one.credited().forEach(credit -> credit.invoicedOn(invoice.getId()));
            ledger.apply(one.customer().id(), one.opening(), one.invoice().closing());
            if (one.review()) {
                records.get(one.customer().id()).became(Outcome.IN_REVIEW, invoice.getId());
                inReview++;
            } else {
                toIssue.put(invoice, one.customer());
            }
        }
        lineWriter.writeAll(lines);
        if (!toIssue.isEmpty()) {
            // the lock on the year's counter is taken last and held only until this batch commits
            Instant now = clock.instant();
            int year = LocalDate.ofInstant(now, basis.companyZone()).getYear();
            int number = numbers.reserve(year, toIssue.size());
            IssueTerms terms = IssueTerms.of(seller, now, basis.companyZone());
            for (Map.Entry<Invoice, CustomerView> issued : toIssue.entrySet()) {
                Invoice invoice = issued.getKey();
                invoice.issue(year, number++, now, terms, BillTo.of(issued.getValue()));
                records.get(invoice.getCustomerId()).became(Outcome.ISSUED, invoice.getId());
            }
        }
        Batch result = new Batch(page.size(), toIssue.size(), inReview, skipped, left);
        if (log.isDebugEnabled()) {
            // the transaction's commit (flush of the updates) comes after this line
            log.debug("Billing run {}, batch {}: {}, {} lines; reads {} ms, pricing {} ms, writes {} ms", runId, batch,
                    result, lines.stream().mapToInt(l -> l.lines().size()).sum(), (read - started) / 1_000_000,
                    (pricedAt - read) / 1_000_000, (System.nanoTime() - pricedAt) / 1_000_000);
        }
        return result;
    }

    /**
     * Prices the customer's period and saves it as a DRAFT invoice, moving the customer's balances. A customer who
     * already has a live monthly invoice for the period is skipped, unless this run drafted it (then the draft is
     * picked up where bulk billing left it: waiting for review, or to be issued).
     */
    public Draft draft(long runId, long customerId) {
        BillingRun run = run(runId);
        YearMonth period = run.getPeriod();
        BillingRunCustomer record = runCustomer(runId, customerId);
        CustomerView customer = customers.get(customerId);
        var existing = invoices.findByMonthlyKey(Invoice.monthlyKey(customerId, period));
        if (existing.isPresent()) {
            Invoice live = existing.get();
            if (live.getBillingRunId() != null && live.getBillingRunId() == runId) {
                return new Draft(live.getId(), live.getStatus() == InvoiceStatus.DRAFT && live.isReviewRequired(),
                        customer.name(), format(live.getTotal(), live.getCurrency()), live.getLines().size());
            }
            record.became(Outcome.ALREADY_BILLED, live.getId());
            return new Draft(null, false, customer.name(), null, 0);
        }
        List<CompletedWork> work = stillCompleted(Map.of(customerId, basis.workOf(customerId, period)))
                .getOrDefault(customerId, List.of());
        Priced priced = price(period, customer, basis.basis(customer, period), work, basis.billedAmong(work),
                ledger.of(customerId), serviceCredits.toInvoice(List.of(customerId), basis.windowEnd(period)));
        if (priced == null) {
            record.became(Outcome.NOTHING_TO_BILL, null);
            return new Draft(null, false, customer.name(), null, 0);
        }
        Invoice invoice = invoices.save(priced.draft(runId, period, clock.instant()));
        lineWriter.write(invoice.getId(), priced.invoice().lines());
        priced.credited().forEach(credit -> credit.invoicedOn(invoice.getId()));
        ledger.apply(customerId, priced.opening(), priced.invoice().closing());
        record.became(priced.review() ? Outcome.IN_REVIEW : Outcome.DRAFTED, invoice.getId());
        return new Draft(invoice.getId(), priced.review(), customer.name(),
                format(priced.invoice().total(), priced.invoice().currency()), priced.invoice().lines().size());
    }

    /**
     * The work read, by customer, less the requests reopened since it was read; the rows of the rest stay locked
     * until the invoices commit (one statement for all of them). A customer's reply reopens a request under the same
     * lock, after checking that no invoice bills it: so either the reply waits for this commit and is refused, or
     * this waits for the reply's and leaves the reopened request, and its time, for a run after it is completed again.
     */
    private Map<Long, List<CompletedWork>> stillCompleted(Map<Long, List<CompletedWork>> work) {
        Set<Long> completed = completedWork.lockStillCompleted(work.values().stream().flatMap(List::stream).toList());
        Map<Long, List<CompletedWork>> still = new HashMap<>();
        work.forEach((customerId, works) -> still.put(customerId,
                works.stream().filter(w -> completed.contains(w.engagementId())).toList()));
        return still;
    }

    /** One customer's month, priced and not stored yet, with the service credits it deducts. */
    private record Priced(CustomerView customer, String planCode, Balances opening, PricedInvoice invoice,
            boolean review, List<ServiceCreditProposal> credited) {

        Invoice draft(long runId, YearMonth period, Instant now) {
            return Invoice.monthlyDraft(customer.id(), period, planCode, customer.vatRate(), opening, invoice, runId,
                    review, now);
        }
    }

    /**
     * The pricing of one customer's period from what was read for it, or null when there is nothing to bill (no fee
     * and no unbilled work). Approved service credits are deducted only under a monthly fee (they are a share of it);
     * without one they wait for an invoice that has one. Writes nothing.
     */
    private Priced price(YearMonth period, CustomerView customer, Basis terms, List<CompletedWork> work,
            Set<Long> billed, Balances opening, List<ServiceCreditProposal> approvedCredits) {
        boolean unbilledWork = work.stream().flatMap(w -> w.timeEntries().stream()).anyMatch(e -> !billed.contains(e.id()));
        if (terms.terms().monthlyFee() == null && !unbilledWork) {
            return null;
        }
        List<ServiceCreditProposal> credited = terms.terms().monthlyFee() == null ? List.of() : approvedCredits;
        PricedInvoice priced;
        try {
            priced = Pricing.priceMonth(basis.request(terms, period, opening, work, billed,
                    credited.stream().map(ServiceCreditProposal::toPricing).toList()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Cannot price " + period + " for customer " + customer.id() + " ("
                    + customer.name() + "): " + e.getMessage(), e);
        }
        return new Priced(customer, terms.plan().code(), opening, priced,
                properties.needsReview(priced.currency(), priced.total()), credited);
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
            serviceCredits.findByInvoiceId(invoiceId).forEach(ServiceCreditProposal::released);
            ledger.apply(invoice.getCustomerId(), invoice.closing(), invoice.opening());
            runCustomer(runId, invoice.getCustomerId()).became(Outcome.REJECTED, invoiceId);
        }
    }

    /** Gives the draft the next number of the year (company time zone) and issues it. */
    public String issue(long runId, long invoiceId) {
        Invoice invoice = invoice(invoiceId);
        if (invoice.getNumber() != null) { // a repeated step after a payment or a credit note too
            return invoice.getNumber();
        }
        issue(invoice);
        runCustomer(runId, invoice.getCustomerId()).became(Outcome.ISSUED, invoiceId);
        return invoice.getNumber();
    }

    void issue(Invoice invoice) {
        issue(invoice, customers.get(invoice.getCustomerId()));
    }

    /** Numbers the draft, keeping the configured terms and the customer's details of this moment with it. */
    void issue(Invoice invoice, CustomerView customer) {
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, basis.companyZone()).getYear();
        invoice.issue(year, numbers.next(year), now, IssueTerms.of(seller, now, basis.companyZone()),
                BillTo.of(customer));
    }

    /**
     * Issues the credit notes of what came after earlier invoices (see {@link LateCredits}), counts what became of the
     * run's customers and closes it.
     */
    public void close(long runId) {
        BillingRun run = run(runId);
        if (run.getStatus() == BillingRun.Status.RUNNING) {
            lateCredits.issue(run);
        }
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        for (Object[] row : runCustomers.countOutcomes(runId)) {
            outcomes.put((Outcome) row[0], (Long) row[1]);
        }
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

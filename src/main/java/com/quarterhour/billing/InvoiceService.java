package com.quarterhour.billing;

import com.quarterhour.billing.einvoice.EInvoices;
import com.quarterhour.billing.internal.BillingProcess;
import com.quarterhour.billing.internal.BillingRunRepository;
import com.quarterhour.billing.internal.CreditNotes;
import com.quarterhour.billing.internal.Invoice;
import com.quarterhour.billing.internal.InvoiceDocuments;
import com.quarterhour.billing.internal.InvoiceRepository;
import com.quarterhour.billing.internal.InvoiceViews;
import com.quarterhour.billing.internal.Payments;
import com.quarterhour.billing.internal.Purchases;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.EngineUser;
import com.quarterhour.shared.Paging;
import com.quarterhour.shared.Periods;
import com.quarterhour.shared.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.variable.VariableMap;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invoices through the API: read them (JSON, PDF, CSV, e-invoice XML), review drafts, purchase credit and prepaid hours. */
@Service
@Transactional
public class InvoiceService {

    private final InvoiceRepository invoices;
    private final BillingRunRepository runs;
    private final InvoiceViews views;
    private final InvoiceDocuments documents;
    private final Purchases purchases;
    private final Payments payments;
    private final CreditNotes creditNotes;
    private final TaskService tasks;
    private final IdentityService identity;
    private final EInvoices eInvoices;

    InvoiceService(InvoiceRepository invoices, BillingRunRepository runs, InvoiceViews views,
            InvoiceDocuments documents, Purchases purchases, Payments payments, CreditNotes creditNotes,
            TaskService tasks, IdentityService identity, EInvoices eInvoices) {
        this.eInvoices = eInvoices;
        this.payments = payments;
        this.creditNotes = creditNotes;
        this.identity = identity;
        this.invoices = invoices;
        this.runs = runs;
        this.views = views;
        this.documents = documents;
        this.purchases = purchases;
        this.tasks = tasks;
    }

    /** The properties a list of invoices sorts by; oldest first unless asked otherwise. */
    public static final String SORTABLE = "id,number,period,customerId,status,total,createdAt,issuedAt";
    private static final Sort OLDEST_FIRST = Sort.by("id");

    /**
     * The filters of a list of invoices: null means any; {@code statuses} are those the caller may see at all;
     * {@code numberedOnly} keeps to invoices that were issued (a VOID one then is one credited in full, never a
     * rejected draft).
     */
    public record InvoiceFilter(Long customerId, String period, Set<InvoiceStatus> statuses, boolean numberedOnly) {

        public InvoiceFilter(Long customerId, String period, Set<InvoiceStatus> statuses) {
            this(customerId, period, statuses, false);
        }
    }

    /** One page of invoices, filtered and sorted in the database. */
    @Transactional(readOnly = true)
    public Page<InvoiceView> list(InvoiceFilter filter, Pageable pageable) {
        String month = Periods.optional(filter.period()).map(YearMonth::toString).orElse(null);
        return invoices.findAll(InvoiceRepository.matching(filter.customerId(), month, filter.statuses(),
                        filter.numberedOnly()),
                Paging.sorted(pageable, OLDEST_FIRST, SORTABLE)).map(views::view);
    }

    @Transactional(readOnly = true)
    public InvoiceView get(long id) {
        return views.view(invoice(id));
    }

    /** The PDF; an issued invoice's carries its e-invoice (Factur-X) when it has one (see {@link #xml}). */
    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        InvoiceView view = views.view(invoice(id));
        return eInvoices.withEInvoice(documents.pdf(view), view);
    }

    /** The e-invoice (EN 16931 CII XML) of an issued invoice; 409 for a draft or when data it needs is missing. */
    @Transactional(readOnly = true)
    public byte[] xml(long id) {
        return eInvoices.xml(views.view(invoice(id)));
    }

    /** The lines as CSV, one row each with the invoice number and customer; the totals are {@link #totalsCsv}. */
    @Transactional(readOnly = true)
    public String csv(long id) {
        return documents.csv(views.view(invoice(id)));
    }

    @Transactional(readOnly = true)
    public String totalsCsv(long id) {
        return documents.totalsCsv(views.view(invoice(id)));
    }

    public record ReviewDecision(Boolean approved, String comment) {
    }

    /** A manager's review through the API: completes the invoice's "Review invoice" task, as Tasklist does. */
    public InvoiceView review(long id, ReviewDecision decision, String actor) {
        if (decision == null || decision.approved() == null) {
            throw DomainException.invalid("approved is required (true or false)");
        }
        Invoice invoice = invoice(id);
        Task task = reviewTask(invoice);
        VariableMap variables = Variables.createVariables()
                .putValue(BillingProcess.REVIEW_DECISION, Verdict.of(decision.approved()).name())
                .putValue(BillingProcess.REVIEW_COMMENT, decision.comment());
        // as the manager, as Tasklist would: the engine checks their task permission, the review records them
        EngineUser.run(identity, actor, () -> tasks.complete(task.getId(), variables));
        return get(id);
    }

    public record Purchase(PurchaseType type, Integer hours) {
    }

    public InvoiceView purchase(long customerId, Purchase purchase) {
        if (purchase == null) {
            throw DomainException.invalid("type is required: CREDIT_BUNDLE or PREPAID_HOURS");
        }
        return views.view(purchases.purchase(customerId, purchase.type(), purchase.hours()));
    }

    /** POST /api/invoices/{id}/payments: money received, in the invoice's currency. */
    public record PaymentRequest(BigDecimal amount, LocalDate paidOn, String reference) {
    }

    /** Records a payment (see PaymentRule): the invoice becomes PARTLY_PAID, or PAID once nothing is open. */
    public PaymentRecorded pay(long id, PaymentRequest request, String actor) {
        if (request == null) {
            throw DomainException.invalid("amount, paidOn and reference are required");
        }
        return payments.record(id, request.amount(), request.paidOn(), request.reference(), actor);
    }

    /** POST /api/invoices/{id}/credit-notes: why, and how much incl. VAT (omitted: all that is still creditable). */
    public record CreditNoteRequest(String reason, BigDecimal amount) {
    }

    /** Issues a credit note (see CreditNoteRule): a full one makes the invoice VOID, keeping its number. */
    public CreditNoteIssued credit(long id, CreditNoteRequest request, String actor) {
        if (request == null) {
            throw DomainException.invalid("reason is required; amount is optional (all that is still creditable)");
        }
        return creditNotes.issue(id, request.amount(), request.reason(), actor);
    }

    @Transactional(readOnly = true)
    public CreditNoteView creditNote(long id) {
        return creditNotes.get(id);
    }

    /** The credit note's PDF, carrying its e-invoice (Factur-X) when it has one (see {@link #creditNoteXml}). */
    @Transactional(readOnly = true)
    public byte[] creditNotePdf(long id) {
        CreditNoteView note = creditNotes.get(id);
        return eInvoices.withEInvoice(documents.pdf(note), note);
    }

    /** The credit note's e-invoice (EN 16931 CII XML, type 381); 409 when data it needs is missing. */
    @Transactional(readOnly = true)
    public byte[] creditNoteXml(long id) {
        return eInvoices.xml(creditNotes.get(id));
    }

    @Transactional(readOnly = true)
    public String creditNoteCsv(long id) {
        return documents.csv(creditNotes.get(id));
    }

    private Task reviewTask(Invoice invoice) {
        String processInstanceId = invoice.getBillingRunId() == null ? null
                : runs.findById(invoice.getBillingRunId()).map(r -> r.getProcessInstanceId()).orElse(null);
        if (processInstanceId != null && invoice.getStatus() == InvoiceStatus.DRAFT && invoice.isReviewRequired()) {
            // a task's invoiceId is its own copy, which its manager may have rewritten: only an unambiguous match
            // of a draft still in review is taken, and the review itself reads the task's original invoice
            List<Task> matching = tasks.createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(BillingProcess.TASK_REVIEW).list().stream()
                    .filter(task -> tasks.getVariable(task.getId(), BillingProcess.INVOICE_ID) instanceof Number n
                            && n.longValue() == invoice.getId())
                    .toList();
            if (matching.size() == 1) {
                return matching.get(0);
            }
        }
        throw DomainException.conflict("Invoice " + invoice.getId() + " is " + invoice.getStatus()
                + " and waits for no review");
    }

    private Invoice invoice(long id) {
        return invoices.findById(id).orElseThrow(() -> DomainException.notFound("Invoice " + id + " does not exist"));
    }
}

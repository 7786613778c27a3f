package com.quarterhour.billing.internal;

import com.quarterhour.billing.CreditNoteIssued;
import com.quarterhour.billing.CreditNoteKind;
import com.quarterhour.billing.CreditNoteView;
import com.quarterhour.billing.internal.CreditNoteRule.Credit;
import com.quarterhour.billing.internal.CreditNoteRule.Split;
import com.quarterhour.shared.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues credit notes against issued invoices (see {@link CreditNoteRule}): a manager's, and the month-end run's for
 * late adjustments and seat refunds. One at a time per invoice, by the invoice's row lock, so that two at once never
 * credit more than the total; each publishes {@link CreditNoteIssued}.
 */
@Component
@Transactional
public class CreditNotes {

    private final InvoiceRepository invoices;
    private final CreditNoteRepository notes;
    private final CreditNoteNumbers numbers;
    private final InvoiceViews views;
    private final BillingBasis basis;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CreditNotes(InvoiceRepository invoices, CreditNoteRepository notes, CreditNoteNumbers numbers, InvoiceViews views,
            BillingBasis basis, ApplicationEventPublisher events, Clock clock) {
        this.invoices = invoices;
        this.notes = notes;
        this.numbers = numbers;
        this.views = views;
        this.basis = basis;
        this.events = events;
        this.clock = clock;
    }

    /** A manager's credit note of {@code amount} incl. VAT (null: all that is still creditable). */
    public CreditNoteIssued issue(long invoiceId, BigDecimal amount, String reason, String actor) {
        // the lock makes a second credit note at once wait and then see the first one as credited
        Invoice invoice = locked(invoiceId);
        CreditNoteRule rule = invoice.creditNoteRule(notes.creditedNet(invoiceId));
        Split split = rule.check(amount, reason);
        String why = reason.strip();
        return issue(invoice, rule, CreditNoteKind.MANUAL, why, split, List.of(Credit.of(why, split.net())), null,
                null, actor);
    }

    /**
     * The month-end run's credit note of net {@code credits} against the invoice, capped at what it still has to
     * credit; empty when it has nothing left (or is not issued). {@code originKey} (unique) keeps it to one.
     */
    Optional<CreditNoteIssued> issueForRun(long invoiceId, CreditNoteKind kind, String reason, List<Credit> credits,
            long runId, String originKey, String actor) {
        Invoice invoice = locked(invoiceId);
        CreditNoteRule rule = invoice.creditNoteRule(notes.creditedNet(invoiceId));
        Split split = rule.ofNet(credits);
        if (split == null) {
            return Optional.empty();
        }
        return Optional.of(issue(invoice, rule, kind, reason, split, credits, runId, originKey, actor));
    }

    @Transactional(readOnly = true)
    public CreditNoteView get(long id) {
        CreditNote note = notes.findById(id)
                .orElseThrow(() -> DomainException.notFound("Credit note " + id + " does not exist"));
        return views.creditNote(note, invoices.findById(note.getInvoiceId()).orElseThrow());
    }

    private CreditNoteIssued issue(Invoice invoice, CreditNoteRule rule, CreditNoteKind kind, String reason,
            Split split, List<Credit> credits, Long runId, String originKey, String actor) {
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, basis.companyZone()).getYear();
        CreditNote note = notes.save(new CreditNote(invoice, kind, reason, split, credits, runId, originKey, year,
                numbers.next(year), actor, now));
        invoice.credited(split.total(), rule.statusAfter(split.total()), now);
        CreditNoteIssued issued = new CreditNoteIssued(views.creditNote(note, invoice), invoice.getId(),
                invoice.getStatus(),
                CreditNoteRule.open(invoice.getTotal(), invoice.getPaidAmount(), invoice.getCreditedAmount()),
                CreditNoteRule.refundDue(invoice.getTotal(), invoice.getPaidAmount(), invoice.getCreditedAmount()));
        events.publishEvent(issued);
        return issued;
    }

    private Invoice locked(long invoiceId) {
        return invoices.lockById(invoiceId)
                .orElseThrow(() -> DomainException.notFound("Invoice " + invoiceId + " does not exist"));
    }
}

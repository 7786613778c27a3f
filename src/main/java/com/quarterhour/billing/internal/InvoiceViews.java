package com.quarterhour.billing.internal;

import com.quarterhour.billing.CreditNoteView;
import com.quarterhour.billing.InvoiceView;
import com.quarterhour.billing.InvoiceView.Balance;
import com.quarterhour.billing.InvoiceView.BillTo;
import com.quarterhour.billing.InvoiceView.EstimateAgainstActual;
import com.quarterhour.billing.InvoiceView.Line;
import com.quarterhour.billing.InvoiceView.Payment;
import com.quarterhour.billing.InvoiceView.Review;
import com.quarterhour.billing.einvoice.SellerProperties;
import com.quarterhour.billing.pricing.Balances;
import com.quarterhour.billing.pricing.LineKind;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EstimateService;
import com.quarterhour.engagement.EstimateService.EngagementEstimate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Invoice entity → JSON view. */
@Component
public class InvoiceViews {

    private final CustomerService customers;
    private final InvoicePaymentRepository payments;
    private final CreditNoteRepository creditNotes;
    private final EstimateService engagementEstimates;
    private final SellerProperties seller;
    private final ZoneId companyZone;

    InvoiceViews(CustomerService customers, InvoicePaymentRepository payments, CreditNoteRepository creditNotes,
            EstimateService engagementEstimates, SellerProperties seller,
            @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.seller = seller;
        this.customers = customers;
        this.payments = payments;
        this.creditNotes = creditNotes;
        this.engagementEstimates = engagementEstimates;
        this.companyZone = companyZone;
    }

    /**
     * An issued invoice as it was issued (its due date, terms and addressee are its own); a draft with the customer's
     * current details and the terms it would be issued with today.
     */
    public InvoiceView view(Invoice i) {
        BillTo billTo = billTo(i);
        IssueTerms terms = i.issuedTerms().orElse(null);
        return new InvoiceView(i.getId(), i.getNumber(), i.getCustomerId(), billTo == null ? null : billTo.name(),
                i.getPeriod().toString(),
                i.getKind(), i.getStatus(), i.getCurrency(), i.getPlanCode(), i.getVatRate(),
                i.getLines().stream().map(InvoiceViews::line).toList(), i.getSubtotal(), i.getTax(), i.getTotal(),
                balance(i.opening()), balance(i.closing()), i.getBillingRunId(), i.getCreatedAt(), i.getIssuedAt(),
                terms == null ? null : terms.dueDate(),
                terms == null ? seller.paymentTermsDays() : Integer.valueOf(terms.days()), billTo,
                i.isReviewRequired() || i.getReviewedBy() != null
                        ? new Review(i.isReviewRequired(), i.getReviewedBy(), i.getReviewedAt(), i.getReviewComment())
                        : null,
                payments.findByInvoiceIdOrderByIdAsc(i.getId()).stream().map(InvoiceViews::payment).toList(),
                CreditNoteRule.open(i.getTotal(), i.getPaidAmount(), i.getCreditedAmount()),
                creditNotes.findByInvoiceIdOrderByIdAsc(i.getId()).stream().map(InvoiceViews::creditNoteOf).toList(),
                i.getCreditedAmount().setScale(i.getTotal().scale()),
                CreditNoteRule.refundDue(i.getTotal(), i.getPaidAmount(), i.getCreditedAmount()), estimates(i));
    }

    /** The credit note with its invoice's number, customer and addressee (see {@link CreditNoteView#billTo}). */
    public CreditNoteView creditNote(CreditNote c, Invoice invoice) {
        BillTo billTo = billTo(invoice);
        return new CreditNoteView(c.getId(), c.getNumber(), c.getKind(), c.getCreatedAt(),
                LocalDate.ofInstant(c.getCreatedAt(), companyZone), invoice.getId(), invoice.getNumber(),
                invoice.getCustomerId(), billTo == null ? null : billTo.name(), c.getCurrency(), c.getVatRate(),
                c.getNet(), c.getTax(), c.getTotal(), c.getReason(), c.getLines().stream()
                        .map(l -> new CreditNoteView.Line(l.getLineNo(), l.getDescription(), l.getAmount(),
                                l.getEngagementId(), l.getCreditedTimeEntryId(), l.getAdjustmentId())).toList(),
                c.getBillingRunId(), c.getCreatedBy(), billTo);
    }

    /** The addressee an issued invoice keeps; a draft's is the customer as it stands now. */
    private BillTo billTo(Invoice i) {
        return i.issuedTo().orElseGet(() -> customers.find(i.getCustomerId()).map(BillTo::of).orElse(null));
    }

    private static InvoiceView.CreditNote creditNoteOf(CreditNote c) {
        return new InvoiceView.CreditNote(c.getId(), c.getNumber(), c.getKind(), c.getCreatedAt(), c.getTotal(),
                c.getReason());
    }

    /** The estimated engagements among the invoice's time lines, in the order they first appear on it. */
    private List<EstimateAgainstActual> estimates(Invoice i) {
        Map<Long, List<InvoiceItem>> timeLines = i.getLines().stream()
                .filter(l -> l.getKind() == LineKind.TIME && l.getEngagementId() != null)
                .collect(Collectors.groupingBy(InvoiceItem::getEngagementId, LinkedHashMap::new, Collectors.toList()));
        if (timeLines.isEmpty()) {
            return List.of();
        }
        Map<Long, EngagementEstimate> estimated = engagementEstimates.estimatesOf(timeLines.keySet());
        return timeLines.entrySet().stream().filter(e -> estimated.containsKey(e.getKey())).map(e -> {
            EngagementEstimate estimate = estimated.get(e.getKey());
            List<InvoiceItem> lines = e.getValue();
            // a price in another currency than the invoice's cannot stand beside its amounts
            BigDecimal price = i.getCurrency().getCurrencyCode().equals(estimate.currency()) ? estimate.estimatedPrice() : null;
            return new EstimateAgainstActual(e.getKey(), lines.get(0).getTitle(), estimate.totalHours(),
                    estimate.estimatedMinutes(), price,
                    lines.stream().mapToInt(l -> l.getBilledMinutes() == null ? 0 : l.getBilledMinutes()).sum(),
                    lines.stream().map(InvoiceItem::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .setScale(i.getCurrency().getDefaultFractionDigits()));
        }).toList();
    }

    static Payment payment(InvoicePayment p) {
        return new Payment(p.getId(), p.getAmount(), p.getPaidOn(), p.getReference(), p.getRecordedBy(),
                p.getRecordedAt());
    }

    private static Line line(InvoiceItem l) {
        return new Line(l.getKind().name(), l.getWorkDate(), l.getEngagementId(), l.getTimeEntryId(), l.getTitle(),
                l.getTechnician(), l.getMinutes(), l.getBilledMinutes(), l.getNote(), l.getDescription(),
                plain(l.getQuantity()), plain(l.getUnitPrice()), l.getAmount());
    }

    private static Balance balance(Balances b) {
        return new Balance(b.credit(), b.prepaidHours());
    }

    /** 0.2500 → 0.25, 65.0000 → 65.00, 1.5000 → 1.50: at least two decimals, no trailing zeros beyond. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}

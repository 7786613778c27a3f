package com.quarterhour.billing.internal;

import com.quarterhour.billing.InvoiceKind;
import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.billing.InvoiceView.BillTo;
import com.quarterhour.billing.pricing.Balances;
import com.quarterhour.billing.pricing.PricedInvoice;
import com.quarterhour.shared.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * An invoice: drafted from a {@link PricedInvoice}, numbered when issued. A draft that a manager rejects becomes VOID
 * and gives its time entries and its period back, so that a later run can bill them again. An issued invoice that
 * credit notes cover in full becomes VOID too, but keeps its number, period and time entries.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String period;
    @Enumerated(EnumType.STRING)
    private InvoiceKind kind;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;
    private String number;
    private Integer numberYear;
    private Integer numberSeq;
    private String currency;
    private String planCode;
    private BigDecimal vatRate;
    private BigDecimal subtotal;
    private BigDecimal tax;
    private BigDecimal total;
    private BigDecimal openingCredit;
    private int openingPrepaidMinutes;
    private BigDecimal closingCredit;
    private int closingPrepaidMinutes;
    private Long billingRunId;
    private String monthlyKey;
    private boolean reviewRequired;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewComment;
    private Instant createdAt;
    private Instant issuedAt;
    private Instant voidedAt;
    // what the invoice said when it was issued: neither the configured terms nor the customer's details later
    private LocalDate dueDate;
    private Integer paymentTermsDays;
    private String billToName;
    private String billToStreet;
    private String billToPostcode;
    private String billToCity;
    private String billToCountry;
    private String billToVatId;
    private String billToBuyerReference;
    private BigDecimal paidAmount = BigDecimal.ZERO;
    private BigDecimal creditedAmount = BigDecimal.ZERO;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "invoice_id", nullable = false)
    @OrderBy("lineNo")
    private List<InvoiceItem> lines = new ArrayList<>();

    protected Invoice() {
    }

    public Invoice(long customerId, YearMonth period, InvoiceKind kind, String planCode, BigDecimal vatRate,
            Balances opening, PricedInvoice priced, Long billingRunId, boolean reviewRequired, Instant createdAt) {
        this(customerId, period, kind, planCode, vatRate, opening, priced, billingRunId, reviewRequired, createdAt,
                true);
    }

    /**
     * A month-end draft whose lines {@link InvoiceLineWriter} stores in batches (a month bills up to a line per time
     * entry); its {@link #getLines()} are read from the database in later transactions.
     */
    static Invoice monthlyDraft(long customerId, YearMonth period, String planCode, BigDecimal vatRate,
            Balances opening, PricedInvoice priced, long billingRunId, boolean reviewRequired, Instant createdAt) {
        return new Invoice(customerId, period, InvoiceKind.MONTHLY, planCode, vatRate, opening, priced, billingRunId,
                reviewRequired, createdAt, false);
    }

    private Invoice(long customerId, YearMonth period, InvoiceKind kind, String planCode, BigDecimal vatRate,
            Balances opening, PricedInvoice priced, Long billingRunId, boolean reviewRequired, Instant createdAt,
            boolean withLines) {
        this.customerId = customerId;
        this.period = period.toString();
        this.kind = kind;
        this.status = InvoiceStatus.DRAFT;
        this.currency = priced.currency().getCurrencyCode();
        this.planCode = planCode;
        this.vatRate = vatRate;
        this.subtotal = priced.subtotal();
        this.tax = priced.tax();
        this.total = priced.total();
        this.openingCredit = opening.credit();
        this.openingPrepaidMinutes = opening.prepaidMinutes();
        this.closingCredit = priced.closing().credit();
        this.closingPrepaidMinutes = priced.closing().prepaidMinutes();
        this.billingRunId = billingRunId;
        this.monthlyKey = kind == InvoiceKind.MONTHLY ? monthlyKey(customerId, period) : null;
        this.reviewRequired = reviewRequired;
        this.createdAt = createdAt;
        if (withLines) {
            int lineNo = 1;
            for (var line : priced.lines()) {
                lines.add(new InvoiceItem(lineNo++, line));
            }
        }
    }

    public static String monthlyKey(long customerId, YearMonth period) {
        return customerId + "/" + period;
    }

    /**
     * Numbers the draft and keeps what it says from now on: {@code terms} (its due date and payment terms) and to whom
     * and where it goes ({@code billTo}), so that later changes of either leave the issued invoice as it was sent.
     */
    public void issue(int year, int seq, Instant at, IssueTerms terms, BillTo billTo) {
        requireStatus(InvoiceStatus.DRAFT, "issue");
        this.numberYear = year;
        this.numberSeq = seq;
        this.number = String.format("INV-%d-%06d", year, seq);
        this.status = InvoiceStatus.ISSUED;
        this.issuedAt = at;
        this.dueDate = terms.dueDate();
        this.paymentTermsDays = terms.days();
        this.billToName = billTo.name();
        this.billToStreet = billTo.street();
        this.billToPostcode = billTo.postcode();
        this.billToCity = billTo.city();
        this.billToCountry = billTo.country();
        this.billToVatId = billTo.vatId();
        this.billToBuyerReference = billTo.buyerReference();
    }

    public void reviewed(String manager, String comment, Instant at) {
        requireStatus(InvoiceStatus.DRAFT, "review");
        this.reviewedBy = manager;
        this.reviewComment = comment;
        this.reviewedAt = at;
    }

    /** A rejected draft: no number, and its period and time entries are free to be billed again. */
    public void voidDraft(Instant at) {
        requireStatus(InvoiceStatus.DRAFT, "void");
        this.status = InvoiceStatus.VOID;
        this.monthlyKey = null;
        this.voidedAt = at;
        lines.forEach(InvoiceItem::release);
    }

    /**
     * The payment rule of this invoice as it stands; {@code zone} gives the day it was issued. What credit notes gave
     * back is not to be paid: the rule sees the total less them.
     */
    public PaymentRule paymentRule(ZoneId zone) {
        return new PaymentRule(status, getCurrency(), total.subtract(creditedAmount), paidAmount,
                issuedAt == null ? null : LocalDate.ofInstant(issuedAt, zone));
    }

    /** The credit note rule of this invoice as it stands; {@code creditedNet} is the net of its credit notes so far. */
    public CreditNoteRule creditNoteRule(BigDecimal creditedNet) {
        return new CreditNoteRule(status, getCurrency(), vatRate, subtotal, total, creditedAmount, creditedNet,
                paidAmount);
    }

    /**
     * Records a credit note that {@link CreditNoteRule} accepted. Credited in full, the invoice is VOID but keeps its
     * number, period and time entries: the time stays invoiced (and credited), never billed again.
     */
    void credited(BigDecimal creditTotal, InvoiceStatus after, Instant at) {
        this.creditedAmount = creditedAmount.add(creditTotal);
        this.status = after;
        if (after == InvoiceStatus.VOID) {
            this.voidedAt = at;
        }
    }

    /** Records a payment that {@link PaymentRule#check} accepted: PARTLY_PAID, or PAID once nothing is open. */
    void paid(BigDecimal amount, BigDecimal open) {
        this.paidAmount = paidAmount.add(amount);
        this.status = PaymentRule.statusAfter(open);
    }

    private void requireStatus(InvoiceStatus expected, String action) {
        if (status != expected) {
            throw DomainException.conflict("Cannot " + action + " invoice " + id + ": it is " + status + ", not " + expected);
        }
    }

    public Balances opening() {
        return new Balances(openingCredit, openingPrepaidMinutes);
    }

    public Balances closing() {
        return new Balances(closingCredit, closingPrepaidMinutes);
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    public InvoiceKind getKind() {
        return kind;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public String getNumber() {
        return number;
    }

    public Currency getCurrency() {
        return Currency.getInstance(currency);
    }

    public String getPlanCode() {
        return planCode;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Long getBillingRunId() {
        return billingRunId;
    }

    public boolean isReviewRequired() {
        return reviewRequired;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public BigDecimal getCreditedAmount() {
        return creditedAmount;
    }

    /** The due date and terms it was issued with; empty on a draft. */
    public Optional<IssueTerms> issuedTerms() {
        return dueDate == null ? Optional.empty() : Optional.of(new IssueTerms(dueDate, paymentTermsDays));
    }

    /** To whom and where it was issued; empty on a draft. */
    public Optional<BillTo> issuedTo() {
        return issuedAt == null ? Optional.empty() : Optional.of(new BillTo(billToName, billToStreet, billToPostcode,
                billToCity, billToCountry, billToVatId, billToBuyerReference));
    }

    public List<InvoiceItem> getLines() {
        return lines;
    }
}

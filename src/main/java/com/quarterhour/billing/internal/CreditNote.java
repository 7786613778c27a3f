package com.quarterhour.billing.internal;

import com.quarterhour.billing.CreditNoteKind;
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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Money given back against an issued invoice, numbered CN-YYYY-NNNNNN when it is issued; never changed afterwards. */
@Entity
@Table(name = "credit_note")
public class CreditNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long invoiceId;
    private String number;
    private int numberYear;
    private int numberSeq;
    @Enumerated(EnumType.STRING)
    private CreditNoteKind kind;
    private String reason;
    private String currency;
    private BigDecimal vatRate;
    private BigDecimal net;
    private BigDecimal tax;
    private BigDecimal total;
    private Long billingRunId;
    private String originKey;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "credit_note_id", nullable = false)
    @OrderBy("lineNo")
    private List<CreditNoteLine> lines = new ArrayList<>();

    protected CreditNote() {
    }

    CreditNote(Invoice invoice, CreditNoteKind kind, String reason, CreditNoteRule.Split split,
            List<CreditNoteRule.Credit> credits, Long billingRunId, String originKey, int year, int seq,
            String createdBy, Instant createdAt) {
        this.invoiceId = invoice.getId();
        this.numberYear = year;
        this.numberSeq = seq;
        this.number = number(year, seq);
        this.kind = kind;
        this.reason = reason;
        this.currency = invoice.getCurrency().getCurrencyCode();
        this.vatRate = invoice.getVatRate();
        this.net = split.net();
        this.tax = split.tax();
        this.total = split.total();
        this.billingRunId = billingRunId;
        this.originKey = originKey;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        int lineNo = 1;
        for (CreditNoteRule.Credit credit : credits) {
            lines.add(new CreditNoteLine(lineNo++, credit));
        }
    }

    static String number(int year, int seq) {
        return String.format("CN-%d-%06d", year, seq);
    }

    public Long getId() {
        return id;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public String getNumber() {
        return number;
    }

    public CreditNoteKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public Currency getCurrency() {
        return Currency.getInstance(currency);
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public BigDecimal getNet() {
        return net;
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

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<CreditNoteLine> getLines() {
        return lines;
    }
}

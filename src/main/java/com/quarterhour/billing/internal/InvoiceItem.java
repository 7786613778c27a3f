package com.quarterhour.billing.internal;

import com.quarterhour.billing.pricing.InvoiceLine;
import com.quarterhour.billing.pricing.LineKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One stored line of an invoice: the pricing core's {@link InvoiceLine}, frozen. */
@Entity
@Table(name = "invoice_line")
public class InvoiceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int lineNo;
    @Enumerated(EnumType.STRING)
    private LineKind kind;
    private Long timeEntryId;
    private Long billedTimeEntryId;
    private LocalDate workDate;
    private Long engagementId;
    private String title;
    private String technician;
    private Integer minutes;
    private Integer billedMinutes;
    private String note;
    private String description;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private BigDecimal amount;

    protected InvoiceItem() {
    }

    InvoiceItem(int lineNo, InvoiceLine line) {
        this.lineNo = lineNo;
        this.kind = line.kind();
        this.timeEntryId = line.timeEntryId();
        this.billedTimeEntryId = line.timeEntryId();
        this.workDate = line.date();
        this.engagementId = line.engagementId();
        this.title = line.title();
        this.technician = line.technician();
        this.minutes = line.minutes();
        this.billedMinutes = line.billedMinutes();
        this.note = line.note();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.amount = line.amount();
    }

    void release() {
        this.billedTimeEntryId = null;
    }

    public int getLineNo() {
        return lineNo;
    }

    public LineKind getKind() {
        return kind;
    }

    public Long getTimeEntryId() {
        return timeEntryId;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public String getTitle() {
        return title;
    }

    public String getTechnician() {
        return technician;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public Integer getBilledMinutes() {
        return billedMinutes;
    }

    public String getNote() {
        return note;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}

package com.quarterhour.billing.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One customer selected by a billing run, and what became of them. */
@Entity
@Table(name = "billing_run_customer")
public class BillingRunCustomer {

    public enum Outcome { SELECTED, DRAFTED, IN_REVIEW, ISSUED, REJECTED, ALREADY_BILLED, NOTHING_TO_BILL }

    @Embeddable
    public static class Key implements Serializable {
        private Long billingRunId;
        private Long customerId;

        protected Key() {
        }

        public Key(Long billingRunId, Long customerId) {
            this.billingRunId = billingRunId;
            this.customerId = customerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(billingRunId, k.billingRunId) && Objects.equals(customerId, k.customerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(billingRunId, customerId);
        }
    }

    @EmbeddedId
    private Key id;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private Long invoiceId;

    protected BillingRunCustomer() {
    }

    public BillingRunCustomer(long billingRunId, long customerId) {
        this.id = new Key(billingRunId, customerId);
        this.outcome = Outcome.SELECTED;
    }

    public void became(Outcome outcome, Long invoiceId) {
        this.outcome = outcome;
        if (invoiceId != null) {
            this.invoiceId = invoiceId;
        }
    }

    public long getCustomerId() {
        return id.customerId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }
}

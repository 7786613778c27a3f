package com.quarterhour.billing.einvoice;

import com.quarterhour.billing.CreditNoteView;
import com.quarterhour.billing.InvoiceKind;
import com.quarterhour.billing.InvoiceView;
import com.quarterhour.billing.InvoiceView.BillTo;
import com.quarterhour.billing.einvoice.EInvoice.DocumentType;
import com.quarterhour.billing.einvoice.EInvoice.Line;
import com.quarterhour.billing.einvoice.EInvoice.Party;
import com.quarterhour.billing.einvoice.EInvoice.PaymentAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An issued invoice, its customer and the configured seller → {@link EInvoice}: plain rules, no Spring. What an
 * e-invoice needs and is not there is listed by {@link #missing}, so nobody receives an e-invoice that a validator
 * would refuse.
 */
final class EInvoiceAssembler {

    /** UN/ECE Rec. 20 "one": the quantity's unit is what the line's description says (hours, minutes, incidents). */
    static final String UNIT = "C62";

    private EInvoiceAssembler() {
    }

    /**
     * The buyer's fields (as the API names the customer's) and the seller's keys an e-invoice needs but lacks; an
     * issued invoice's buyer is the one it was issued to.
     */
    static List<String> missing(BillTo billing, String contactEmail, SellerProperties seller) {
        List<String> missing = missingBillingDetails(billing);
        if (contactEmail == null) {
            missing.add("contactEmail");
        }
        missing.addAll(seller.missing());
        return missing;
    }

    /** The billing details an e-invoice needs that {@code billing} lacks, as the API names the customer's. */
    static List<String> missingBillingDetails(BillTo billing) {
        List<String> missing = new ArrayList<>();
        if (billing.street() == null) {
            missing.add("billingDetails.street");
        }
        if (billing.postcode() == null) {
            missing.add("billingDetails.postcode");
        }
        if (billing.city() == null) {
            missing.add("billingDetails.city");
        }
        if (billing.buyerReference() == null) {
            missing.add("billingDetails.buyerReference");
        }
        return missing;
    }

    /**
     * The e-invoice of an issued invoice whose {@link #missing} is empty; the issue day is the company's. It states
     * what the invoice was issued with (buyer, due date, payment terms), as its PDF does; the seller is as configured.
     */
    static EInvoice invoice(InvoiceView invoice, String contactEmail, SellerProperties seller, ZoneId companyZone) {
        LocalDate issued = invoice.issuedAt().atZone(companyZone).toLocalDate();
        YearMonth period = invoice.kind() == InvoiceKind.MONTHLY ? YearMonth.parse(invoice.period()) : null;
        BillTo billing = invoice.billTo();
        Party buyer = new Party(billing.name(), billing.street(), billing.postcode(), billing.city(),
                billing.country(), billing.vatId(), contactEmail, null, null);
        return new EInvoice(DocumentType.INVOICE, invoice.number(), null, issued,
                invoice.dueDate(), period == null ? null : period.atDay(1),
                period == null ? null : period.atEndOfMonth(), invoice.currency(), seller(seller), buyer,
                billing.buyerReference(), payTo(seller, SellerProperties.paymentTerms(invoice.paymentTermsDays())),
                invoice.lines().stream().map(EInvoiceAssembler::line).toList(), invoice.vatRate(),
                VatCategory.of(invoice.vatRate(), seller.country(), billing.country(), billing.vatId()),
                invoice.subtotal(), invoice.tax(), invoice.total());
    }

    /**
     * The e-invoice (type 381) of a credit note whose {@link #missing} is empty: its net lines at a positive price,
     * naming the invoice it corrects and addressed as that invoice was; the customer pays nothing, so it has no due
     * date.
     */
    static EInvoice creditNote(CreditNoteView note, String contactEmail, SellerProperties seller) {
        BillTo billing = note.billTo();
        Party buyer = new Party(billing.name(), billing.street(), billing.postcode(), billing.city(),
                billing.country(), billing.vatId(), contactEmail, null, null);
        List<Line> lines = note.lines().stream().map(line -> new Line(line.description(),
                line.engagementId() == null ? null : "Engagement #" + line.engagementId(), BigDecimal.ONE, UNIT,
                line.amount(), line.amount())).toList();
        return new EInvoice(DocumentType.CREDIT_NOTE, note.number(), note.invoiceNumber(), note.issueDate(), null,
                null, null, note.currency(), seller(seller), buyer, billing.buyerReference(),
                payTo(seller, seller.paymentTerms()), lines,
                note.vatRate(), VatCategory.of(note.vatRate(), seller.country(), billing.country(), billing.vatId()),
                note.net(), note.tax(), note.total());
    }

    static Party seller(SellerProperties seller) {
        return new Party(seller.name(), seller.street(), seller.postcode(), seller.city(), seller.country(),
                seller.vatId(), seller.email(), seller.contactName(), seller.phone());
    }

    static PaymentAccount payTo(SellerProperties seller, String terms) {
        return new PaymentAccount(seller.iban(), seller.bic(), seller.name(), terms);
    }

    /**
     * One invoice line. A line without a price (nothing charged) has price 0; a refund's negative amount becomes a
     * negative quantity at a positive price, as EN 16931 wants prices (BR-27).
     */
    static Line line(InvoiceView.Line line) {
        BigDecimal quantity = line.quantity() == null ? BigDecimal.ONE : line.quantity();
        BigDecimal price = line.unitPrice() == null ? BigDecimal.ZERO : line.unitPrice();
        if (price.signum() < 0) {
            quantity = quantity.negate();
            price = price.negate();
        }
        String name = line.title() != null ? line.title() + " (#" + line.engagementId() + ")"
                : line.description() != null ? line.description() : line.kind();
        String description = line.title() == null ? null
                : join(line.date() == null ? null : line.date().toString(), line.note(), line.description());
        return new Line(name, description, quantity, UNIT, price, line.amount());
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return present.isEmpty() ? null : String.join(" · ", present);
    }
}

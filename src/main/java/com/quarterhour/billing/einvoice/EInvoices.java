package com.quarterhour.billing.einvoice;

import com.quarterhour.billing.CreditNoteView;
import com.quarterhour.billing.InvoiceView;
import com.quarterhour.billing.InvoiceView.BillTo;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.shared.DomainException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Invoices as e-invoices (EN 16931, UN/CEFACT CII): the XML on its own, and embedded in the invoice's PDF. Only an
 * issued invoice has one, and only when the customer's billing details and the seller's configuration hold what the
 * standard requires.
 */
@Component
public class EInvoices {

    private final SellerProperties seller;
    private final CiiWriter writer;
    private final CustomerService customers;
    private final ZoneId companyZone;

    EInvoices(SellerProperties seller, EInvoiceProperties properties, CustomerService customers,
            @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.seller = seller;
        this.writer = new CiiWriter(properties.profile());
        this.customers = customers;
        this.companyZone = companyZone;
    }

    /** The e-invoice's XML; 409 for a draft or void invoice, or when data it needs is missing (named). */
    public byte[] xml(InvoiceView invoice) {
        if (invoice.number() == null || invoice.issuedAt() == null) {
            throw DomainException.conflict("Invoice " + invoice.id() + " is not issued: only an issued invoice has an "
                    + "e-invoice");
        }
        List<String> notIssuedWith = EInvoiceAssembler.missingBillingDetails(invoice.billTo());
        if (!notIssuedWith.isEmpty()) {
            throw DomainException.conflict("Invoice " + invoice.id() + " cannot be an e-invoice: it was issued without "
                    + String.join(", ", notIssuedWith) + ", and an issued invoice keeps the billing details it was "
                    + "issued with (later ones apply to invoices issued after them)");
        }
        Buyer buyer = buyer(invoice.customerId(), invoice.billTo(), "Invoice " + invoice.id());
        return xml(EInvoiceAssembler.invoice(invoice, buyer.email(), seller, companyZone));
    }

    /**
     * The credit note's e-invoice (type 381), addressed as the invoice it corrects was; 409 when data it needs is
     * missing (named).
     */
    public byte[] xml(CreditNoteView note) {
        List<String> notIssuedWith = EInvoiceAssembler.missingBillingDetails(note.billTo());
        if (!notIssuedWith.isEmpty()) {
            throw DomainException.conflict("Credit note " + note.id() + " cannot be an e-invoice: invoice "
                    + note.invoiceNumber() + ", which it corrects, was issued without " + String.join(", ", notIssuedWith));
        }
        Buyer buyer = buyer(note.customerId(), note.billTo(), "Credit note " + note.id());
        return xml(EInvoiceAssembler.creditNote(note, buyer.email(), seller));
    }

    /**
     * The XML of a model; 409 when Mustang, which states VAT as net × rate rounded once, would come to other totals (a
     * credit note of a gross amount that no net amount reaches: see docs/billing.md).
     */
    public byte[] xml(EInvoice invoice) {
        try {
            return writer.xml(invoice);
        } catch (IllegalStateException differentTotals) {
            throw DomainException.conflict(differentTotals.getMessage() + ": EN 16931 states VAT as net × rate, "
                    + "rounded once, and these amounts do not split that way");
        }
    }

    private record Buyer(String email) {
    }

    /** The buyer's contact e-mail, once {@code billing} and the seller's keys hold all an e-invoice needs. */
    private Buyer buyer(long customerId, BillTo billing, String document) {
        String email = customers.contactEmail(customerId).orElse(null);
        List<String> missing = EInvoiceAssembler.missing(billing, email, seller);
        if (!missing.isEmpty()) {
            throw DomainException.conflict(document + " cannot be an e-invoice yet: it needs "
                    + String.join(", ", missing) + " (customer fields: PUT /api/customers/" + customerId
                    + "/billing-details; quarterhour.seller.* keys: the configuration)");
        }
        return new Buyer(email);
    }

    /**
     * The PDF with the e-invoice embedded (PDF/A-3, Factur-X), or the PDF as it is when the invoice has no e-invoice
     * (a draft, or data missing): the PDF is the human's document and never waits for the machine's.
     */
    public byte[] withEInvoice(byte[] pdf, InvoiceView invoice) {
        return eInvoiceOf(invoice).map(xml -> FacturX.embed(pdf, xml, writer)).orElse(pdf);
    }

    /** The credit note's PDF with its e-invoice embedded, or as it is when it has none (data missing). */
    public byte[] withEInvoice(byte[] pdf, CreditNoteView note) {
        return orNone(() -> xml(note)).map(xml -> FacturX.embed(pdf, xml, writer)).orElse(pdf);
    }

    private Optional<byte[]> eInvoiceOf(InvoiceView invoice) {
        return orNone(() -> xml(invoice));
    }

    private static Optional<byte[]> orNone(Supplier<byte[]> xml) {
        try {
            return Optional.of(xml.get());
        } catch (DomainException notPossible) {
            return Optional.empty();
        }
    }
}

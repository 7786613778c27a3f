package com.quarterhour.billing.einvoice;

import com.quarterhour.billing.InvoiceView;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.shared.DomainException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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
        CustomerView customer = customers.get(invoice.customerId());
        String email = customers.contactEmail(customer.id()).orElse(null);
        List<String> missing = EInvoiceAssembler.missing(customer, email, seller);
        if (!missing.isEmpty()) {
            throw DomainException.conflict("Invoice " + invoice.id() + " cannot be an e-invoice yet: it needs "
                    + String.join(", ", missing) + " (customer fields: PUT /api/customers/" + customer.id()
                    + "/billing-details; quarterhour.seller.* keys: the configuration)");
        }
        return xml(EInvoiceAssembler.invoice(invoice, customer, email, seller, companyZone));
    }

    public byte[] xml(EInvoice invoice) {
        return writer.xml(invoice);
    }

    /**
     * The PDF with the e-invoice embedded (PDF/A-3, Factur-X), or the PDF as it is when the invoice has no e-invoice
     * (a draft, or data missing): the PDF is the human's document and never waits for the machine's.
     */
    public byte[] withEInvoice(byte[] pdf, InvoiceView invoice) {
        return eInvoiceOf(invoice).map(xml -> FacturX.embed(pdf, xml, writer)).orElse(pdf);
    }

    /** Embeds the given e-invoice (a credit note's, say) in its PDF. */
    public byte[] withEInvoice(byte[] pdf, EInvoice invoice) {
        return FacturX.embed(pdf, xml(invoice), writer);
    }

    private Optional<byte[]> eInvoiceOf(InvoiceView invoice) {
        try {
            return Optional.of(xml(invoice));
        } catch (DomainException notPossible) {
            return Optional.empty();
        }
    }
}

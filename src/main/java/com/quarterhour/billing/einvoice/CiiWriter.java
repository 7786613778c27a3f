package com.quarterhour.billing.einvoice;

import com.quarterhour.billing.einvoice.EInvoice.Line;
import com.quarterhour.billing.einvoice.EInvoice.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profile;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.TransactionCalculator;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;

/**
 * {@link EInvoice} → UN/CEFACT Cross Industry Invoice (CII D16B) XML, by Mustang. Mustang computes the totals it
 * writes from the lines (each {@code quantity × price} rounded half-up to cents, VAT on the sum per rate, rounded
 * once): the same rules as ours, and {@link #xml} refuses to write an invoice whose totals would come out different.
 */
public final class CiiWriter {

    /** Payment means 58: SEPA credit transfer. */
    private static final String CREDIT_TRANSFER = "58";

    private final EInvoiceProfile profile;

    public CiiWriter(EInvoiceProfile profile) {
        this.profile = profile;
    }

    public byte[] xml(EInvoice invoice) {
        Invoice cii = invoice(invoice);
        checkTotals(invoice, cii);
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(mustangProfile());
        provider.generateXML(cii);
        return provider.getXML();
    }

    Profile mustangProfile() {
        return Profiles.getByName(profile.name());
    }

    static Invoice invoice(EInvoice e) {
        Invoice cii = new Invoice()
                .setNumber(e.number())
                .setIssueDate(date(e.issueDate()))
                .setCurrency(e.currency().getCurrencyCode())
                .setSender(seller(e))
                .setRecipient(party(e.buyer()))
                .setReferenceNumber(e.buyerReference());
        if (e.type() == EInvoice.DocumentType.CREDIT_NOTE) {
            cii.setCreditNote(e.precedingInvoiceNumber());
        } else {
            cii.setDueDate(date(e.dueDate()));
        }
        if (e.payTo() != null && e.payTo().terms() != null) {
            cii.setPaymentTermDescription(e.payTo().terms());
        }
        if (e.periodStart() != null) {
            cii.setDetailedDeliveryPeriod(date(e.periodStart()), date(e.periodEnd()));
        }
        // the day the service was complete (BT-72): the period's last day, else the issue day
        cii.setDeliveryDate(date(e.periodEnd() != null ? e.periodEnd() : e.issueDate()));
        BigDecimal percent = e.vatRate().movePointRight(2);
        for (Line line : e.lines()) {
            Product product = new Product(line.name(), line.description(), line.unitCode(), percent)
                    .setTaxCategoryCode(e.vatCategory().code());
            if (e.vatCategory().exemptionReason() != null) {
                product.setTaxExemptionReason(e.vatCategory().exemptionReason())
                        .setTaxExemptionReasonCode(e.vatCategory().exemptionReasonCode());
            }
            cii.addItem(new Item(product, line.unitPrice(), line.quantity()));
        }
        return cii;
    }

    private static TradeParty seller(EInvoice e) {
        Party seller = e.seller();
        TradeParty party = party(seller).setContact(new Contact(seller.contactName(), seller.phone(), seller.email()));
        if (e.payTo() != null) {
            party.addBankDetails(new BankDetails(e.payTo().iban(), e.payTo().bic())
                    .setAccountName(e.payTo().accountName()).setPaymentMeansCode(CREDIT_TRANSFER));
        }
        return party;
    }

    private static TradeParty party(Party p) {
        TradeParty party = new TradeParty(p.name(), p.street(), p.postcode(), p.city(), p.country());
        if (p.vatId() != null) {
            party.addVATID(p.vatId());
        }
        if (p.email() != null) {
            party.setEmail(p.email());
        }
        return party;
    }

    /** Our totals are the invoice's; an XML stating others would be a second, different invoice. */
    private static void checkTotals(EInvoice e, Invoice cii) {
        TransactionCalculator calculator = new TransactionCalculator(cii);
        BigDecimal net = calculator.getTaxBasis();
        BigDecimal gross = calculator.getGrandTotal();
        if (net.compareTo(e.subtotal()) != 0 || gross.compareTo(e.total()) != 0) {
            throw new IllegalStateException("E-invoice " + e.number() + " would state subtotal " + net + " and total "
                    + gross + " instead of " + e.subtotal() + " and " + e.total());
        }
    }

    /** Mustang formats dates in the JVM's zone: midnight there is the day itself. */
    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}

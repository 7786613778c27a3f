package com.quarterhour.billing.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.quarterhour.billing.CreditNoteView;
import com.quarterhour.billing.InvoiceView;
import com.quarterhour.billing.InvoiceView.BillTo;
import com.quarterhour.billing.InvoiceView.EstimateAgainstActual;
import com.quarterhour.billing.InvoiceView.Line;
import com.quarterhour.billing.einvoice.SellerProperties;
import com.quarterhour.billing.pricing.Money;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.shared.CsvCells;
import com.quarterhour.shared.Minutes;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An invoice or a credit note as a PDF (OpenPDF: seller and buyer, dates, itemized table, totals, how to pay) and as
 * CSV (Commons CSV). An invoice's CSV is one row per line, each naming the invoice and the customer, so the rows of
 * many invoices can be put together; its totals are a file of their own ({@link #totalsCsv}). The PDF is the
 * customer's copy: it shows no internal status.
 */
@Component
public class InvoiceDocuments {

    static final String[] CSV_HEADER = {"line", "kind", "date", "engagementId", "timeEntryId", "title", "technician",
        "minutes", "billedMinutes", "note", "description", "quantity", "unitPrice", "amount", "invoiceNumber",
        "customerId", "customer", "reference"};
    static final String[] TOTALS_CSV_HEADER = {"invoiceNumber", "customerId", "customer", "period", "issueDate",
        "dueDate", "currency", "subtotal", "vatRate", "tax", "total"};
    static final String[] CREDIT_NOTE_CSV_HEADER = {"line", "kind", "engagementId", "timeEntryId", "description",
        "amount"};

    private static final Color RULE = new Color(0xDD, 0xDD, 0xDD);
    private static final Color HEAD = new Color(0xF2, 0xF2, 0xF2);
    // An invoice is a legal document in the seller's words, not per reader: fixed English month names ("3 Sep
    // 2025"), whatever locale the people reading the portal chose (the UK locale would write "Sept")
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final SellerProperties seller;
    private final ZoneId companyZone;

    InvoiceDocuments(SellerProperties seller, @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.seller = seller;
        this.companyZone = companyZone;
    }

    /** The invoice as the customer receives it, addressed as it says ({@link InvoiceView#billTo}). */
    public byte[] pdf(InvoiceView invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title(invoice));
            document.addCreator("Quarterhour");
            document.open();
            header(document, invoice);
            document.add(lines(invoice));
            document.add(totals(invoice));
            if (!invoice.estimates().isEmpty()) {
                estimates(document, invoice);
            }
            payment(document, invoice);
            footer(document, invoice);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out invoice " + invoice.id(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** One row per line, each with the invoice's number and customer; a draft has no number yet (empty). */
    public String csv(InvoiceView invoice) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
            int n = 1;
            for (Line l : invoice.lines()) {
                // titles, notes and customer names are people's text: never a formula in a spreadsheet
                csv.printRecord(CsvCells.of(n++, l.kind(), l.date(), l.engagementId(), l.timeEntryId(), l.title(),
                        l.technician(), l.minutes(), l.billedMinutes(), l.note(), l.description(), l.quantity(),
                        l.unitPrice(), l.amount(), invoice.number(), invoice.customerId(), invoice.customerName(),
                        l.engagementId() == null ? null : reference(l.engagementId())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The invoice's totals: one row, named by invoice number and customer as the lines are. */
    public String totalsCsv(InvoiceView invoice) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(TOTALS_CSV_HEADER).get())) {
            csv.printRecord(CsvCells.of(invoice.number(), invoice.customerId(), invoice.customerName(),
                    invoice.period(), issueDate(invoice), invoice.dueDate(), invoice.currency().getCurrencyCode(),
                    invoice.subtotal(), invoice.vatRate(), invoice.tax(), invoice.total()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A credit note as a PDF: who and what it credits, its lines (net), VAT and total given back. */
    public byte[] pdf(CreditNoteView note) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Credit note " + note.number());
            document.addCreator("Quarterhour");
            document.open();
            document.add(new Paragraph(sellerName(), font(18, Font.BOLD)));
            for (String line : sellerAddress()) {
                document.add(new Paragraph(line, font(9, Font.NORMAL)));
            }
            Paragraph title = new Paragraph("Credit note " + note.number(), font(14, Font.BOLD));
            title.setAlignment(Element.ALIGN_RIGHT);
            document.add(title);
            for (String text : new String[] {"Issued " + DAY.format(note.issueDate()),
                "Credits invoice " + note.invoiceNumber(),
                "To: " + note.customerName() + " (customer " + note.customerId() + ")",
                "Reason: " + note.reason()}) {
                document.add(new Paragraph(text, font(9, Font.NORMAL)));
            }
            PdfPTable table = new PdfPTable(new float[] {8, 2});
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            Currency currency = note.currency();
            for (CreditNoteView.Line l : note.lines()) {
                table.addCell(cell(new Phrase(l.description(), font(8, Font.NORMAL)), 0));
                table.addCell(cell(new Phrase(Money.format(l.amount(), currency), font(8, Font.NORMAL)),
                        Element.ALIGN_RIGHT));
            }
            document.add(table);
            PdfPTable totals = new PdfPTable(new float[] {8, 2});
            totals.setWidthPercentage(50);
            totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
            totals.setSpacingBefore(8);
            total(totals, "Net", Money.format(note.net(), currency), Font.NORMAL);
            total(totals, "VAT " + percent(note.vatRate()), Money.format(note.tax(), currency), Font.NORMAL);
            total(totals, "Credited " + currency.getCurrencyCode(), Money.format(note.total(), currency), Font.BOLD);
            document.add(totals);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out credit note " + note.id(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** A credit note's lines as CSV, then net, VAT and total; the reason is the manager's text: never a formula. */
    public String csv(CreditNoteView note) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CREDIT_NOTE_CSV_HEADER).get())) {
            for (CreditNoteView.Line l : note.lines()) {
                csv.printRecord(CsvCells.of(l.lineNo(), "CREDIT", l.engagementId(), l.timeEntryId(), l.description(),
                        l.amount()));
            }
            csv.printRecord("", "NET", "", "", note.number() + " credits " + note.invoiceNumber(), note.net());
            csv.printRecord("", "TAX", "", "", "VAT " + percent(note.vatRate()), note.tax());
            csv.printRecord("", "TOTAL", "", "", note.currency().getCurrencyCode(), note.total());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void header(Document document, InvoiceView invoice) throws DocumentException {
        PdfPTable head = new PdfPTable(new float[] {3, 2});
        head.setWidthPercentage(100);
        PdfPCell left = cell(null, 0);
        left.addElement(new Paragraph(sellerName(), font(18, Font.BOLD)));
        for (String line : sellerAddress()) {
            left.addElement(new Paragraph(line, font(9, Font.NORMAL)));
        }
        head.addCell(left);
        PdfPCell right = cell(null, 0);
        Paragraph titleLine = new Paragraph(title(invoice), font(14, Font.BOLD));
        titleLine.setAlignment(Element.ALIGN_RIGHT);
        right.addElement(titleLine);
        List<String> dates = invoice.issuedAt() == null ? List.of("Draft: not issued, nothing to pay yet")
                : List.of("Invoice date " + DAY.format(issueDate(invoice)),
                        "Due date " + DAY.format(invoice.dueDate()));
        for (String text : concat(dates, List.of("Period: " + invoice.period()))) {
            Paragraph p = new Paragraph(text, font(9, Font.NORMAL));
            p.setAlignment(Element.ALIGN_RIGHT);
            right.addElement(p);
        }
        head.addCell(right);
        document.add(head);
        Paragraph billTo = new Paragraph("Bill to", font(8, Font.NORMAL));
        billTo.setSpacingBefore(14);
        document.add(billTo);
        document.add(new Paragraph(invoice.billTo().name(), font(10, Font.BOLD)));
        for (String line : buyerAddress(invoice.billTo(), invoice.customerId())) {
            document.add(new Paragraph(line, font(9, Font.NORMAL)));
        }
        Paragraph plan = new Paragraph("Plan: " + invoice.planCode() + "   Currency: " + invoice.currency()
                .getCurrencyCode() + "   VAT: " + percent(invoice.vatRate()), font(9, Font.NORMAL));
        plan.setSpacingBefore(6);
        plan.setSpacingAfter(10);
        document.add(plan);
    }

    /** The seller as configured ({@code quarterhour.seller.*}); the application's name until a name is set. */
    private String sellerName() {
        return present(seller.name()) ? seller.name() : "Quarterhour";
    }

    private List<String> sellerAddress() {
        return nonBlank(seller.street(), joined(seller.postcode(), seller.city()), seller.country(),
                present(seller.vatId()) ? "VAT no. " + seller.vatId() : null,
                joined(seller.email(), seller.phone()));
    }

    /** The buyer's billing details (postal address, VAT id, their reference for us) and customer number. */
    private static List<String> buyerAddress(BillTo billing, long customerId) {
        return nonBlank(billing.street(), joined(billing.postcode(), billing.city()), billing.country(),
                present(billing.vatId()) ? "VAT no. " + billing.vatId() : null,
                present(billing.buyerReference()) ? "Your reference: " + billing.buyerReference() : null,
                "Customer number " + customerId);
    }

    /** How to pay an issued invoice that is still open: the terms, the amount, the day and the seller's account. */
    private void payment(Document document, InvoiceView invoice) throws DocumentException {
        if (invoice.issuedAt() == null || invoice.openAmount().signum() <= 0) {
            return;
        }
        // the terms it was issued with, as its due date is
        StringBuilder text = new StringBuilder(SellerProperties.paymentTerms(invoice.paymentTermsDays()))
                .append(". Please pay ")
                .append(Money.format(invoice.openAmount(), invoice.currency())).append(" by ")
                .append(DAY.format(invoice.dueDate()));
        if (present(seller.iban())) {
            text.append(" to ").append(sellerName()).append(", IBAN ").append(seller.iban());
            if (present(seller.bic())) {
                text.append(", BIC ").append(seller.bic());
            }
        }
        text.append(", quoting ").append(invoice.number()).append('.');
        Paragraph p = new Paragraph(text.toString(), font(9, Font.NORMAL));
        p.setSpacingBefore(14);
        document.add(p);
    }

    private LocalDate issueDate(InvoiceView invoice) {
        return invoice.issuedAt() == null ? null : LocalDate.ofInstant(invoice.issuedAt(), companyZone);
    }

    /** A request as the customer knows it from the portal and mails: ENG-12. */
    private static String reference(long engagementId) {
        return EngagementService.businessKeyOf(engagementId);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String joined(String first, String second) {
        return nonBlank(first, second).stream().reduce((a, b) -> a + "  " + b).orElse(null);
    }

    private static List<String> nonBlank(String... values) {
        return Arrays.stream(values).filter(InvoiceDocuments::present).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private PdfPTable lines(InvoiceView invoice) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 3.2f, 1.4f, 4.6f, 1.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : new String[] {"Date", "Ticket", "Time spent", "Note", "Amount"}) {
            PdfPCell c = cell(new Phrase(h, font(9, Font.BOLD)), h.equals("Amount") ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            c.setBackgroundColor(HEAD);
            table.addCell(c);
        }
        Currency currency = invoice.currency();
        for (Line l : invoice.lines()) {
            table.addCell(cell(new Phrase(l.date() == null ? "" : DAY.format(l.date()), font(8, Font.NORMAL)), 0));
            Phrase ticket = new Phrase();
            if (l.title() != null) {
                ticket.add(new Phrase(l.title(), font(8, Font.BOLD)));
                String by = l.technician() == null ? "" : ", " + l.technician();
                ticket.add(new Phrase("\n" + reference(l.engagementId()) + by, font(7, Font.NORMAL)));
            } else {
                ticket.add(new Phrase(l.kind().equals("FEE") ? "Monthly fee" : label(l.kind()), font(8, Font.BOLD)));
            }
            table.addCell(cell(ticket, 0));
            String time = l.minutes() == null ? "" : Minutes.text(l.minutes())
                    + (l.billedMinutes() != null && !l.billedMinutes().equals(l.minutes())
                            ? "\nbilled " + Minutes.text(l.billedMinutes()) : "");
            table.addCell(cell(new Phrase(time, font(8, Font.NORMAL)), 0));
            Phrase note = new Phrase();
            if (l.note() != null) {
                note.add(new Phrase(l.note() + "\n", font(8, Font.NORMAL)));
            }
            note.add(new Phrase(l.description(), font(7, Font.ITALIC)));
            table.addCell(cell(note, 0));
            table.addCell(cell(new Phrase(Money.format(l.amount(), currency), font(8, Font.NORMAL)),
                    Element.ALIGN_RIGHT));
        }
        return table;
    }

    private PdfPTable totals(InvoiceView invoice) {
        PdfPTable table = new PdfPTable(new float[] {8, 2});
        table.setWidthPercentage(50);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setSpacingBefore(8);
        Currency currency = invoice.currency();
        total(table, "Subtotal", Money.format(invoice.subtotal(), currency), Font.NORMAL);
        total(table, "VAT " + percent(invoice.vatRate()), Money.format(invoice.tax(), currency), Font.NORMAL);
        total(table, "Total " + currency.getCurrencyCode(), Money.format(invoice.total(), currency), Font.BOLD);
        for (InvoiceView.CreditNote note : invoice.creditNotes()) {
            total(table, "Credit note " + note.number(), Money.format(note.total().negate(), currency), Font.NORMAL);
        }
        if (!invoice.payments().isEmpty()) {
            BigDecimal paid = invoice.payments().stream().map(InvoiceView.Payment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            total(table, "Paid", Money.format(paid, currency), Font.NORMAL);
        }
        if (!invoice.payments().isEmpty() || !invoice.creditNotes().isEmpty()) {
            total(table, "Open", Money.format(invoice.openAmount(), currency), Font.BOLD);
            if (invoice.refundDue().signum() > 0) {
                total(table, "Refund due", Money.format(invoice.refundDue(), currency), Font.BOLD);
            }
        }
        return table;
    }

    /** Estimate against actual for the estimated engagements: information beside the lines, not part of the total. */
    private void estimates(Document document, InvoiceView invoice) throws DocumentException {
        Paragraph heading = new Paragraph("Estimate against actual", font(10, Font.BOLD));
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.add(heading);
        PdfPTable table = new PdfPTable(new float[] {4.2f, 1.8f, 1.8f, 1.6f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : new String[] {"Ticket", "Estimated", "Estimated price", "Billed", "Charged"}) {
            PdfPCell c = cell(new Phrase(h, font(9, Font.BOLD)), h.equals("Ticket") ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            c.setBackgroundColor(HEAD);
            table.addCell(c);
        }
        Currency currency = invoice.currency();
        for (EstimateAgainstActual e : invoice.estimates()) {
            Phrase ticket = new Phrase();
            ticket.add(new Phrase(e.title(), font(8, Font.BOLD)));
            ticket.add(new Phrase("\n" + reference(e.engagementId()), font(7, Font.NORMAL)));
            table.addCell(cell(ticket, 0));
            table.addCell(cell(new Phrase(Minutes.text(e.estimatedMinutes()), font(8, Font.NORMAL)), Element.ALIGN_RIGHT));
            String price = e.estimatedPrice() == null ? "hours only" : Money.format(e.estimatedPrice(), currency);
            table.addCell(cell(new Phrase(price, font(8, Font.NORMAL)), Element.ALIGN_RIGHT));
            table.addCell(cell(new Phrase(Minutes.text(e.billedMinutes()), font(8, Font.NORMAL)), Element.ALIGN_RIGHT));
            table.addCell(cell(new Phrase(Money.format(e.chargedAmount(), currency), font(8, Font.NORMAL)),
                    Element.ALIGN_RIGHT));
        }
        document.add(table);
    }

    private void footer(Document document, InvoiceView invoice) throws DocumentException {
        StringBuilder text = new StringBuilder("Each line: amount = quantity × unit price, rounded half-up to the "
                + "minor unit; time is billed per entry, rounded up to the plan's increment.");
        if (invoice.closingBalance().credit().signum() > 0 || invoice.closingBalance().prepaidHours().signum() > 0) {
            text.append(" Balance after this invoice: credit ").append(Money.format(invoice.closingBalance().credit(),
                    invoice.currency())).append(", prepaid hours ").append(invoice.closingBalance().prepaidHours())
                    .append('.');
        }
        Paragraph p = new Paragraph(text.toString(), font(7, Font.NORMAL));
        p.setSpacingBefore(16);
        document.add(p);
    }

    private static void total(PdfPTable table, String label, String amount, int style) {
        table.addCell(cell(new Phrase(label, font(9, style)), Element.ALIGN_RIGHT));
        table.addCell(cell(new Phrase(amount, font(9, style)), Element.ALIGN_RIGHT));
    }

    private static PdfPCell cell(Phrase phrase, int align) {
        PdfPCell cell = phrase == null ? new PdfPCell() : new PdfPCell(phrase);
        cell.setBorder(phrase == null ? PdfPCell.NO_BORDER : PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        cell.setHorizontalAlignment(align);
        return cell;
    }

    private static Font font(float size, int style) {
        return new Font(switch (style) {
            case Font.BOLD -> Fonts.BOLD;
            case Font.ITALIC -> Fonts.ITALIC;
            default -> Fonts.REGULAR;
        }, size);
    }

    /**
     * Embedded fonts (subsets of Source Sans Pro, which ships with Mustang): a PDF/A file must carry every font it
     * uses, and the PDF of an issued invoice is PDF/A-3 with its e-invoice inside. Loaded once, when first used.
     */
    private static final class Fonts {
        static final BaseFont REGULAR = load("SourceSansPro-Regular.ttf");
        static final BaseFont BOLD = load("SourceSansPro-Bold.ttf");
        static final BaseFont ITALIC = load("SourceSansPro-It.ttf");

        private static BaseFont load(String name) {
            try (InputStream in = InvoiceDocuments.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + name + " is not on the class path");
                }
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String title(InvoiceView invoice) {
        return (invoice.number() == null ? "Draft invoice" : "Invoice " + invoice.number());
    }

    private static String label(String kind) {
        return switch (kind) {
            case "REFUND" -> "Refund";
            case "SERVICE_CREDIT" -> "Service credit";
            case "CREDIT_BUNDLE" -> "Credit bundle";
            case "PREPAID_HOURS" -> "Prepaid hours";
            default -> kind;
        };
    }

    private static String percent(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + " %";
    }
}

package com.quarterhour.billing.web;

import com.quarterhour.billing.BillingRunService;
import com.quarterhour.billing.BillingRunService.Started;
import com.quarterhour.billing.BillingRunView;
import com.quarterhour.billing.CreditNoteIssued;
import com.quarterhour.billing.CreditNoteView;
import com.quarterhour.billing.InvoiceService;
import com.quarterhour.billing.InvoiceService.CreditNoteRequest;
import com.quarterhour.billing.InvoiceService.InvoiceFilter;
import com.quarterhour.billing.InvoiceService.PaymentRequest;
import com.quarterhour.billing.InvoiceService.Purchase;
import com.quarterhour.billing.InvoiceService.ReviewDecision;
import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.billing.InvoiceView;
import com.quarterhour.billing.PaymentRecorded;
import com.quarterhour.billing.UsageService;
import com.quarterhour.billing.UsageView;
import com.quarterhour.identity.CustomerScope;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.web.SortableBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Billing runs, invoices (JSON, PDF, CSV), reviews, purchases and usage. Customer users read their own account's
 * issued invoices and usage (see CustomerScope); a draft or void invoice is not theirs to see yet (or ever).
 */
@RestController
@Tag(name = "Billing", description = "Month-end billing runs, invoices, reviews, purchases and usage")
class BillingController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /**
     * What a customer sees of its invoices: numbered ones. A draft may still be rejected; a rejected one (VOID without
     * a number) never counted; an issued one credited in full is VOID with its number, and stays in sight.
     */
    private static final Set<InvoiceStatus> SHOWN_TO_CUSTOMERS = Set.of(InvoiceStatus.ISSUED,
            InvoiceStatus.PARTLY_PAID, InvoiceStatus.PAID, InvoiceStatus.VOID);

    private final BillingRunService runs;
    private final InvoiceService invoices;
    private final UsageService usage;
    private final CustomerScope scope;

    BillingController(BillingRunService runs, InvoiceService invoices, UsageService usage, CustomerScope scope) {
        this.runs = runs;
        this.invoices = invoices;
        this.usage = usage;
        this.scope = scope;
    }

    record RunRequest(String period) {
    }

    record RunStarted(long id, String processInstanceId) {
    }

    @PostMapping("/api/billing/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "startBillingRun", summary = "Start month-end billing for a past month",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "billing run", value = """
                            {"period": "2026-10"}"""))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    ResponseEntity<RunStarted> start(@RequestBody RunRequest request, Principal user) {
        Started started = runs.start(request.period(), user.getName());
        return ResponseEntity.accepted().location(URI.create("/api/billing/runs/" + started.id()))
                .body(new RunStarted(started.id(), started.processInstanceId()));
    }

    @GetMapping("/api/billing/runs/{id}")
    @Operation(operationId = "getBillingRun", summary = "A billing run's status, counts and invoices")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR')")
    BillingRunView run(@PathVariable long id) {
        return runs.get(id);
    }

    @GetMapping("/api/invoices")
    @Operation(operationId = "listInvoices", summary = "List itemized invoices, a page at a time",
            description = "Oldest first unless sorted otherwise. A customer user sees its own account's issued and paid "
                    + "invoices only.")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','CUSTOMER')")
    PagedModel<InvoiceView> invoices(@RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) InvoiceStatus status,
            @ParameterObject @SortableBy(InvoiceService.SORTABLE) Pageable pageable) {
        Set<InvoiceStatus> visible = scope.isCustomer() ? SHOWN_TO_CUSTOMERS : EnumSet.allOf(InvoiceStatus.class);
        Set<InvoiceStatus> statuses = status == null ? visible : visible.contains(status) ? Set.of(status) : Set.of();
        if (statuses.isEmpty()) {
            return new PagedModel<>(Page.empty(pageable));
        }
        return new PagedModel<>(scope.page(customerId, pageable,
                customer -> invoices.list(new InvoiceFilter(customer, period, statuses, scope.isCustomer()),
                        pageable)));
    }


    @GetMapping("/api/invoices/{id}")
    @Operation(operationId = "getInvoice", summary = "Read an invoice: JSON, or PDF or CSV by the Accept header")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','CUSTOMER')")
    InvoiceView invoice(@PathVariable long id) {
        return visible(id);
    }

    @GetMapping(value = "/api/invoices/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','CUSTOMER')")
    ResponseEntity<byte[]> invoicePdfByAccept(@PathVariable long id) {
        return pdf(id);
    }

    @GetMapping("/api/invoices/{id}.pdf")
    @Operation(operationId = "getInvoicePdf", summary = "An invoice as PDF",
            description = "An issued invoice whose e-invoice can be drawn up (see getInvoiceXml) is a PDF/A-3 with "
                    + "that XML embedded (Factur-X/ZUGFeRD); otherwise the plain PDF.",
            responses = @ApiResponse(responseCode = "200", description = "The invoice's PDF",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','CUSTOMER')")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        visible(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("invoice-" + id + ".pdf").build().toString())
                .body(invoices.pdf(id));
    }

    @GetMapping("/api/invoices/{id}.xml")
    @Operation(operationId = "getInvoiceXml", summary = "An issued invoice as e-invoice (EN 16931, UN/CEFACT CII XML)",
            description = "The XML that the invoice's PDF also carries (Factur-X/ZUGFeRD). It needs the customer's "
                    + "street, postcode, city, buyer reference and contact e-mail and the seller's configuration; a "
                    + "draft answers 409, and so does an invoice whose data is incomplete, naming what is missing.",
            responses = @ApiResponse(responseCode = "200", description = "The e-invoice",
                    content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE,
                            schema = @Schema(type = "string"))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','CUSTOMER')")
    ResponseEntity<byte[]> xml(@PathVariable long id) {
        visible(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("invoice-" + id + ".xml").build().toString())
                .body(invoices.xml(id));
    }

    @GetMapping(value = "/api/invoices/{id}", produces = "text/csv")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','CUSTOMER')")
    ResponseEntity<String> invoiceCsvByAccept(@PathVariable long id) {
        return csv(id);
    }

    @GetMapping("/api/invoices/{id}.csv")
    @Operation(operationId = "getInvoiceCsv", summary = "An invoice's lines as CSV",
            description = "One row per line, each with the invoice number, customer id and name and the request "
                    + "reference (ENG-12); the totals are in getInvoiceTotalsCsv.",
            responses = @ApiResponse(responseCode = "200", description = "The invoice's lines, one per row",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','CUSTOMER')")
    ResponseEntity<String> csv(@PathVariable long id) {
        visible(id);
        return csvFile("invoice-" + id + ".csv", invoices.csv(id));
    }

    @GetMapping("/api/invoices/{id}.totals.csv")
    @Operation(operationId = "getInvoiceTotalsCsv", summary = "An invoice's totals as CSV",
            description = "One row: invoice number, customer, period, issue and due dates, currency, subtotal, VAT "
                    + "rate, VAT and total. The lines are in getInvoiceCsv, with the same invoice number and customer.",
            responses = @ApiResponse(responseCode = "200", description = "The invoice's totals",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','CUSTOMER')")
    ResponseEntity<String> totalsCsv(@PathVariable long id) {
        visible(id);
        return csvFile("invoice-" + id + "-totals.csv", invoices.totalsCsv(id));
    }

    private static ResponseEntity<String> csvFile(String filename, String body) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }

    @PostMapping("/api/invoices/{id}/review")
    @Operation(operationId = "reviewInvoice", summary = "Approve or reject a draft invoice waiting for review",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "review", value = """
                            {"approved": true, "comment": "Checked against the contract"}"""))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    InvoiceView review(@PathVariable long id, @RequestBody ReviewDecision decision, Principal user) {
        return invoices.review(id, decision, user.getName());
    }

    @PostMapping("/api/invoices/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordPayment", summary = "Record money received against an issued invoice",
            description = "In the invoice's currency, at most its minor unit's decimals, more than zero, paid on a day "
                    + "from the invoice's issue to today, with the bank or remittance reference (at most 200 "
                    + "characters). The invoice becomes PARTLY_PAID, then PAID when the payments reach its total. A "
                    + "draft, void or paid invoice, or a payment above what is open, answers 409.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "payment", value = """
                            {"amount": 500.00, "paidOn": "2026-11-12", "reference": "BACS 7781 Acme Ltd"}"""))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    ResponseEntity<PaymentRecorded> pay(@PathVariable long id, @RequestBody PaymentRequest payment, Principal user) {
        PaymentRecorded recorded = invoices.pay(id, payment, user.getName());
        return ResponseEntity.created(URI.create("/api/invoices/" + id)).body(recorded);
    }

    @PostMapping("/api/invoices/{id}/credit-notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "issueCreditNote", summary = "Give money back against an issued invoice: a credit note",
            description = "The amount is gross: what the customer gets back, VAT included, in the invoice's currency "
                    + "with at most its minor unit's decimals; omitted, it is all that is still creditable (the total "
                    + "less earlier credit notes). The VAT is split out once at the invoice's rate. Credit notes have "
                    + "their own gap-free numbers (CN-2026-000001). Credit notes covering the whole total make the "
                    + "invoice VOID (it keeps its number; no payment is taken any more). A draft or void invoice, or "
                    + "an amount above what is still creditable, answers 409; a missing reason 400.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "credit note", value = """
                            {"reason": "Goodwill: two hours of the outage were ours", "amount": 156.00}"""))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    ResponseEntity<CreditNoteIssued> credit(@PathVariable long id, @RequestBody CreditNoteRequest request,
            Principal user) {
        CreditNoteIssued issued = invoices.credit(id, request, user.getName());
        return ResponseEntity.created(URI.create("/api/credit-notes/" + issued.creditNote().id())).body(issued);
    }

    @GetMapping("/api/credit-notes/{id}")
    @Operation(operationId = "getCreditNote", summary = "Read a credit note: its invoice, reason, lines, VAT and total",
            description = "A customer user reads its own account's credit notes only.")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','CUSTOMER')")
    CreditNoteView creditNote(@PathVariable long id) {
        return visibleCreditNote(id);
    }

    @GetMapping("/api/credit-notes/{id}.pdf")
    @Operation(operationId = "getCreditNotePdf", summary = "A credit note as PDF",
            responses = @ApiResponse(responseCode = "200", description = "The credit note's PDF",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','CUSTOMER')")
    ResponseEntity<byte[]> creditNotePdf(@PathVariable long id) {
        visibleCreditNote(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("credit-note-" + id + ".pdf").build().toString())
                .body(invoices.creditNotePdf(id));
    }

    @GetMapping("/api/credit-notes/{id}.xml")
    @Operation(operationId = "getCreditNoteXml", summary = "A credit note as e-invoice (EN 16931, CII XML, type 381)",
            description = "The XML that the credit note's PDF also carries (Factur-X/ZUGFeRD), naming the invoice it "
                    + "corrects. It needs the same customer fields and seller configuration as an invoice's e-invoice; "
                    + "without them it answers 409, naming what is missing.",
            responses = @ApiResponse(responseCode = "200", description = "The e-invoice of the credit note",
                    content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE,
                            schema = @Schema(type = "string"))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','CUSTOMER')")
    ResponseEntity<byte[]> creditNoteXml(@PathVariable long id) {
        visibleCreditNote(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("credit-note-" + id + ".xml").build().toString())
                .body(invoices.creditNoteXml(id));
    }

    @GetMapping("/api/credit-notes/{id}.csv")
    @Operation(operationId = "getCreditNoteCsv", summary = "A credit note's lines as CSV",
            responses = @ApiResponse(responseCode = "200", description = "The credit note's lines, then net, VAT, total",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','CUSTOMER')")
    ResponseEntity<String> creditNoteCsv(@PathVariable long id) {
        visibleCreditNote(id);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("credit-note-" + id + ".csv").build().toString())
                .body(invoices.creditNoteCsv(id));
    }

    @PostMapping("/api/customers/{id}/purchases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "purchase", summary = "Sell a credit bundle or prepaid hours, on its own invoice",
            tags = {"Billing", "Customers"})
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    ResponseEntity<InvoiceView> purchase(@PathVariable long id, @RequestBody Purchase purchase) {
        InvoiceView invoice = invoices.purchase(id, purchase);
        return ResponseEntity.created(URI.create("/api/invoices/" + invoice.id())).body(invoice);
    }

    @GetMapping("/api/customers/{id}/usage")
    @Operation(operationId = "getUsage", summary = "Included, used, remaining and overage hours of a month; balances",
            tags = {"Billing", "Customers"})
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COORDINATOR','TECHNICIAN','CUSTOMER')")
    UsageView usage(@PathVariable long id, @RequestParam(required = false) String period) {
        scope.requireVisible(id, () -> DomainException.notFound("Customer " + id + " does not exist"));
        return usage.usage(id, period);
    }

    /** The invoice, or the 404 of a missing one when a customer asks for another's or for one not shown to customers. */
    private InvoiceView visible(long id) {
        InvoiceView invoice = invoices.get(id);
        scope.requireVisible(invoice.customerId(), () -> missing(id));
        if (scope.isCustomer() && (!SHOWN_TO_CUSTOMERS.contains(invoice.status()) || invoice.number() == null)) {
            throw missing(id);
        }
        return invoice;
    }

    /** The credit note, or a 404 when a customer asks for another account's. */
    private CreditNoteView visibleCreditNote(long id) {
        CreditNoteView note = invoices.creditNote(id);
        scope.requireVisible(note.customerId(), () -> DomainException.notFound("Credit note " + id + " does not exist"));
        return note;
    }

    private static DomainException missing(long id) {
        return DomainException.notFound("Invoice " + id + " does not exist");
    }
}

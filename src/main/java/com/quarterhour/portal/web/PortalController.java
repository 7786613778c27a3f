package com.quarterhour.portal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.billing.InvoiceService;
import com.quarterhour.billing.InvoiceService.InvoiceFilter;
import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.billing.InvoiceView;
import com.quarterhour.billing.UsageService;
import com.quarterhour.billing.UsageView;
import com.quarterhour.conversation.AttachmentTransfers;
import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.MessageChannel;
import com.quarterhour.conversation.MessageView;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementDetails;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.EngagementFilter;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EstimateView;
import com.quarterhour.engagement.Impact;
import com.quarterhour.identity.CustomerScope;
import com.quarterhour.identity.Viewers;
import com.quarterhour.portal.internal.AllowanceUse;
import com.quarterhour.portal.internal.AppointmentSlots;
import com.quarterhour.portal.internal.UsageMeter;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Formats;
import com.quarterhour.shared.InputBounds;
import com.quarterhour.shared.Minutes;
import com.quarterhour.shared.Text;
import com.quarterhour.sla.ContractTerms;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer portal's pages (customer users only: the security configuration lets no one else into /portal). Every
 * page shows the caller's own account only; a request id of another account is a 404, like one that does not exist.
 * Reports and appointments go through {@link EngagementService#reportAsCustomer}, exactly as a customer's API call.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

    /**
     * Numbered invoices only (as for customers on the API): a draft may still change, a rejected one never counted; a
     * void one with a number was issued and then credited in full.
     */
    private static final Set<InvoiceStatus> SHOWN = Set.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTLY_PAID,
            InvoiceStatus.PAID, InvoiceStatus.VOID);
    private static final int CHART_MONTHS = 12;
    /** Rows per page of requests and of invoices; ?page=N shows older ones. */
    private static final int PAGE_SIZE = 25;
    /** As a datetime-local input reads and writes its value. */
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final CustomerScope scope;
    private final CustomerService customers;
    private final EngagementService engagements;
    private final UsageService usage;
    private final InvoiceService invoices;
    private final UsageMeter meter;
    private final ObjectMapper json;
    private final ContractTerms contracts;
    private final AppointmentSlots appointmentSlots;
    private final Clock clock;
    private final Viewers viewers;

    PortalController(CustomerScope scope, CustomerService customers, EngagementService engagements,
            UsageService usage, InvoiceService invoices, UsageMeter meter, ObjectMapper json, ContractTerms contracts,
            AppointmentSlots appointmentSlots, Clock clock, Viewers viewers) {
        this.scope = scope;
        this.customers = customers;
        this.engagements = engagements;
        this.usage = usage;
        this.invoices = invoices;
        this.meter = meter;
        this.json = json;
        this.contracts = contracts;
        this.appointmentSlots = appointmentSlots;
        this.clock = clock;
        this.viewers = viewers;
    }

    record RequestRow(long id, String reference, String title, String status, String priority, String reported,
            String responseDue, String resolutionDue, String timeCaptured) {
    }

    record EntryRow(String date, String timeSpent, String note) {
    }

    /** A public message of the request: "You" or "Support", when (in the customer's zone), and its files. */
    record MessageRow(String side, boolean fromCustomer, String posted, String body, List<FileLink> files) {
    }

    record FileLink(long id, String name, String size) {
    }

    record EstimateRow(String component, int quantity, String hoursPerUnit, String hours) {
    }

    /** The request's estimate against what it has taken so far; the price says why when there is none. */
    record EstimateSummary(List<EstimateRow> lines, String hours, String price, String pricing, String captured,
            String billed, String charged) {
    }

    record Banner(String level, int threshold, int percent, String used, String included, String month) {
    }

    record HoursRow(String month, String plan, String included, String used, String remaining, String overage) {
    }

    record InvoiceRow(long id, String number, String period, String kind, String status, String total, String paid,
            String open, String issued, String due, List<CreditNoteLink> creditNotes) {
    }

    /** A credit note against the invoice: its number, what it gave back, its PDF. */
    record CreditNoteLink(long id, String number, String total) {
    }

    record ImpactChoice(String value, String label) {
    }

    /** The report form; kept as typed when the report is refused. */
    record ReportForm(String title, String description, String impact) {
    }

    /** The booking form: a start inside working time chosen from the offered ones ({@code slot}), or any other. */
    record AppointmentForm(String title, String description, String impact, String slot, String start) {

        /** The offered start chosen, else the one typed; both at once is ambiguous. */
        String chosenStart() {
            boolean offered = slot != null && !slot.isBlank();
            boolean typed = start != null && !start.isBlank();
            if (offered && typed && !slot.equals(start)) {
                throw DomainException.invalid("Choose one of the offered times or another time, not both");
            }
            return offered ? slot : start;
        }
    }

    /** An offered start: the datetime-local value the form posts, and how the customer reads it. */
    record Slot(String value, String label) {
    }

    @ModelAttribute("impacts")
    List<ImpactChoice> impacts() {
        return Arrays.stream(Impact.values()).map(i -> new ImpactChoice(i.name(), PortalText.impact(i))).toList();
    }

    @GetMapping
    String requests(@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
        CustomerView customer = common(model);
        Formats f = formats();
        Page<EngagementDetails> page = engagements.list(new EngagementFilter(customer.id(), null, null),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "reportedAt", "id")));
        model.addAttribute("requests", page.map(e -> row(f, e, customer.timeZone())).getContent());
        model.addAttribute("page", page);
        return "portal/requests";
    }

    @GetMapping("/requests/{id}")
    String request(@PathVariable long id, Model model) {
        requestPage(id, model, "");
        return "portal/request";
    }

    /**
     * Posts the customer's reply (text and files) as the customer, then shows the request again with a notice. A refused
     * reply shows the request with the reason and the text as typed, with the refusal's status.
     */
    @PostMapping("/requests/{id}/messages")
    String reply(@PathVariable long id, @RequestParam(required = false) String body,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Principal user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireCustomer();
        try {
            engagements.postMessage(id, new NewMessage(AuthorKind.CUSTOMER, user.getName(), null, Visibility.PUBLIC,
                    MessageChannel.PORTAL, body, AttachmentTransfers.uploaded(files)));
        } catch (DomainException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                throw refused;
            }
            response.setStatus(refused.status().value());
            requestPage(id, model, body);
            model.addAttribute("replyError", refused.getMessage());
            return "portal/request";
        }
        redirect.addFlashAttribute("notice", "Your message was sent.");
        return "redirect:/portal/requests/" + id + "#conversation";
    }

    /** A file of a public message of the customer's own request, checked as the API checks it. */
    @GetMapping("/requests/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        scope.requireCustomer();
        return AttachmentTransfers.download(engagements.messageAttachment(id, attachmentId));
    }

    private void requestPage(long id, Model model, String reply) {
        CustomerView customer = common(model);
        Formats f = formats();
        EngagementDetails found = engagements.get(id);
        scope.requireVisible(found.customerId(), () -> DomainException.notFound("Engagement " + id + " does not exist"));
        // the notes a technician kept for staff are not the customer's to read
        EngagementDetails engagement = found.asCustomerSees();
        ZoneId zone = customer.timeZone();
        model.addAttribute("request", row(f, engagement, zone));
        model.addAttribute("engagement", engagement);
        model.addAttribute("impact", PortalText.impact(engagement.impact()));
        model.addAttribute("channel", engagement.channel() == Channel.APPOINTMENT ? "Appointment" : "Reported issue");
        model.addAttribute("appointment", PortalText.dateTime(f, engagement.appointmentStart(), zone));
        model.addAttribute("firstResponse", PortalText.dateTime(f, engagement.firstRespondedAt(), zone));
        model.addAttribute("resolved", PortalText.dateTime(f, engagement.resolvedAt(), zone));
        model.addAttribute("entries", engagement.timeEntries().stream()
                .map(t -> new EntryRow(PortalText.date(f, t.workDate()), Minutes.text(t.minutes()), t.note()))
                .toList());
        model.addAttribute("adjustments", engagement.adjustments().stream()
                .map(a -> PortalText.adjustment(a.type(), a.status())).toList());
        if (engagement.estimate() != null) {
            model.addAttribute("estimate", estimate(f, engagement.estimate(), customer.currency()));
        }
        model.addAttribute("messages", engagements.messages(id).stream().map(m -> message(f, m, zone)).toList());
        model.addAttribute("reply", reply);
    }

    @GetMapping("/requests/new")
    String reportForm(Model model) {
        common(model);
        model.addAttribute("form", new ReportForm("", "", Impact.PARTIALLY_IMPAIRED.name()));
        return "portal/report";
    }

    @PostMapping("/requests")
    String report(@ModelAttribute("form") ReportForm form, Principal user, Model model, HttpServletResponse response) {
        long customerId = scope.requireCustomer();
        try {
            Started started = engagements.reportAsCustomer(customerId, new NewEngagement(customerId, form.title(),
                    form.description(), Channel.REPORT, impact(form.impact()), null, null, null), user.getName());
            return "redirect:/portal/requests/" + started.id();
        } catch (DomainException refused) {
            return refused(model, response, refused, "portal/report");
        }
    }

    @GetMapping("/appointments/new")
    String appointmentForm(Model model) {
        CustomerView customer = common(model);
        model.addAttribute("form", new AppointmentForm("", "", Impact.FULLY_USABLE.name(), "", ""));
        slots(customer, model);
        return "portal/appointment";
    }

    /** The next starts inside the customer's working time, and now as the earliest start the picker takes. */
    private void slots(CustomerView customer, Model model) {
        Instant now = clock.instant();
        ZoneId zone = customer.timeZone();
        Formats f = formats();
        model.addAttribute("slots", appointmentSlots.offered(contracts.businessHours(customer), now).stream()
                .map(start -> new Slot(LOCAL_MINUTE.format(start), PortalText.dateTime(f, start.atZone(zone).toInstant(), zone)))
                .toList());
        model.addAttribute("earliest", LOCAL_MINUTE.format(now.atZone(zone).truncatedTo(ChronoUnit.MINUTES)));
    }

    @PostMapping("/appointments")
    String book(@ModelAttribute("form") AppointmentForm form, Principal user, Model model, HttpServletResponse response) {
        long customerId = scope.requireCustomer();
        try {
            ZoneId zone = customers.get(customerId).timeZone();
            Started started = engagements.reportAsCustomer(customerId, new NewEngagement(customerId, form.title(),
                    form.description(), Channel.APPOINTMENT, impact(form.impact()),
                    start(form.chosenStart()).atZone(zone).toInstant(), null, null), user.getName());
            return "redirect:/portal/requests/" + started.id();
        } catch (DomainException refused) {
            String view = refused(model, response, refused, "portal/appointment");
            slots(customers.get(customerId), model);
            return view;
        }
    }

    @GetMapping("/hours")
    String hours(Model model) throws JsonProcessingException {
        CustomerView customer = common(model);
        Formats f = formats();
        YearMonth current = meter.currentMonth();
        List<UsageView> months = new ArrayList<>();
        for (int back = CHART_MONTHS - 1; back >= 0; back--) {
            months.add(usage.usage(customer.id(), current.minusMonths(back).toString()));
        }
        UsageView thisMonth = months.get(months.size() - 1);
        model.addAttribute("month", f.month(current));
        model.addAttribute("thisMonth", thisMonth);
        model.addAttribute("included", PortalText.hours(f, thisMonth.includedHours()));
        model.addAttribute("used", PortalText.hours(f, thisMonth.usedHours()));
        model.addAttribute("remaining", PortalText.hours(f, thisMonth.remainingHours()));
        model.addAttribute("overage", PortalText.hours(f, thisMonth.overageHours()));
        model.addAttribute("creditBalance", PortalText.money(f, thisMonth.creditBalance(), thisMonth.currency()));
        model.addAttribute("prepaidHours", PortalText.hours(f, thisMonth.prepaidHours()));
        model.addAttribute("captured", meter.thisMonth(customer.id())
                .map(m -> PortalText.hours(f, m.use().usedHours())).orElse(null));
        List<HoursRow> newestFirst = new ArrayList<>(months.stream().map(m -> hoursRow(f, m)).toList());
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("rows", newestFirst);
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("labels", months.stream().map(m -> f.shortMonth(YearMonth.parse(m.period()))).toList());
        series.put("included", months.stream().map(UsageView::includedHours).toList());
        series.put("used", months.stream().map(UsageView::usedHours).toList());
        series.put("overage", months.stream().map(UsageView::overageHours).toList());
        model.addAttribute("series", json.writeValueAsString(series));
        return "portal/hours";
    }

    @GetMapping("/invoices")
    String invoiceList(@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
        CustomerView customer = common(model);
        Formats f = formats();
        Page<InvoiceView> page = invoices.list(new InvoiceFilter(customer.id(), null, SHOWN, true),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id")));
        model.addAttribute("page", page);
        List<InvoiceRow> rows = page.getContent().stream()
                .map(i -> new InvoiceRow(i.id(), i.number(), i.period(), kind(i), status(i.status()),
                        PortalText.money(f, i.total(), i.currency()),
                        PortalText.money(f, i.payments().stream().map(InvoiceView.Payment::amount)
                                .reduce(BigDecimal.ZERO, BigDecimal::add), i.currency()),
                        PortalText.money(f, i.openAmount(), i.currency()),
                        PortalText.dateTime(f, i.issuedAt(), customer.timeZone()), PortalText.date(f, i.dueDate()),
                        i.creditNotes().stream().map(c -> new CreditNoteLink(c.id(), c.number(),
                                PortalText.money(f, c.total(), i.currency()))).toList()))
                .toList();
        model.addAttribute("invoices", rows);
        UsageView current = usage.usage(customer.id(), null);
        model.addAttribute("recommendation", current.recommendation());
        return "portal/invoices";
    }

    /** The customer and this month's usage banner, on every page. */
    private CustomerView common(Model model) {
        CustomerView customer = customers.get(scope.requireCustomer());
        model.addAttribute("customer", customer);
        model.addAttribute("zone", customer.timeZone().getId());
        Formats f = formats();
        meter.thisMonth(customer.id())
                .flatMap(m -> m.use().highestThresholdReached().map(threshold -> banner(f, m.use(), threshold)))
                .ifPresent(banner -> model.addAttribute("banner", banner));
        return customer;
    }

    /** The logged-in portal user's way of writing dates and money; the customer's zone stays the page's. */
    private Formats formats() {
        return Formats.of(viewers.current());
    }

    /** The form again, as typed, with what was wrong: 400 like the API's answer to the same request. */
    private String refused(Model model, HttpServletResponse response, DomainException refused, String view) {
        if (refused.status() != HttpStatus.BAD_REQUEST) {
            throw refused;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        common(model);
        model.addAttribute("error", refused.getMessage());
        return view;
    }

    private static MessageRow message(Formats f, MessageView m, ZoneId zone) {
        boolean fromCustomer = m.authorKind() == AuthorKind.CUSTOMER;
        return new MessageRow(fromCustomer ? "You" : "Support", fromCustomer, PortalText.dateTime(f, m.postedAt(), zone),
                m.body(), m.attachments().stream()
                        .map(a -> new FileLink(a.id(), a.fileName(), PortalText.fileSize(a.size()))).toList());
    }

    private static Banner banner(Formats f, AllowanceUse use, int threshold) {
        return new Banner(threshold >= 90 ? "critical" : "warning", threshold, use.percentUsed(),
                PortalText.hours(f, use.usedHours()), PortalText.hours(f, use.includedHours()), f.month(use.month()));
    }

    private static RequestRow row(Formats f, EngagementDetails e, ZoneId zone) {
        return new RequestRow(e.id(), "ENG-" + e.id(), e.title(), PortalText.status(e.status()),
                PortalText.priority(e.priority()), PortalText.dateTime(f, e.reportedAt(), zone),
                PortalText.dateTime(f, e.responseDueAt(), zone),
                e.resolutionClockPaused() ? "Paused while we wait for you" : PortalText.dateTime(f, e.resolutionDueAt(), zone),
                Minutes.text(e.minutesCaptured()));
    }

    /** The price is in the plan's currency; what was charged, in the invoices' (the customer's). */
    private static EstimateSummary estimate(Formats f, EstimateView e, Currency invoiced) {
        return new EstimateSummary(
                e.lines().stream().map(l -> new EstimateRow(l.component(), l.quantity(), PortalText.hours(f, l.hoursPerUnit()),
                        PortalText.hours(f, l.hours()))).toList(),
                hoursAndMinutes(f, e.totalHours(), e.estimatedMinutes()),
                e.estimatedPrice() == null ? null : PortalText.money(f, e.estimatedPrice(), Currency.getInstance(e.currency())),
                e.pricing(), Minutes.text(e.capturedMinutes()),
                e.chargedAmount() == null ? "Not invoiced yet" : Minutes.text(e.billedMinutes()),
                e.chargedAmount() == null ? "Not invoiced yet" : PortalText.money(f, e.chargedAmount(), invoiced));
    }

    /** "11.4 h (11 h 24 min)"; "4 h" when the hours are whole. */
    private static String hoursAndMinutes(Formats f, BigDecimal hours, int minutes) {
        String decimal = PortalText.hours(f, hours);
        String clock = Minutes.text(minutes);
        return decimal.equals(clock) ? decimal : decimal + " (" + clock + ")";
    }

    private static HoursRow hoursRow(Formats f, UsageView m) {
        return new HoursRow(f.month(YearMonth.parse(m.period())), m.planCode(), PortalText.hours(f, m.includedHours()),
                PortalText.hours(f, m.usedHours()), PortalText.hours(f, m.remainingHours()), PortalText.hours(f, m.overageHours()));
    }

    /** "Issued", "Partly paid", "Paid". */
    private static String status(InvoiceStatus status) {
        String words = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String kind(InvoiceView invoice) {
        return switch (invoice.kind()) {
            case MONTHLY -> "Monthly";
            case PURCHASE -> "Purchase";
        };
    }

    private static Impact impact(String value) {
        try {
            return Impact.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            // none chosen, or not one of the choices the page offers
            throw DomainException.invalid("Choose how the issue affects your service");
        }
    }

    private static LocalDateTime start(String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("Choose when the appointment starts");
        }
        LocalDateTime start;
        try {
            start = LocalDateTime.parse(value);
        } catch (DateTimeException e) {
            throw DomainException.invalid("The start '" + Text.quotable(value) + "' is not a date and time such as 2026-11-20T10:00");
        }
        if (!InputBounds.contains(start)) {
            throw DomainException.invalid("The start must be " + InputBounds.RANGE);
        }
        return start;
    }
}

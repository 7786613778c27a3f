package com.quarterhour.demo;

import com.quarterhour.billing.InvoiceService.Purchase;
import com.quarterhour.billing.InvoiceService;
import com.quarterhour.billing.PurchaseType;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Resolution;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.Impact;
import com.quarterhour.engagement.RootCause;
import com.quarterhour.shared.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Last month's work for the demo customers, so that a month-end run of last month has something to bill: engagements
 * reported, worked and completed in that month, and a credit bundle bought by the CREDIT-12 customer. The engine clock
 * is set back to each step's time while the step runs (each support request runs to its end synchronously, SLA clocks
 * included, so nothing is left scheduled in the past) and reset afterwards.
 */
@Component
class DemoBillingHistory {

    record Work(String planCode, String title, Priority priority, int day, int... minutes) {
    }

    static final List<Work> LAST_MONTH = List.of(
            new Work("BPS-20", "Outlook keeps asking for the password", Priority.P3, 4, 90, 60),
            new Work("BPS-20", "New starter's laptop", Priority.P4, 11, 45),
            new Work("BPS-100", "File server migration", Priority.P2, 6, 240, 180),
            new Work("PAYG", "Printer driver on three PCs", Priority.P4, 7, 90),
            new Work("PER-USE", "Website down after DNS change", Priority.P2, 8, 60),
            new Work("CREDIT-12", "VPN for the sales team", Priority.P3, 12, 120),
            new Work("MANAGED-WORKPLACE", "Quarterly patching", Priority.P4, 13, 180, 60),
            new Work("PER-INCIDENT", "Mailbox restore", Priority.P3, 14, 150),
            new Work("SHARED-247", "Backup job failing", Priority.P3, 18, 120),
            new Work(null, "Router reset (no plan)", Priority.P3, 19, 60));

    private final EngagementService engagements;
    private final InvoiceService invoices;

    DemoBillingHistory(EngagementService engagements, InvoiceService invoices) {
        this.engagements = engagements;
        this.invoices = invoices;
    }

    void create(YearMonth month, Map<String, CustomerView> byPlan, CustomerView withoutPlan) {
        try {
            CustomerView credit = byPlan.get("CREDIT-12");
            if (credit != null) {
                at(month.atDay(2), credit.timeZone(), 9);
                invoices.purchase(credit.id(), new Purchase(PurchaseType.CREDIT_BUNDLE, null));
            }
            for (Work work : LAST_MONTH) {
                CustomerView customer = work.planCode() == null ? withoutPlan : byPlan.get(work.planCode());
                if (customer != null) {
                    complete(customer, work, month.atDay(work.day()));
                }
            }
        } finally {
            ClockUtil.reset();
        }
    }

    private void complete(CustomerView customer, Work work, LocalDate day) {
        Instant reported = at(day, customer.timeZone(), 10);
        long id = engagements.report(new NewEngagement(customer.id(), work.title(), "Demo request from last month",
                Channel.REPORT, Impact.PARTIALLY_IMPAIRED, null, reported, false), "coordinator").id();
        engagements.triage(id, new Triage(work.priority(), true, "technician", null, null), "coordinator");
        at(day, customer.timeZone(), 11);
        for (int minutes : work.minutes()) {
            engagements.captureTime(id, new NewTimeEntry(day, minutes, "Demo work on " + work.title().toLowerCase(),
                    null, null), "technician");
        }
        at(day, customer.timeZone(), 16);
        engagements.resolve(id, new Resolution(RootCause.CUSTOMER, "Solved and explained to the customer", null,
                null, null, false, null), "technician");
    }

    private static Instant at(LocalDate day, ZoneId zone, int hour) {
        Instant instant = day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
        ClockUtil.setCurrentTime(Date.from(instant));
        return instant;
    }
}

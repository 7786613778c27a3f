package com.quarterhour.billing.internal;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toMap;

import com.quarterhour.billing.CreditNoteKind;
import com.quarterhour.billing.internal.CreditNoteRule.Credit;
import com.quarterhour.billing.pricing.Pricing;
import com.quarterhour.billing.pricing.SubscriptionTerms;
import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.catalog.PriceTerms;
import com.quarterhour.catalog.PlanKind;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.SubscriptionView;
import com.quarterhour.engagement.AdjustmentType;
import com.quarterhour.engagement.ApprovedAdjustment;
import com.quarterhour.engagement.CompletedWorkQuery;
import com.quarterhour.shared.Minutes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the month-end run gives back as credit notes because it came after an invoice was issued (invoiced time and
 * issued invoices are never edited):
 * <ul>
 * <li>a bug credit or waiver approved after its engagement's time was invoiced at a charge: one credit note per
 * invoice and run, a line per charged time entry at its invoiced amount, VAT added at the invoice's rate. A time entry
 * is credited once, ever (unique key on the credited entry), however often a run is repeated or retried. Time that
 * cost nothing (included hours, a prepaid or credit balance) is not money, so it gives no credit note.</li>
 * <li>a dedicated seat cancelled within the refund window after the invoice of the cancellation's month was issued
 * with the full fee: the refund ({@link Pricing#seatRefund}) of that invoice's fee, as a credit note against it, once
 * (unique key per invoice).</li>
 * </ul>
 * Adjustments approved from the month before the run's period on are looked at, and seat invoices of the run's period
 * and the two before it.
 */
@Component
class LateCredits {

    private static final int SEAT_REFUND_MONTHS_BACK = 2;

    private final CompletedWorkQuery work;
    private final CreditNotes creditNotes;
    private final CustomerService customers;
    private final PlanCatalog plans;
    private final BillingBasis basis;
    private final NamedParameterJdbcTemplate jdbc;

    LateCredits(CompletedWorkQuery work, CreditNotes creditNotes, CustomerService customers, PlanCatalog plans,
            BillingBasis basis, NamedParameterJdbcTemplate jdbc) {
        this.work = work;
        this.creditNotes = creditNotes;
        this.customers = customers;
        this.plans = plans;
        this.basis = basis;
        this.jdbc = jdbc;
    }

    /** Issues the run's late credit notes; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    int issue(BillingRun run) {
        return adjustments(run) + seatRefunds(run);
    }

    private record ChargedEntry(long invoiceId, String invoiceNumber, long engagementId, long timeEntryId,
            String title, LocalDate workDate, int billedMinutes, BigDecimal amount) {
    }

    private int adjustments(BillingRun run) {
        Map<Long, ApprovedAdjustment> byEngagement = work.approvedSince(basis.windowStart(run.getPeriod())).stream()
                // bug credit and waiver of one engagement: the first approved names the credit
                .collect(toMap(ApprovedAdjustment::engagementId, Function.identity(), (first, second) -> first,
                        LinkedHashMap::new));
        if (byEngagement.isEmpty()) {
            return 0;
        }
        List<ChargedEntry> charged = jdbc.query("""
                select l.invoice_id, i.number, l.engagement_id, l.time_entry_id, l.title, l.work_date,
                       l.billed_minutes, l.amount
                  from invoice_line l join invoice i on i.id = l.invoice_id
                 where l.engagement_id in (:engagements) and l.time_entry_id is not null and l.amount > 0
                   and i.status in ('ISSUED', 'PARTLY_PAID', 'PAID')
                   and not exists (select 1 from credit_note_line c where c.credited_time_entry_id = l.time_entry_id)
                 order by l.invoice_id, l.line_no""", Map.of("engagements", byEngagement.keySet()),
                (rs, n) -> new ChargedEntry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getBigDecimal(8)));
        int issued = 0;
        for (List<ChargedEntry> entries : charged.stream()
                .collect(groupingBy(ChargedEntry::invoiceId, LinkedHashMap::new, toList()))
                .values()) {
            List<Credit> credits = entries.stream().map(e -> credit(e, byEngagement.get(e.engagementId()))).toList();
            String reason = "Bug credit or waiver approved after invoice " + entries.get(0).invoiceNumber()
                    + " was issued: its charged time is credited back";
            if (creditNotes.issueForRun(entries.get(0).invoiceId(), CreditNoteKind.ADJUSTMENT, reason, credits,
                    run.getId(), null, run.getStartedBy()).isPresent()) {
                issued++;
            }
        }
        return issued;
    }

    private Credit credit(ChargedEntry e, ApprovedAdjustment adjustment) {
        String what = adjustment.type() == AdjustmentType.BUG_CREDIT ? "Bug credit" : "Waiver";
        LocalDate approvedOn = LocalDate.ofInstant(adjustment.decidedAt(), basis.companyZone());
        return new Credit(what + " approved " + approvedOn + ": #"
                + e.engagementId() + " " + e.title() + ", " + e.workDate() + ", " + Minutes.text(e.billedMinutes())
                + " billed", e.amount(), e.engagementId(), e.timeEntryId(), adjustment.id());
    }

    private record SeatInvoice(long invoiceId, long customerId, String period, String planCode, String currency,
            BigDecimal fees) {
    }

    private int seatRefunds(BillingRun run) {
        List<String> seatPlans = plans.all().stream().filter(p -> p.kind() == PlanKind.DEDICATED_SEAT)
                .map(Plan::code).toList();
        if (seatPlans.isEmpty()) {
            return 0;
        }
        YearMonth period = run.getPeriod();
        List<SeatInvoice> candidates = jdbc.query("""
                select i.id, i.customer_id, i.period, i.plan_code, i.currency,
                       (select sum(f.amount) from invoice_line f where f.invoice_id = i.id and f.kind = 'FEE')
                  from invoice i
                 where i.kind = 'MONTHLY' and i.plan_code in (:plans) and i.period in (:periods)
                   and i.status in ('ISSUED', 'PARTLY_PAID', 'PAID')
                   and not exists (select 1 from invoice_line r where r.invoice_id = i.id and r.kind = 'REFUND')
                   and not exists (select 1 from credit_note c where c.origin_key = concat('SEAT_REFUND/', i.id))
                 order by i.id""",
                Map.of("plans", seatPlans, "periods", IntStream.rangeClosed(0, SEAT_REFUND_MONTHS_BACK)
                        .mapToObj(back -> period.minusMonths(back).toString()).toList()),
                (rs, n) -> new SeatInvoice(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6)));
        int issued = 0;
        for (SeatInvoice invoice : candidates) {
            if (invoice.fees() == null) {
                continue;
            }
            YearMonth month = YearMonth.parse(invoice.period());
            for (SubscriptionView s : customers.subscriptions(invoice.customerId())) {
                if (!s.planCode().equals(invoice.planCode()) || s.cancelledOn() == null) {
                    continue;
                }
                Currency currency = Currency.getInstance(invoice.currency());
                // the window of the prices that billed the month, as the month's own refund line would have used
                int refundWindowDays = plans.pricesInForce(invoice.planCode(), currency, month.atDay(1))
                        .map(PriceTerms::refundWindowDays).orElse(Pricing.REFUND_WINDOW_DAYS);
                var refund = Pricing.seatRefund(invoice.fees(), refundWindowDays,
                        new SubscriptionTerms(s.startDate(), s.cancelledOn(), 1), month, currency);
                if (refund.isPresent()) {
                    String origin = "SEAT_REFUND/" + invoice.invoiceId();
                    if (creditNotes.issueForRun(invoice.invoiceId(), CreditNoteKind.SEAT_REFUND,
                            "Dedicated seat cancelled within " + refundWindowDays + " days of its start",
                            List.of(Credit.of(refund.get().description(), refund.get().amount())), run.getId(), origin,
                            run.getStartedBy()).isPresent()) {
                        issued++;
                    }
                    break;
                }
            }
        }
        return issued;
    }
}

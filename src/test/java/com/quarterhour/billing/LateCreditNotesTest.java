package com.quarterhour.billing;

import static com.quarterhour.billing.BillingFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.billing.BillingRunService.Started;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.SubscriptionView;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.support.QuarterhourTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What comes after an invoice was issued is given back by the next month-end run as a credit note against that
 * invoice, once, however often the run is repeated: a bug credit approved after its time was invoiced (2013), and a
 * dedicated seat cancelled within its 14 days after the month's full fee was invoiced (2012).
 */
@QuarterhourTest
class LateCreditNotesTest {

    @Autowired BillingRunService runs;
    @Autowired InvoiceService invoices;
    @Autowired CustomerService customers;
    @Autowired EngagementService engagements;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    BillingFixtures fixtures;

    @BeforeEach
    void init() {
        fixtures = new BillingFixtures(customers, engagements, management, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aBugCreditApprovedAfterInvoicingIsCreditedOnTheNextRunExactlyOnce() {
        at("2013-09-20T10:00:00Z");
        long customer = fixtures.gbpCustomer("Late Credit Ltd"); // no plan: the standard rate, £75.00/h
        long bug = fixtures.completed(customer, "Report export crashes", "2013-10-08T10:00:00Z", 60, 30);
        fixtures.completed(customer, "New starter laptop", "2013-10-15T10:00:00Z", 60);
        at("2013-11-04T09:00:00Z");
        run("2013-10");
        InvoiceView october = monthly(customer, "2013-10");
        // £75.00 + £37.50 + £75.00 = £187.50 net, VAT £37.50, £225.00
        assertThat(october.total()).isEqualByComparingTo("225.00");
        assertThat(october.status()).isEqualTo(InvoiceStatus.ISSUED);

        at("2013-11-10T10:00:00Z");
        long adjustment = approvedBugCredit(bug, Instant.parse("2013-11-10T10:00:00Z"));
        at("2013-12-02T09:00:00Z");
        long november = run("2013-11");

        List<Map<String, Object>> notes = creditNotesOf(october.id());
        assertThat(notes).hasSize(1);
        CreditNoteView note = invoices.creditNote(((Number) notes.get(0).get("id")).longValue());
        // the bug's two entries as invoiced: £75.00 + £37.50 = £112.50 net, VAT £22.50 at 20 %, £135.00
        assertThat(note.kind()).isEqualTo(CreditNoteKind.ADJUSTMENT);
        assertThat(note.net()).isEqualByComparingTo("112.50");
        assertThat(note.tax()).isEqualByComparingTo("22.50");
        assertThat(note.total()).isEqualByComparingTo("135.00");
        assertThat(note.invoiceNumber()).isEqualTo(october.number());
        assertThat(note.billingRunId()).isEqualTo(november);
        assertThat(note.lines()).extracting(CreditNoteView.Line::amount)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("75.00"), new java.math.BigDecimal("37.50"));
        assertThat(note.lines()).allSatisfy(line -> {
            assertThat(line.engagementId()).isEqualTo(bug);
            assertThat(line.adjustmentId()).isEqualTo(adjustment);
            assertThat(line.description()).startsWith("Bug credit approved 2013-11-10: #" + bug);
        });
        InvoiceView credited = invoices.get(october.id());
        assertThat(credited.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(credited.openAmount()).isEqualByComparingTo("90.00");
        assertThat(credited.lines()).as("the invoice itself is never edited").isEqualTo(october.lines());

        run("2013-11"); // a second run of the period
        at("2014-01-05T09:00:00Z");
        run("2013-12"); // and the next month's
        assertThat(creditNotesOf(october.id())).hasSize(1);
        assertThat(invoices.get(october.id()).creditedAmount()).isEqualByComparingTo("135.00");
    }

    @Test
    void aSeatCancelledWithinItsFourteenDaysAfterTheFeeWasInvoicedIsRefundedByACreditNoteOnce() {
        at("2012-09-20T10:00:00Z");
        long customer = fixtures.gbpCustomer("Seat Refund Ltd");
        SubscriptionView seat = customers.subscribe(customer, "DEDICATED-SEAT", LocalDate.of(2012, 10, 10));
        at("2012-11-05T09:00:00Z");
        run("2012-10");
        InvoiceView october = monthly(customer, "2012-10");
        // the full fee: £3,200.00 + VAT £640.00
        assertThat(october.total()).isEqualByComparingTo("3840.00");
        assertThat(october.status()).isEqualTo(InvoiceStatus.ISSUED);

        // cancelled afterwards with last day 20 October: day 11 of the subscription, within 14 days
        customers.cancel(customer, seat.id(), LocalDate.of(2012, 10, 20));
        at("2012-12-03T09:00:00Z");
        run("2012-11");

        List<Map<String, Object>> notes = creditNotesOf(october.id());
        assertThat(notes).hasSize(1);
        CreditNoteView note = invoices.creditNote(((Number) notes.get(0).get("id")).longValue());
        // 10–31 October paid (22 days), 21–31 unused (11 days): £3,200.00 × 11 / 22 = £1,600.00, VAT £320.00
        assertThat(note.kind()).isEqualTo(CreditNoteKind.SEAT_REFUND);
        assertThat(note.net()).isEqualByComparingTo("1600.00");
        assertThat(note.tax()).isEqualByComparingTo("320.00");
        assertThat(note.total()).isEqualByComparingTo("1920.00");
        assertThat(note.lines()).singleElement().satisfies(line -> assertThat(line.description())
                .contains("cancelled with last day 2012-10-20", "11 of the 22 days", "£3,200.00 × 11 / 22"));
        assertThat(invoices.get(october.id()).openAmount()).isEqualByComparingTo("1920.00");

        run("2012-11");
        assertThat(creditNotesOf(october.id())).hasSize(1);
        List<Integer> numbers = jdbc.queryForList("select number_seq from credit_note where number_year = 2012"
                + " order by number_seq", Integer.class);
        assertThat(numbers).as("the year's credit note numbers, without gaps")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }

    private long run(String period) {
        Started started = runs.start(period, "manager");
        assertThat(fixtures.runJobs(started.processInstanceId())).isEmpty();
        return started.id();
    }

    private InvoiceView monthly(long customer, String period) {
        long id = jdbc.queryForObject("select id from invoice where customer_id = ? and period = ? and kind = 'MONTHLY'",
                Long.class, customer, period);
        return invoices.get(id);
    }

    private long approvedBugCredit(long engagement, Instant decidedAt) {
        jdbc.update("insert into adjustment (engagement_id, type, status, reason, requested_by, requested_at, decided_by,"
                + " decided_at, decision_comment) values (?, 'BUG_CREDIT', 'APPROVED', 'Export bug found later',"
                + " 'technician', ?, 'manager', ?, 'Our bug after all')", engagement, Timestamp.from(decidedAt),
                Timestamp.from(decidedAt));
        return jdbc.queryForObject("select max(id) from adjustment where engagement_id = ?", Long.class, engagement);
    }

    private List<Map<String, Object>> creditNotesOf(long invoiceId) {
        return jdbc.queryForList("select id from credit_note where invoice_id = ?", invoiceId);
    }
}

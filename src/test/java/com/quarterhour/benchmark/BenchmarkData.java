package com.quarterhour.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's month of work, written with set-based SQL (generate_series) straight into PostgreSQL: what the real
 * flow leaves behind once every request of the month is completed, without running a million requests through the
 * support-request process.
 *
 * <ul>
 * <li>{@code customers} customers, spread round-robin over the 14 plans of the V2 catalogue and "no plan" (billed at
 * the STANDARD rate): 15 slots. Each customer is in the plan's currency (USD for the Client Success plans, GBP for
 * the rest and for "no plan"); GBP customers pay 20 % VAT. Per-minute customers have a payment method on file.</li>
 * <li>An active subscription, started three months before the period, for every customer on a plan.</li>
 * <li>CREDIT-12/40 customers bought their bundle, and PAYG customers 10 prepaid hours, in the month before: an issued
 * PURCHASE invoice with its line, the year's number counter and the customer's balance, as {@code Purchases}
 * leaves them.</li>
 * <li>{@code entries / 10} engagements, evenly over the customers, each COMPLETED within the period with a
 * priority (P1..P4), the plan it was entitled under, a technician and a root cause; one in 50 exempted from billing
 * (not billable); one in 97 found to be our bug, with an APPROVED bug credit.</li>
 * <li>{@code entries} time entries, 10 per engagement, dated on the engagement's first or second day: 15..120
 * minutes in quarter hours, or 1..60 minutes with 1..3 agents on the per-minute plan (phone only).</li>
 * </ul>
 * Not written: the support-request process instances and SLA clocks of these engagements (billing reads neither).
 */
final class BenchmarkData {

    static final int SLOTS = 15;
    static final int ENTRIES_PER_ENGAGEMENT = 10;

    private final JdbcTemplate jdbc;

    BenchmarkData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Size(int customers, int entries) {
        int engagements() {
            return entries / ENTRIES_PER_ENGAGEMENT;
        }

        @Override
        public String toString() {
            return String.format("%,d customers / %,d time entries", customers, entries);
        }
    }

    void generate(Size size, YearMonth period) {
        if (size.entries() % ENTRIES_PER_ENGAGEMENT != 0 || size.engagements() < size.customers()) {
            throw new IllegalArgumentException("entries must be a multiple of 10 and give every customer an engagement: "
                    + size);
        }
        LocalDate first = period.atDay(1);
        Timestamp periodStart = Timestamp.from(first.atStartOfDay().toInstant(ZoneOffset.UTC));
        Timestamp longAgo = Timestamp.from(first.minusMonths(6).atStartOfDay().toInstant(ZoneOffset.UTC));
        LocalDate purchased = first.minusMonths(1).plusDays(14);
        Timestamp purchasedAt = Timestamp.from(purchased.atTime(12, 0).toInstant(ZoneOffset.UTC));

        // plain (unlogged) tables, not temporary ones: each JdbcTemplate call may get another pooled connection
        jdbc.execute("create unlogged table bench_slot (slot int primary key, plan_code varchar(40), currency varchar(3))");
        jdbc.update("""
                insert into bench_slot (slot, plan_code, currency)
                select row_number() over (order by code) - 1, code, currency from plan
                """);
        jdbc.update("insert into bench_slot (slot, plan_code, currency) values (14, null, 'GBP')");
        Integer slots = jdbc.queryForObject("select count(*) from bench_slot", Integer.class);
        if (slots == null || slots != SLOTS) {
            throw new IllegalStateException("expected the 14 plans of V2 and 'no plan', found " + slots + " slots");
        }

        jdbc.update("""
                insert into customer (id, name, currency, time_zone, country, vat_rate, manager_username,
                                      contact_email, payment_method_on_file, created_at)
                select i, 'Benchmark customer ' || i, s.currency,
                       case s.currency when 'USD' then 'America/New_York' else 'Europe/London' end,
                       case s.currency when 'USD' then 'US' else 'GB' end,
                       case s.currency when 'USD' then 0 else 0.20 end,
                       'manager', 'billing' || i || '@example.com', coalesce(s.plan_code = 'PER-MINUTE', false), ?
                from generate_series(1, ?) i join bench_slot s on s.slot = (i - 1) % 15
                """, longAgo, size.customers());

        jdbc.update("""
                insert into subscription (customer_id, plan_code, start_date, status, active_customer_id, created_at)
                select c.id, s.plan_code, ?, 'ACTIVE', c.id, ?
                from customer c join bench_slot s on s.slot = (c.id - 1) % 15
                where s.plan_code is not null
                """, Date.valueOf(first.minusMonths(3)), longAgo);

        purchases(purchased, purchasedAt);

        // engagement j belongs to customer (j - 1) % customers + 1; completed on day d + 1 of the period at 15:00 UTC
        jdbc.update("""
                insert into engagement (id, customer_id, title, description, channel, impact, travel, off_hours,
                        suggested_priority, priority, billable, status, plan_code, technician, reported_at,
                        first_responded_at, resolved_at, completed_at, root_cause, resolution_note, reported_by, version)
                select j, c.id, 'Ticket ' || j || ' of customer ' || c.id, 'Generated by the billing benchmark',
                       case when s.plan_code = 'PER-MINUTE' then 'PHONE_DIRECT' else 'REPORT' end,
                       'PARTIALLY_IMPAIRED', false, false, p.priority, p.priority, j % 50 <> 0, 'COMPLETED',
                       coalesce(s.plan_code, 'STANDARD'), 'technician' || (j % 20),
                       cast(? as timestamptz) + make_interval(days => d, hours => 9),
                       cast(? as timestamptz) + make_interval(days => d, hours => 10),
                       cast(? as timestamptz) + make_interval(days => d + 1, hours => 14),
                       cast(? as timestamptz) + make_interval(days => d + 1, hours => 15),
                       case when j % 97 = 0 then 'BUG' else 'CUSTOMER' end,
                       'Resolved in the benchmark', 'coordinator', 3
                from generate_series(1, ?) j
                cross join lateral (select (j % 27)::int as d,
                                           (array['P1','P2','P3','P4'])[1 + (j * 7) % 4] as priority) p
                join customer c on c.id = (j - 1) % ? + 1
                join bench_slot s on s.slot = (c.id - 1) % 15
                """, periodStart, periodStart, periodStart, periodStart, size.engagements(), size.customers());

        jdbc.update("""
                insert into adjustment (engagement_id, type, status, reason, requested_by, requested_at, decided_by,
                                        decided_at, decision_comment)
                select id, 'BUG_CREDIT', 'APPROVED', 'Root cause: our bug', 'technician', resolved_at, 'manager',
                       completed_at, 'Approved in the benchmark'
                from engagement where root_cause = 'BUG'
                """);

        jdbc.update("""
                insert into time_entry (id, engagement_id, technician, work_date, minutes, agents, note, billable,
                                        created_at)
                select m, e.id, e.technician,
                       cast(e.reported_at as date) + ((m - 1) % 10) % 2,
                       case when e.plan_code = 'PER-MINUTE' then 1 + (m * 37) % 60 else 15 * (1 + (m * 13) % 8) end,
                       case when e.plan_code = 'PER-MINUTE' then 1 + m % 3 else 1 end,
                       'Pass ' || (1 + (m - 1) % 10) || ' on ticket ' || e.id || ': checked the logs, applied the fix',
                       e.billable, e.resolved_at
                from generate_series(1, ?) m
                join engagement e on e.id = (m - 1) / 10 + 1
                """, size.entries());

        for (String table : new String[] {"customer", "engagement", "time_entry"}) {
            jdbc.queryForObject("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
                    + table + "))", Long.class);
        }
        jdbc.execute("drop table bench_slot");
        jdbc.execute("analyze");
    }

    /** Credit bundles (CREDIT-12/40) and 10 prepaid hours (PAYG) bought in the month before, as Purchases issues them. */
    private void purchases(LocalDate purchased, Timestamp at) {
        int year = purchased.getYear();
        String period = YearMonth.from(purchased).toString();
        jdbc.execute("""
                create unlogged table bench_purchase as
                select c.id as customer_id, p.code, p.kind, c.currency,
                       row_number() over (order by c.id) as seq,
                       case when p.kind = 'CREDIT_BUNDLE' then p.bundle_price else 665.00 end as net, c.vat_rate
                from customer c join subscription s on s.customer_id = c.id join plan p on p.code = s.plan_code
                where p.kind in ('CREDIT_BUNDLE', 'PAY_AS_YOU_GO')
                """);
        jdbc.update("""
                insert into invoice (customer_id, period, kind, status, number, number_year, number_seq, currency,
                        plan_code, vat_rate, subtotal, tax, total, opening_credit, opening_prepaid_minutes,
                        closing_credit, closing_prepaid_minutes, review_required, created_at, issued_at, version,
                        due_date, payment_terms_days, bill_to_name, bill_to_country)
                select customer_id, ?, 'PURCHASE', 'ISSUED', 'INV-' || ? || '-' || lpad(seq::text, 6, '0'), ?, seq,
                       currency, code, vat_rate, net, round(net * vat_rate, 2), net + round(net * vat_rate, 2), 0, 0,
                       case when kind = 'CREDIT_BUNDLE' then net else 0 end,
                       case when kind = 'CREDIT_BUNDLE' then 0 else 600 end, false, ?, ?, 1, cast(? as date) + 30, 30,
                       (select c.name from customer c where c.id = customer_id),
                       (select c.country from customer c where c.id = customer_id)
                from bench_purchase
                """, period, year, year, at, at, purchased);
        jdbc.update("""
                insert into invoice_line (invoice_id, line_no, kind, description, quantity, unit_price, amount)
                select i.id, 1, case when p.kind = 'CREDIT_BUNDLE' then 'CREDIT_BUNDLE' else 'PREPAID_HOURS' end,
                       case when p.kind = 'CREDIT_BUNDLE' then p.code || ': credit bundle, added to the credit balance'
                            else '10 prepaid hours at £70.00/h less 5 % for a block of 10 hours or more' end,
                       case when p.kind = 'CREDIT_BUNDLE' then 1 else 10 end,
                       case when p.kind = 'CREDIT_BUNDLE' then p.net else 66.50 end, p.net
                from bench_purchase p join invoice i on i.customer_id = p.customer_id and i.kind = 'PURCHASE'
                """);
        jdbc.update("""
                insert into customer_balance (customer_id, credit, prepaid_minutes, version)
                select customer_id, case when kind = 'CREDIT_BUNDLE' then net else 0 end,
                       case when kind = 'CREDIT_BUNDLE' then 0 else 600 end, 0
                from bench_purchase
                """);
        jdbc.update("insert into invoice_number_counter (number_year, last_number) select ?, count(*) from bench_purchase",
                year);
        jdbc.execute("drop table bench_purchase");
    }
}

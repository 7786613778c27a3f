package com.quarterhour.billing.internal;

import com.quarterhour.engagement.InvoicedWork;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The time lines of issued invoices (issued, partly paid or paid) per engagement, in one query: a draft may still be
 * rejected, a void invoice never billed anything.
 */
@Component
class InvoicedTime implements InvoicedWork {

    private final JdbcClient jdbc;

    InvoicedTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Invoiced> invoicedOf(Collection<Long> engagementIds) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        record Row(long engagementId, Invoiced invoiced) {
        }
        return jdbc.sql("""
                        select l.engagement_id, sum(l.billed_minutes) as billed_minutes, sum(l.amount) as amount
                        from invoice_line l join invoice i on i.id = l.invoice_id
                        where l.kind = 'TIME' and i.status in ('ISSUED', 'PARTLY_PAID', 'PAID')
                          and l.engagement_id in (:ids)
                        group by l.engagement_id""")
                .param("ids", engagementIds)
                .query((rs, n) -> new Row(rs.getLong("engagement_id"),
                        new Invoiced(rs.getInt("billed_minutes"), rs.getBigDecimal("amount"))))
                .list().stream()
                .collect(Collectors.toMap(Row::engagementId, Row::invoiced));
    }

    /** An issued invoice keeps its number when voided; a rejected draft never had one. */
    @Override
    public boolean billsAny(long engagementId) {
        return jdbc.sql("""
                        select count(*) from invoice_line l join invoice i on i.id = l.invoice_id
                        where l.engagement_id = :id and (i.status = 'DRAFT' or i.number is not null)""")
                .param("id", engagementId)
                .query(Long.class).single() > 0;
    }
}

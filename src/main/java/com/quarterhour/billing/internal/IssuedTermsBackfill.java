package com.quarterhour.billing.internal;

import com.quarterhour.billing.einvoice.SellerProperties;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the invoices issued before they kept their terms (V31) the due date and terms they have shown until now: the
 * issue day in the company's time zone plus the payment terms configured when this version first starts. From then
 * on they are the invoice's own, as an invoice issued today keeps them, and a later change of the terms leaves them
 * be. SQL cannot do this in the migration: it knows neither the time zone nor the terms. Runs before the application
 * takes requests (its JdbcTemplate waits for Flyway) and finds nothing to do on every later start.
 */
@Component
class IssuedTermsBackfill implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(IssuedTermsBackfill.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final SellerProperties seller;
    private final ZoneId companyZone;

    IssuedTermsBackfill(JdbcTemplate jdbc, SellerProperties seller,
            @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.jdbc = jdbc;
        this.seller = seller;
        this.companyZone = companyZone;
    }

    @Override
    public void afterPropertiesSet() {
        int done = 0;
        List<Row> rows;
        do {
            rows = jdbc.query("select id, issued_at from invoice where issued_at is not null and due_date is null"
                    + " order by id fetch first ? rows only", (rs, n) -> new Row(rs.getLong(1), rs.getTimestamp(2)), BATCH);
            // "and due_date is null": an instance starting beside this one may have stored them already (the same)
            jdbc.batchUpdate("update invoice set due_date = ?, payment_terms_days = ? where id = ? and due_date is null",
                    rows.stream().map(this::terms).toList());
            done += rows.size();
        } while (rows.size() == BATCH);
        if (done > 0) {
            log.info("Stored the due date and payment terms ({} days) of {} invoices issued before they kept them",
                    seller.paymentTermsDays(), done);
        }
    }

    private Object[] terms(Row row) {
        IssueTerms terms = IssueTerms.of(seller, row.issuedAt().toInstant(), companyZone);
        return new Object[] {Date.valueOf(terms.dueDate()), terms.days(), row.id()};
    }

    private record Row(long id, Timestamp issuedAt) {
    }
}

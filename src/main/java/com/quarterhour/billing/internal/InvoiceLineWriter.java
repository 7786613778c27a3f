package com.quarterhour.billing.internal;

import com.quarterhour.billing.pricing.InvoiceLine;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the lines of monthly invoices as JDBC batches. One line per time entry makes a month of 1,000,000 entries a
 * million rows; {@link InvoiceItem}'s identity key keeps Hibernate from batching its inserts, so each would be a
 * round trip of its own. The rows are exactly what {@code new InvoiceItem(lineNo, line)} stores.
 */
@Component
class InvoiceLineWriter {

    private static final String INSERT = """
            insert into invoice_line (invoice_id, line_no, kind, time_entry_id, billed_time_entry_id, work_date,
                                      engagement_id, title, technician, minutes, billed_minutes, note, description,
                                      quantity, unit_price, amount)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    /** Rows per JDBC batch (with PostgreSQL's reWriteBatchedInserts, one multi-row insert each). */
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;

    InvoiceLineWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The priced lines of one stored invoice. */
    record Lines(long invoiceId, List<InvoiceLine> lines) {
    }

    /** Lines of one invoice, numbered from 1 in the pricing core's order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(long invoiceId, List<InvoiceLine> lines) {
        writeAll(List.of(new Lines(invoiceId, lines)));
    }

    /** Lines of several invoices, in as few batches as they fill. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void writeAll(List<Lines> invoices) {
        List<Object[]> rows = new ArrayList<>();
        for (Lines invoice : invoices) {
            int lineNo = 1;
            for (InvoiceLine line : invoice.lines()) {
                rows.add(row(invoice.invoiceId(), lineNo++, line));
            }
        }
        insert(rows);
    }

    private void insert(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(INSERT, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static Object[] row(long invoiceId, int lineNo, InvoiceLine line) {
        return new Object[] {invoiceId, lineNo, line.kind().name(), typed(Types.BIGINT, line.timeEntryId()),
                typed(Types.BIGINT, line.timeEntryId()), typed(Types.DATE, line.date()),
                typed(Types.BIGINT, line.engagementId()), typed(Types.VARCHAR, line.title()),
                typed(Types.VARCHAR, line.technician()), typed(Types.INTEGER, line.minutes()),
                typed(Types.INTEGER, line.billedMinutes()), typed(Types.VARCHAR, line.note()), line.description(),
                line.quantity(), typed(Types.NUMERIC, line.unitPrice()), line.amount()};
    }

    /** Nulls with their SQL type, so that every row of a batch binds the same types. */
    private static SqlParameterValue typed(int type, Object value) {
        return new SqlParameterValue(type, value);
    }
}

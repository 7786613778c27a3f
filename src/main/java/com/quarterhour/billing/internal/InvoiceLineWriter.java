package com.quarterhour.billing.internal;

import com.quarterhour.billing.pricing.InvoiceLine;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the lines of monthly invoices in bulk: PostgreSQL's COPY on PostgreSQL, JDBC batches elsewhere (H2). One
 * line per time entry makes a month of 1,000,000 entries a million rows; {@link InvoiceItem}'s identity key keeps
 * Hibernate from batching its inserts, so each would be a round trip of its own (docs/benchmarks.md). The rows are
 * exactly what {@code new InvoiceItem(lineNo, line)} stores. Both run in the caller's transaction.
 */
@Component
class InvoiceLineWriter {

    private static final String COLUMNS = "invoice_id, line_no, kind, time_entry_id, billed_time_entry_id, work_date,"
            + " engagement_id, title, technician, minutes, billed_minutes, note, description, quantity, unit_price,"
            + " amount";
    private static final String INSERT = "insert into invoice_line (" + COLUMNS + ")"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String COPY = "copy invoice_line (" + COLUMNS + ") from stdin (format csv)";
    private static final int[] TYPES = {Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.BIGINT, Types.BIGINT,
        Types.DATE, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.VARCHAR,
        Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC};
    /** Rows per JDBC batch. */
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    InvoiceLineWriter(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The priced lines of one stored invoice. */
    record Lines(long invoiceId, List<InvoiceLine> lines) {
    }

    /** Lines of one invoice, numbered from 1 in the pricing core's order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(long invoiceId, List<InvoiceLine> lines) {
        writeAll(List.of(new Lines(invoiceId, lines)));
    }

    /** Lines of several invoices at once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void writeAll(List<Lines> invoices) {
        List<Object[]> rows = new ArrayList<>();
        for (Lines invoice : invoices) {
            int lineNo = 1;
            for (InvoiceLine line : invoice.lines()) {
                rows.add(row(invoice.invoiceId(), lineNo++, line));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), rows);
                return;
            }
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("COPY invoice_line", COPY, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        insert(rows);
    }

    private void copy(PGConnection connection, List<Object[]> rows) throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 256);
        // PostgreSQL's CSV: values quoted, null an empty unquoted field
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (Object[] row : rows) {
                for (Object value : row) {
                    printer.print(value instanceof BigDecimal number ? number.toPlainString() : value);
                }
                printer.println();
            }
            connection.getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("COPY invoice_line failed", e);
        }
    }

    private void insert(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> typed = rows.subList(from, Math.min(rows.size(), from + BATCH)).stream()
                    .map(InvoiceLineWriter::typed).toList();
            jdbc.batchUpdate(INSERT, typed);
        }
    }

    private static Object[] row(long invoiceId, int lineNo, InvoiceLine line) {
        return new Object[] {invoiceId, lineNo, line.kind().name(), line.timeEntryId(), line.timeEntryId(), line.date(),
            line.engagementId(), line.title(), line.technician(), line.minutes(), line.billedMinutes(), line.note(),
            line.description(), line.quantity(), line.unitPrice(), line.amount()};
    }

    /** Values with their SQL types, so that the nulls of every row of a batch bind the same types. */
    private static Object[] typed(Object[] row) {
        Object[] typed = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            typed[i] = new SqlParameterValue(TYPES[i], row[i]);
        }
        return typed;
    }
}

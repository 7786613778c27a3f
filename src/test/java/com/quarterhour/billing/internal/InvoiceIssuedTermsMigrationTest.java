package com.quarterhour.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.billing.einvoice.SellerProperties;
import com.quarterhour.operations.internal.EngineTables;
import com.quarterhour.support.DueTimers;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V31 on a database that holds invoices from before it (H2, or PostgreSQL with the postgres profile): an issued
 * invoice gets the customer's name and billing details as they are at the upgrade, a draft nothing; the first start
 * then stores the due date and terms of the issued ones, once.
 */
class InvoiceIssuedTermsMigrationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The newest migration before V31, whichever that is. */
    private static final MigrationVersion BEFORE = Arrays.stream(flyway(new SimpleDriverDataSource(new org.h2.Driver(),
            "jdbc:h2:mem:v31-versions", "sa", "")).load().info().all()).map(MigrationInfo::getVersion)
            .filter(v -> v != null && v.compareTo(MigrationVersion.fromVersion("31")) < 0)
            .max(MigrationVersion::compareTo).orElseThrow();

    @Test
    void issuedInvoicesKeepTheCustomersDetailsOfTheUpgradeAndGetTheirDueDateAtTheFirstStart() {
        DataSource database = database();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        migrate(database, BEFORE);
        jdbc.update("""
                insert into customer (name, currency, time_zone, country, vat_rate, created_at, billing_street,
                    billing_postcode, billing_city, vat_id, buyer_reference)
                values ('Before Ltd', 'GBP', 'Europe/London', 'GB', 0.2, current_timestamp, '1 Old Road', 'M1 1AA',
                    'Manchester', 'GB987654321', 'PO-7')""");
        long customer = jdbc.queryForObject("select max(id) from customer", Long.class);
        // issued at 23:30 UTC on 31 July 2026: 1 August in London
        long issued = invoice(jdbc, customer, "ISSUED", Instant.parse("2026-07-31T23:30:00Z"));
        long draft = invoice(jdbc, customer, "DRAFT", null);

        migrate(database, MigrationVersion.fromVersion("31"));

        assertThat(billTo(jdbc, issued)).containsExactly("Before Ltd", "1 Old Road", "M1 1AA", "Manchester", "GB",
                "GB987654321", "PO-7");
        assertThat(billTo(jdbc, draft)).containsOnlyNulls();
        assertThat(terms(jdbc, issued)).containsOnlyNulls();

        new IssuedTermsBackfill(jdbc, seller(21), LONDON).afterPropertiesSet();
        assertThat(terms(jdbc, issued)).containsExactly(java.sql.Date.valueOf(LocalDate.of(2026, 8, 22)), 21);
        assertThat(terms(jdbc, draft)).containsOnlyNulls();

        // the next start, with other terms configured, leaves them be
        new IssuedTermsBackfill(jdbc, seller(45), LONDON).afterPropertiesSet();
        assertThat(terms(jdbc, issued)).containsExactly(java.sql.Date.valueOf(LocalDate.of(2026, 8, 22)), 21);
    }

    private static long invoice(JdbcTemplate jdbc, long customer, String status, Instant issuedAt) {
        boolean numbered = issuedAt != null;
        jdbc.update("""
                insert into invoice (customer_id, period, kind, status, number, number_year, number_seq, currency,
                    plan_code, vat_rate, subtotal, tax, total, opening_credit, opening_prepaid_minutes, closing_credit,
                    closing_prepaid_minutes, created_at, issued_at)
                values (?, '2026-07', 'PURCHASE', ?, ?, ?, ?, 'GBP', 'BPS-20', 0.2, 100, 20, 120, 0, 0, 0, 0,
                    current_timestamp, ?)""", customer, status, numbered ? "INV-2026-000001" : null,
                numbered ? 2026 : null, numbered ? 1 : null, numbered ? Timestamp.from(issuedAt) : null);
        return jdbc.queryForObject("select max(id) from invoice", Long.class);
    }

    private static Object[] billTo(JdbcTemplate jdbc, long invoice) {
        Map<String, Object> row = jdbc.queryForMap("select bill_to_name, bill_to_street, bill_to_postcode,"
                + " bill_to_city, bill_to_country, bill_to_vat_id, bill_to_buyer_reference from invoice where id = ?",
                invoice);
        return row.values().toArray();
    }

    private static Object[] terms(JdbcTemplate jdbc, long invoice) {
        return jdbc.queryForMap("select due_date, payment_terms_days from invoice where id = ?", invoice).values()
                .toArray();
    }

    private static void migrate(DataSource database, MigrationVersion target) {
        flyway(database).target(target).load().migrate();
    }

    private static FluentConfiguration flyway(DataSource database) {
        return Flyway.configure().dataSource(database).baselineOnMigrate(true).baselineVersion("0")
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres() ? "postgresql" : "h2"));
    }

    /** Empty but for the engine's tables (a migration moves engine data too), as the application starts on one. */
    private static DataSource database() {
        DataSource database = postgres()
                ? new SimpleDriverDataSource(new org.postgresql.Driver(), DueTimers.freshDatabase("v31"),
                        System.getenv().getOrDefault("QUARTERHOUR_DB_USER", "postgres"),
                        System.getenv().getOrDefault("QUARTERHOUR_DB_PASSWORD", ""))
                : new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:v31-" + System.nanoTime()
                        + ";DB_CLOSE_DELAY=-1", "sa", "");
        EngineTables.create(database);
        return database;
    }

    private static boolean postgres() {
        return Arrays.asList(System.getProperty("spring.profiles.active", "").split(",")).contains("postgres");
    }

    private static SellerProperties seller(int days) {
        return new SellerProperties("Quarterhour Support Ltd", null, null, null, "GB", null, null, null, null, null,
                null, days);
    }
}

package com.quarterhour.operations.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The process engine's tables under Flyway, in a history table of their own ({@value #HISTORY_TABLE}) so that their
 * versions never mix with the application's. Version 1 runs the engine's shipped create scripts for the database at
 * hand, the same components the engine's {@code schema-update} creates. A database whose engine tables already exist
 * (created by {@code schema-update} before Flyway managed them) keeps them: version 1 records itself and changes
 * nothing. An engine upgrade adds a version here that runs the engine's shipped upgrade scripts
 * ({@code db/upgrade/<type>_engine_<from>_to_<to>.sql} beside the create scripts).
 */
final class EngineSchema {

    static final String HISTORY_TABLE = "engine_schema_history";

    private static final Logger log = LoggerFactory.getLogger(EngineSchema.class);

    /** In the order the engine creates them; history, case and decision tables as the starter's defaults use them. */
    private static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine",
            "case.history", "decision.engine", "decision.history");

    /** The engine's own property table: present once the engine's tables exist, whoever created them. */
    private static final String ENGINE_PRESENT = "ACT_GE_PROPERTY";

    private EngineSchema() {
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure(EngineSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                // the engine's migrations are Java migrations only; the application's SQL folder is not theirs
                .locations("classpath:" + EngineSchema.class.getPackageName().replace('.', '/') + "/none")
                .failOnMissingLocations(false)
                .javaMigrations(new CreateTables())
                // an existing database (application tables, maybe engine tables) gets this history table all the same
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /** Version 1: the engine's create scripts, unless its tables are already there. */
    static final class CreateTables implements JavaMigration {

        @Override
        public MigrationVersion getVersion() {
            return MigrationVersion.fromVersion("1");
        }

        @Override
        public String getDescription() {
            return "engine tables from the engine's create scripts";
        }

        @Override
        public Integer getChecksum() {
            return null;
        }

        @Override
        public boolean canExecuteInTransaction() {
            return true;
        }

        @Override
        public void migrate(Context context) throws SQLException {
            Connection connection = context.getConnection();
            if (tableExists(connection.getMetaData(), connection, ENGINE_PRESENT)) {
                log.info("The engine's tables exist already (created by the engine's schema-update): kept as they are");
                return;
            }
            String type = databaseType(connection.getMetaData().getDatabaseProductName());
            for (String component : COMPONENTS) {
                ScriptUtils.executeSqlScript(connection,
                        new EncodedResource(new ClassPathResource(createScript(type, component)), StandardCharsets.UTF_8));
            }
        }
    }

    /** Where the engine ships its create script of one component, e.g. {@code .../db/create/activiti.postgres.create.engine.sql}. */
    static String createScript(String databaseType, String component) {
        return ProcessEngine.class.getPackageName().replace('.', '/') + "/db/create/activiti." + databaseType
                + ".create." + component + ".sql";
    }

    /** The engine's name for the database ("postgres", "h2", ...), by the engine's own mapping of JDBC product names. */
    static String databaseType(String productName) {
        String type = EngineDatabaseTypes.of(productName);
        if (type == null) {
            throw new IllegalStateException("The process engine does not support the database " + productName);
        }
        return type;
    }

    static boolean tableExists(DatabaseMetaData metaData, Connection connection, String table) throws SQLException {
        // stored upper case by H2, lower case by PostgreSQL
        for (String name : List.of(table.toUpperCase(), table.toLowerCase())) {
            try (ResultSet found = metaData.getTables(connection.getCatalog(), connection.getSchema(), name,
                    new String[] {"TABLE"})) {
                if (found.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads the engine's protected table of JDBC product names to its database types. */
    private static final class EngineDatabaseTypes extends StandaloneProcessEngineConfiguration {
        static String of(String productName) {
            return getDefaultDatabaseTypeMappings().getProperty(productName);
        }
    }
}

package com.quarterhour.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The engine's tables under Flyway, each case on a database of its own (in memory): created from the engine's
 * scripts on an empty database, kept on a database whose engine created them itself, and the engine starts on both
 * with schema-update off.
 */
class EngineSchemaTest {

    @Test
    void anEmptyDatabaseGetsTheEngineTablesAndTheEngineStartsWithoutSchemaUpdate() {
        DataSource empty = database("engine-schema-empty");

        EngineSchema.migrate(empty);

        assertThat(engineTables(empty)).isGreaterThan(40);
        assertThat(migrations(empty)).containsExactly("1 done");
        startAndStopEngine(empty, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    }

    @Test
    void tablesTheEngineCreatedItselfAreKeptAndRecordedAsVersionOne() {
        DataSource createdByEngine = database("engine-schema-by-engine");
        startAndStopEngine(createdByEngine, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        int tables = engineTables(createdByEngine);
        new JdbcTemplate(createdByEngine).update("insert into ACT_ID_USER (ID_, REV_) values ('kept', 1)");

        EngineSchema.migrate(createdByEngine);

        assertThat(engineTables(createdByEngine)).isEqualTo(tables);
        assertThat(new JdbcTemplate(createdByEngine).queryForObject("select count(*) from ACT_ID_USER where ID_ = 'kept'",
                Integer.class)).isOne();
        assertThat(migrations(createdByEngine)).containsExactly("0 done", "1 done");
        startAndStopEngine(createdByEngine, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    }

    @Test
    void aSecondMigrationChangesNothing() {
        DataSource database = database("engine-schema-twice");
        EngineSchema.migrate(database);

        EngineSchema.migrate(database);

        assertThat(migrations(database)).containsExactly("1 done");
    }

    private static DataSource database(String name) {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static void startAndStopEngine(DataSource database, String schemaUpdate) {
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDataSource(database)
                .setDatabaseSchemaUpdate(schemaUpdate)
                .setJobExecutorActivate(false)
                .setProcessEngineName("engine-schema-test-" + System.nanoTime())
                .buildProcessEngine();
        engine.close();
    }

    private static int engineTables(DataSource database) {
        return new JdbcTemplate(database).queryForObject(
                "select count(*) from information_schema.tables where table_name like 'ACT\\_%' escape '\\'",
                Integer.class);
    }

    private static List<String> migrations(DataSource database) {
        // Flyway's own first row (creating the schema) has no version; a failed migration would show as not successful
        return new JdbcTemplate(database).queryForList("select \"version\" || case when \"success\" then ' done'"
                + " else ' failed' end from \"" + EngineSchema.HISTORY_TABLE + "\" where \"version\" is not null"
                + " order by \"installed_rank\"", String.class);
    }
}

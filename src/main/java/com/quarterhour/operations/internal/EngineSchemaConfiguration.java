package com.quarterhour.operations.internal;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schema before the engine: Flyway first brings the engine's own tables (a history table of their own), then the
 * application's migrations, and only then does the process engine start, with {@code schema-update} off. An
 * application migration may therefore rely on the engine's tables (an index on one of them, say).
 */
@Configuration(proxyBeanMethods = false)
class EngineSchemaConfiguration {

    /** Boot's Flyway initializer, which runs the migration strategy below. */
    static final String FLYWAY_INITIALIZER = "flywayInitializer";

    @Bean
    FlywayMigrationStrategy engineTablesFirst() {
        return application -> {
            EngineSchema.migrate(application.getConfiguration().getDataSource());
            application.migrate();
        };
    }

    @Bean
    static ProcessEngineAfterFlyway processEngineAfterFlyway() {
        return new ProcessEngineAfterFlyway();
    }

    /** Without this the engine could start (and check its schema) before Flyway created it. */
    static final class ProcessEngineAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {
        ProcessEngineAfterFlyway() {
            super(ProcessEngine.class, ProcessEngineFactoryBean.class, FLYWAY_INITIALIZER);
        }
    }
}

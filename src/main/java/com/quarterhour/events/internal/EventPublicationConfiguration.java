package com.quarterhour.events.internal;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EventPublicationProperties.class)
class EventPublicationConfiguration implements SchedulingConfigurer {

    private final EventPublicationProperties properties;
    private final EventPublicationUpkeep upkeep;

    EventPublicationConfiguration(EventPublicationProperties properties, EventPublicationUpkeep upkeep) {
        this.properties = properties;
        this.upkeep = upkeep;
    }

    /** Locks in the shedlock table, timed by the database's clock so that nodes' clocks need not agree. */
    @Bean
    static LockingTaskExecutor eventPublicationLocks(DataSource dataSource) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build()));
    }

    // the first resubmission runs at start: it also picks up what a node that died left incomplete
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (properties.scheduled()) {
            tasks.addFixedDelayTask(upkeep::resubmitIncomplete, properties.resubmitEvery());
            tasks.addFixedDelayTask(upkeep::purgeCompleted, properties.purgeEvery());
        }
    }
}

package com.quarterhour.inbox.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Polls the mailbox on its interval when the inbox is enabled (the tests poll it themselves). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxProperties.class)
class InboxConfiguration implements SchedulingConfigurer {

    private final InboxProperties properties;
    private final MailboxPoller poller;

    InboxConfiguration(InboxProperties properties, MailboxPoller poller) {
        this.properties = properties;
        this.poller = poller;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (properties.enabled()) {
            tasks.addFixedDelayTask(poller::poll, properties.pollInterval());
        }
    }
}

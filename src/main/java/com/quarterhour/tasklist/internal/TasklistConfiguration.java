package com.quarterhour.tasklist.internal;

import java.util.ArrayList;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TasklistConfiguration {

    /**
     * The JSON list format for Triage's technician options; a value is written as JSON only when it asks for it.
     */
    @Bean
    ProcessEnginePlugin jsonListVariables() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                var serializers = configuration.getCustomPreVariableSerializers() == null ? new ArrayList<
                        org.operaton.bpm.engine.impl.variable.serializer.TypedValueSerializer>()
                        : new ArrayList<>(configuration.getCustomPreVariableSerializers());
                serializers.add(new JsonListSerializer());
                configuration.setCustomPreVariableSerializers(serializers);
            }
        };
    }
}

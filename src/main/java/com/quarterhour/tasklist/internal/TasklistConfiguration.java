package com.quarterhour.tasklist.internal;

import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.operaton.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TasklistConfiguration {

    /**
     * Every user task of every deployed version gets {@link TicketTaskListener} on create: added as the engine parses
     * a definition, so the instances still running on versions deployed before it (an upgraded installation) name and
     * date their next tasks too, and a new BPMN cannot forget it. The listener is looked up when a task opens, as it
     * needs the services the engine itself provides. Also the JSON list format for Triage's technician options; a
     * value is written as JSON only when it asks for it.
     */
    @Bean
    ProcessEnginePlugin ticketTaskPlugin(ObjectProvider<TicketTaskListener> listener) {
        TaskListener onCreate = task -> listener.getObject().notify(task);
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<BpmnParseListener> parse = configuration.getCustomPostBPMNParseListeners() == null
                        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
                parse.add(new AbstractBpmnParseListener() {
                    @Override
                    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                                .addTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
                    }
                });
                configuration.setCustomPostBPMNParseListeners(parse);
                List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
                        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
                serializers.add(new JsonListSerializer());
                configuration.setCustomPreVariableSerializers(serializers);
            }
        };
    }
}

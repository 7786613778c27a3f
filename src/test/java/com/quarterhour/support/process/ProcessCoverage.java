package com.quarterhour.support.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.pvm.PvmTransition;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.pvm.process.TransitionImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Which flow nodes and sequence flows of each process the tests passed through. A parse listener puts an execution
 * listener on every activity ({@code start}) and every sequence flow ({@code take}) of every process the engine
 * parses; what they hear is kept per process key. After each test class the elements passed during it are written to
 * {@code target/process-test-coverage/<test class>.json}; {@code ProcessCoverageCheck} adds them up after the suite
 * and fails below 100%.
 */
public final class ProcessCoverage {

    public static final Path REPORTS = Path.of("target", "process-test-coverage");

    /** process key -> ids of the elements passed since the current test class began */
    private static final Map<String, Set<String>> PASSED = new ConcurrentHashMap<>();

    private ProcessCoverage() {
    }

    static void passed(String processKey, String elementId) {
        PASSED.computeIfAbsent(processKey, key -> ConcurrentHashMap.newKeySet()).add(elementId);
    }

    /** The engine plugin that registers the parse listener; part of every test context with the engine. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        AbstractProcessEnginePlugin processCoveragePlugin() {
            return new AbstractProcessEnginePlugin() {
                @Override
                public void preInit(ProcessEngineConfigurationImpl configuration) {
                    List<BpmnParseListener> listeners = new ArrayList<>();
                    if (configuration.getCustomPostBPMNParseListeners() != null) {
                        listeners.addAll(configuration.getCustomPostBPMNParseListeners());
                    }
                    listeners.add(new Recorder());
                    configuration.setCustomPostBPMNParseListeners(listeners);
                }
            };
        }
    }

    /** Writes what the finished test class passed, and starts afresh for the next. */
    public static class Listener implements TestExecutionListener {

        @Override
        public void beforeTestClass(TestContext context) {
            PASSED.clear();
        }

        @Override
        public void afterTestClass(TestContext context) throws IOException {
            if (PASSED.isEmpty()) {
                return;
            }
            Map<String, Set<String>> passed = new TreeMap<>();
            PASSED.forEach((process, elements) -> passed.put(process, new TreeSet<>(elements)));
            Files.createDirectories(REPORTS);
            new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValue(REPORTS.resolve(context.getTestClass().getName() + ".json").toFile(), passed);
            PASSED.clear();
        }
    }

    /** Listens on every element of a parsed process; the parse itself is the engine's. */
    static final class Recorder extends AbstractBpmnParseListener {

        @Override
        public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
            for (ProcessDefinitionEntity definition : processDefinitions) {
                listenWithin(definition.getKey(), definition);
            }
        }

        private static void listenWithin(String processKey, ScopeImpl scope) {
            for (ActivityImpl activity : scope.getActivities()) {
                String activityId = activity.getId();
                activity.addListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) execution -> passed(processKey, activityId));
                for (PvmTransition outgoing : activity.getOutgoingTransitions()) {
                    TransitionImpl flow = (TransitionImpl) outgoing;
                    String flowId = flow.getId();
                    flow.addListener(ExecutionListener.EVENTNAME_TAKE,
                            (ExecutionListener) execution -> passed(processKey, flowId));
                }
                listenWithin(processKey, activity);
            }
        }
    }
}

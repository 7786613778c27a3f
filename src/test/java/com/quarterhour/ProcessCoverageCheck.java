package com.quarterhour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.support.process.ProcessCoverage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.FlowElement;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/**
 * Every flow node and sequence flow of every BPMN in processes/ was passed by some process test. Runs after the
 * whole suite (its own surefire execution in the verify phase) over what {@link ProcessCoverage} recorded per test
 * class, and writes the summary to target/process-test-coverage/report.html before it judges.
 */
class ProcessCoverageCheck {

    @Test
    void everyElementOfEveryProcessIsCovered() throws IOException {
        Map<String, Map<String, String>> elements = elementsOfEveryProcess();
        Map<String, Set<String>> passed = passedInTheSuite();
        ProcessCoverageReport.write(elements, passed, ProcessCoverage.REPORTS.resolve("report.html"));

        elements.forEach((process, all) -> assertThat(passed.getOrDefault(process, Set.of()))
                .as("elements of %s passed by a test (of %d; see target/process-test-coverage/report.html)",
                        process, all.size())
                .containsAll(all.keySet()));
    }

    /** process key -> (element id -> its name, or its kind when unnamed), from the BPMN files themselves */
    private static Map<String, Map<String, String>> elementsOfEveryProcess() throws IOException {
        Map<String, Map<String, String>> elements = new TreeMap<>();
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                if (element instanceof FlowNode || element instanceof SequenceFlow) {
                    String label = element.getName() != null ? element.getName()
                            : element.getElementType().getTypeName();
                    elements.computeIfAbsent(processOf(element).getId(), key -> new LinkedHashMap<>())
                            .put(element.getId(), label);
                }
            }
        }
        assertThat(elements).as("processes found in processes/*.bpmn").isNotEmpty();
        return elements;
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        while (!(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }

    private static Map<String, Set<String>> passedInTheSuite() throws IOException {
        Map<String, Set<String>> passed = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        List<Path> records;
        try (Stream<Path> files = Files.list(ProcessCoverage.REPORTS)) {
            records = files.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertThat(records).as("coverage records of the process tests in %s", ProcessCoverage.REPORTS).isNotEmpty();
        for (Path record : records) {
            Map<String, Set<String>> ofOneClass = json.readValue(record.toFile(), new TypeReference<>() { });
            ofOneClass.forEach((process, ids) -> passed.computeIfAbsent(process, key -> new HashSet<>()).addAll(ids));
        }
        return passed;
    }

    private static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
    }
}

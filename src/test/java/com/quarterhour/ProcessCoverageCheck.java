package com.quarterhour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every flow node and sequence flow of every BPMN in processes/ was passed by some process test. Runs after the
 * whole suite (its own surefire execution in the verify phase) over the reports the coverage extension wrote.
 */
class ProcessCoverageCheck {

    private static final Path REPORTS = Path.of("target", "process-test-coverage");

    @Test
    void everyElementOfEveryProcessIsCovered() throws IOException {
        Map<String, Integer> elements = new HashMap<>();
        Map<String, Set<String>> covered = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Path report : reports()) {
            JsonNode root = json.readTree(report.toFile());
            root.path("models").forEach(m -> elements.put(m.path("key").asText(), m.path("totalElementCount").asInt()));
            root.path("suites").forEach(suite -> suite.path("runs").forEach(run -> run.path("events").forEach(event ->
                    covered.computeIfAbsent(event.path("modelKey").asText(), k -> new HashSet<>())
                            .add(event.path("definitionKey").asText()))));
        }
        assertThat(elements.keySet()).as("processes with coverage reports").containsAll(processKeys());
        elements.forEach((process, total) -> assertThat(covered.getOrDefault(process, Set.of()))
                .as("elements of %s passed by a test (of %d)", process, total)
                .hasSize(total));
    }

    private static List<Path> reports() throws IOException {
        try (Stream<Path> files = Files.walk(REPORTS)) {
            return files.filter(p -> p.getFileName().toString().equals("report.json")).toList();
        }
    }

    private static List<String> processKeys() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn"))
                    .map(p -> p.getFileName().toString().replace(".bpmn", ""))
                    .toList();
        }
    }
}

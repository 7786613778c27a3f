package com.quarterhour.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.support.QuarterhourTest;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.StartEvent;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every user task has a Camunda Form, and every formRef names a form deployed with its process; the forms ask for
 * what the process needs, in fields that do not lose what is typed.
 */
@QuarterhourTest
class FormReferencesTest {

    @Autowired RepositoryService repository;
    @Autowired ObjectMapper json;

    @Test
    void everyFormRefResolvesToAFormInTheSameDeployment() throws Exception {
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(definitions).extracting(ProcessDefinition::getKey).contains("support-request");
        for (ProcessDefinition definition : definitions) {
            Set<String> deployedForms = new HashSet<>();
            for (String resource : repository.getDeploymentResourceNames(definition.getDeploymentId())) {
                if (resource.endsWith(".form")) {
                    try (InputStream form = repository.getResourceAsStream(definition.getDeploymentId(), resource)) {
                        deployedForms.add(json.readTree(form).get("id").asText());
                    }
                }
            }
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getOperatonFormRef()).as("form of user task %s", task.getId()).isNotBlank();
                assertThat(deployedForms).as("forms deployed with %s", definition.getKey()).contains(task.getOperatonFormRef());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getOperatonFormRef() != null) {
                    assertThat(deployedForms).contains(start.getOperatonFormRef());
                }
            }
        }
    }

    /**
     * Tasklist's form-js sends a number field's value again about 300 ms after the field is left, which re-renders
     * the form and puts back the old value of a text field still being typed in: "Restarted the mail service" was
     * saved as "started the mail service". Choices are selects, and a customer number is a text field.
     */
    @Test
    void noFormHasANumberField() throws Exception {
        for (Map.Entry<String, JsonNode> form : forms().entrySet()) {
            assertThat(fields(form.getValue()).values()).as("fields of %s", form.getKey())
                    .extracting(field -> field.path("type").asText()).doesNotContain("number");
        }
    }

    @Test
    void workTakesTimeIn15MinuteStepsAndExactMinutesOnPerMinutePlans() throws Exception {
        Map<String, JsonNode> work = fields(forms().get("work"));
        assertThat(values(work.get("minutes"))).isEqualTo(
                IntStream.rangeClosed(1, 96).mapToObj(step -> String.valueOf(step * 15)).toList());
        assertThat(values(work.get("minutesExact"))).first().isEqualTo("1");
        assertThat(values(work.get("agents"))).first().isEqualTo("1");
        assertThat(work.get("agents").path("defaultValue").asText()).isEqualTo("1");
    }

    /** A technician may resolve or wait without adding time; the process checks that time to keep working is complete. */
    @Test
    void workNeedsNoTimeToResolveOrWait() throws Exception {
        Map<String, JsonNode> work = fields(forms().get("work"));
        assertThat(work).containsKeys("workDate", "minutes", "minutesExact", "agents", "note", "outcome", "rootCause",
                "resolutionNote", "waiverRequested", "waiverReason");
        for (String time : List.of("workDate", "minutes", "minutesExact", "agents", "note")) {
            assertThat(required(work.get(time))).as("%s required", time).isFalse();
        }
        assertThat(values(work.get("outcome"))).containsExactly("CONTINUE", "WAIT", "RESOLVE");
        assertThat(required(work.get("outcome"))).isTrue();
        assertThat(required(work.get("rootCause"))).isTrue();
        assertThat(work.get("rootCause").path("conditional").path("hide").asText()).isEqualTo("=outcome != \"RESOLVE\"");
    }

    /** Without a technician the work waits in the technicians' queue. */
    @Test
    void triageMayLeaveTheTechnicianOpen() throws Exception {
        JsonNode technician = fields(forms().get("triage")).get("technician");
        assertThat(required(technician)).isFalse();
        assertThat(technician.path("description").asText()).contains("technicians' queue");
    }

    @Test
    void triageAndWorkNameThePlanTheSameWay() throws Exception {
        Map<String, JsonNode> forms = forms();
        assertThat(component(forms.get("triage"), "Text_planCode")).isEqualTo(component(forms.get("work"), "Text_planCode"));
    }

    private static JsonNode component(JsonNode form, String id) {
        return StreamSupport.stream(form.get("components").spliterator(), false)
                .filter(component -> id.equals(component.path("id").asText())).findFirst().orElseThrow();
    }

    private Map<String, JsonNode> forms() throws Exception {
        Map<String, JsonNode> forms = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                JsonNode form = json.readTree(in);
                forms.put(form.get("id").asText(), form);
            }
        }
        assertThat(forms).containsKeys("work", "triage", "report-request");
        return forms;
    }

    private static Map<String, JsonNode> fields(JsonNode form) {
        return StreamSupport.stream(form.get("components").spliterator(), false)
                .filter(component -> component.hasNonNull("key"))
                .collect(Collectors.toMap(component -> component.get("key").asText(), Function.identity()));
    }

    private static List<String> values(JsonNode field) {
        return StreamSupport.stream(field.path("values").spliterator(), false).map(value -> value.get("value").asText())
                .toList();
    }

    private static boolean required(JsonNode field) {
        return field.path("validate").path("required").asBoolean(false);
    }
}

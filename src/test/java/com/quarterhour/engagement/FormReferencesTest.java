package com.quarterhour.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.support.QuarterhourTest;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every user task has a Camunda Form, and every formRef names a form deployed with its process. */
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
                assertThat(task.getCamundaFormRef()).as("form of user task %s", task.getId()).isNotBlank();
                assertThat(deployedForms).as("forms deployed with %s", definition.getKey()).contains(task.getCamundaFormRef());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(deployedForms).contains(start.getCamundaFormRef());
                }
            }
        }
    }
}

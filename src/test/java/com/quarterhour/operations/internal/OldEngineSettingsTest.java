package com.quarterhour.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class OldEngineSettingsTest {

    private final OldEngineSettings check = new OldEngineSettings();

    @Test
    void aCamundaKeyLeftInTheConfigurationStopsTheStartAndIsNamed() {
        StandardEnvironment environment = environmentWith(Map.of(
                "camunda.bpm.job-execution.max-wait", "5000",
                "operaton.bpm.history-level", "full"));

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("camunda.bpm.job-execution.max-wait")
                .hasMessageContaining("operaton.bpm.*")
                .hasMessageNotContaining("history-level");
    }

    @Test
    void aCamundaEnvironmentVariableStopsTheStartToo() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env",
                Map.of("CAMUNDA_BPM_ADMIN_USER_PASSWORD", "secret", "PATH", "/usr/bin")));

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("CAMUNDA_BPM_ADMIN_USER_PASSWORD")
                .hasMessageNotContaining("PATH");
    }

    @Test
    void operatonKeysAndOtherCamundaWordsPass() {
        StandardEnvironment environment = environmentWith(Map.of(
                "operaton.bpm.job-execution.max-wait", "5000",
                "quarterhour.note", "migrated from camunda.bpm"));

        check.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("operaton.bpm.job-execution.max-wait")).isEqualTo("5000");
    }

    private static StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}

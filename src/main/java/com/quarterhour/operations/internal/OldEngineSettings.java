package com.quarterhour.operations.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Refuses to start while the configuration still names Camunda 7's engine settings ({@code camunda.bpm.*}, or
 * {@code CAMUNDA_BPM_*} in the environment). Operaton reads only {@code operaton.bpm.*}: a key left behind by an
 * upgrade would otherwise be ignored without a word, and the engine would run on its default (an administrator's
 * password, the job executor's lock time) instead of the setting the administrator believes is in force.
 */
public class OldEngineSettings implements EnvironmentPostProcessor {

    private static final String OLD_PREFIX = "camunda.bpm.";
    private static final String OLD_ENVIRONMENT_PREFIX = "CAMUNDA_BPM_";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Set<String> old = oldKeys(environment.getPropertySources().stream().toList());
        if (!old.isEmpty()) {
            throw new IllegalStateException("The configuration still has Camunda 7 engine settings, which Operaton "
                    + "ignores: " + String.join(", ", old) + ". Rename each to operaton.bpm.* (environment variables "
                    + "OPERATON_BPM_*) with the rest of its name unchanged, as docs/operations.md describes.");
        }
    }

    static Set<String> oldKeys(List<PropertySource<?>> sources) {
        Set<String> old = new TreeSet<>();
        for (PropertySource<?> source : sources) {
            if (source instanceof EnumerablePropertySource<?> names) {
                Arrays.stream(names.getPropertyNames())
                        .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(OLD_PREFIX)
                                || name.toUpperCase(Locale.ROOT).startsWith(OLD_ENVIRONMENT_PREFIX))
                        .forEach(old::add);
            }
        }
        return old;
    }
}

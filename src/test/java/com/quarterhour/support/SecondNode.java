package com.quarterhour.support;

import com.quarterhour.QuarterhourApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Another node of the application on the test context's database (the shared in-memory H2 of this JVM, or the
 * PostgreSQL database of the postgres profile): a second application context on a random port, with the test
 * context's profiles. Close it when done.
 */
public final class SecondNode {

    private SecondNode() {
    }

    /**
     * @param testContext the environment of the test's own application context, whose database the node shares
     * @param name the node's process engine name, letters and digits (the engines of one JVM are registered by name)
     * @param settings further {@code --key=value} settings of this node
     */
    public static ConfigurableApplicationContext start(Environment testContext, String name, String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.profiles.active=" + String.join(",", testContext.getActiveProfiles()),
                "--spring.datasource.url=" + testContext.getRequiredProperty("spring.datasource.url"),
                "--operaton.bpm.process-engine-name=" + name,
                // no Camunda webapps: they keep their engine in static state, and closing this node would leave the
                // test context's Tasklist API (/operaton/api) with a dead engine
                "--operaton.bpm.webapp.enabled=false",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(QuarterhourApplication.class).run(args.toArray(String[]::new));
    }
}

package com.quarterhour.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The tests' SMTP server (GreenMail) on a port that was free when this test JVM started, given to the application as
 * {@code quarterhour.test.smtp-port} (application-test.yaml's mail port): test runs side by side on one machine then do
 * not compete for a fixed port. Registered in META-INF/spring.factories.
 */
public class TestMailServer implements EnvironmentPostProcessor {

    static final int PORT = TestSocketUtils.findAvailableTcpPort();

    /** A GreenMail server on the tests' port, started and emptied for each test method. */
    public static GreenMailExtension extension() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("test-mail-server",
                Map.of("quarterhour.test.smtp-port", PORT)));
    }
}

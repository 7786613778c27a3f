package com.quarterhour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.QuarterhourApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.operaton.bpm.spring.boot.starter.property.OperatonBpmProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nothing starts with a known password outside the demo: without an administrator password, or with one Camunda's
 * password policy refuses, the application does not start; the demo alone may use demo/demo.
 */
class AdminPasswordCheckTest {

    private static final String STRONG = "Quarter&Hour-2026";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OperatonBpmProperties.class)
    @Import(AdminPasswordCheck.class)
    static class AdminOnly {
    }

    private final ApplicationContextRunner production = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PropertyPlaceholderAutoConfiguration.class))
            .withUserConfiguration(AdminOnly.class)
            .withPropertyValues("operaton.bpm.admin-user.id=admin", "quarterhour.demo-data.enabled=false");

    @Test
    void anUnsetPasswordVariableStopsTheStartInsteadOfBecomingThePassword() {
        // what the postgres profile had: the variable's own placeholder text became the admin's password
        production.withPropertyValues("operaton.bpm.admin-user.password=${QUARTERHOUR_ADMIN_PASSWORD}")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("has no password").hasMessageContaining("QUARTERHOUR_ADMIN_PASSWORD"));
        production.withPropertyValues("operaton.bpm.admin-user.password=")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("has no password"));
    }

    @Test
    void aWeakPasswordStopsTheStartAndSaysWhatItLacks() {
        production.withPropertyValues("operaton.bpm.admin-user.password=admin123")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("too weak").hasMessageContaining("at least 10 characters"));
        production.withPropertyValues("operaton.bpm.admin-user.password=Admin&Admin-2026")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("must not contain the username"));
    }

    @Test
    void aPasswordThatMeetsThePolicyStarts() {
        production.withPropertyValues("operaton.bpm.admin-user.password=" + STRONG)
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theCheckIsAProcessEnginePluginSoTheEngineCreatesTheAdministratorOnlyAfterIt() {
        // the engine is built with every plugin bean: this check runs before the administrator can be created
        assertThat(ProcessEnginePlugin.class).isAssignableFrom(AdminPasswordCheck.class);
    }

    @Test
    void theDemoMayStartWithDemoDemoButNotWithoutAPassword() {
        ApplicationContextRunner demo = new ApplicationContextRunner()
                .withUserConfiguration(AdminOnly.class)
                .withPropertyValues("operaton.bpm.admin-user.id=demo", "quarterhour.demo-data.enabled=true");
        demo.withPropertyValues("operaton.bpm.admin-user.password=demo").run(context -> assertThat(context).hasNotFailed());
        demo.withPropertyValues("operaton.bpm.admin-user.password=").run(context -> assertThat(context).hasFailed());
    }

    /**
     * The whole application with demo data off, on a database of its own and an engine of its own name (arguments, so
     * that they override the test profile).
     */
    private static ConfigurableApplicationContext start(String adminPassword) {
        return new SpringApplicationBuilder(QuarterhourApplication.class).run(
                "--server.port=0",
                // the embedded database on every build, also where the suite runs on PostgreSQL
                "--spring.profiles.active=test",
                "--spring.datasource.url=jdbc:h2:mem:admin-check-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "--operaton.bpm.process-engine-name=adminCheck",
                // no Camunda webapps: they keep their engine in static state, and closing this application would leave
                // the suite's shared application's Tasklist API (/operaton/api) with a dead engine (500s)
                "--operaton.bpm.webapp.enabled=false",
                "--operaton.bpm.admin-user.id=admin",
                "--operaton.bpm.admin-user.password=" + adminPassword,
                "--quarterhour.demo-data.enabled=false",
                "--spring.main.banner-mode=off");
    }

    @Test
    void outsideTheDemoNoLoginHasItsNameAsPassword() {
        try (ConfigurableApplicationContext app = start(STRONG)) {
            IdentityService identity = app.getBean(IdentityService.class);
            List<User> users = identity.createUserQuery().list();
            assertThat(users).extracting(User::getId).containsExactly("admin");
            assertThat(users).noneSatisfy(user -> assertThat(identity.checkPassword(user.getId(), user.getId())).isTrue());
            assertThat(identity.checkPassword("admin", STRONG)).isTrue();
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from customer_user", Long.class))
                    .isZero();
        }
    }
}

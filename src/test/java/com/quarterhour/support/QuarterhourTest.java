package com.quarterhour.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import com.quarterhour.support.process.ProcessCoverage;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The one application context of the integration tests (so it is built once): the whole application on the
 * test profile, MockMvc, and the process elements each test class passed recorded in
 * target/process-test-coverage. It also listens on a
 * random port ({@link HttpUsers}), for what MockMvc cannot reach: Operaton's webapp API and /engine-rest are servlets
 * of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ProcessCoverage.Configuration.class, HttpUsers.class, MockMvcSessions.class, EicarScanner.class})
@TestExecutionListeners(value = ProcessCoverage.Listener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface QuarterhourTest {
}

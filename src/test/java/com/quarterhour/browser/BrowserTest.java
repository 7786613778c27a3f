package com.quarterhour.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The application on a random port for the real-browser tests (test profile: in-memory database, demo users
 * and customers, no job executor). They run under failsafe, in a JVM apart from the rest of the suite, so this
 * second application context shares neither the database nor the process engine with it. The board refreshes
 * every 2 seconds here, so a test sees a refresh without waiting long. The demo customers have last month's work, as
 * on the embedded default, so the portal has a month to bill and to chart.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"quarterhour.board.refresh-seconds=2", "quarterhour.demo-data.billing-history=true"})
public @interface BrowserTest {
}

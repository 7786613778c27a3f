package com.quarterhour.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fresh headless Chromium for each browser test, with a profile of its own, closed afterwards; a failing test
 * leaves its page as target/browser-screenshots/FAILED-{test}.png and .html. The console is read once more at the end,
 * so an error logged after a test's last step fails it too.
 */
abstract class BrowserSession {

    @LocalServerPort int port;
    @TempDir Path profile;

    Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback saveFailedPage = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.saveFailure(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port, profile);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                browser.assertNoConsoleErrors("by the end of the test");
            } finally {
                browser.close();
            }
        }
    }
}

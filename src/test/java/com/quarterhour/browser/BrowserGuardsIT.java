package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guards of every browser test: an error in the browser console fails the step that follows it, and a
 * missing browser or driver fails (never skips) with the command that installs it.
 */
class BrowserGuardsIT {

    @TempDir Path profile;

    @Test
    void aConsoleErrorFailsTheNextStep() {
        try (Browser browser = Browser.open(0, profile)) {
            browser.driver().get("data:text/html,<title>console</title><p>A page that logs an error</p>");
            browser.driver().executeScript("console.error('deliberate failure for the guard')");
            assertThatThrownBy(() -> browser.step("guard-console-error"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("deliberate failure for the guard");
        }
    }

    @Test
    void aMissingBrowserOrDriverFailsWithTheInstallCommand() {
        assertThatThrownBy(() -> Browser.requireInstalled(profile.resolve("no-chromium-here"), "chromium"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no-chromium-here is missing")
                .hasMessageContaining("apt-get install -y chromium chromium-driver");
    }
}

package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everyone's Settings page, reached from the board and from the portal: the example of how a date, a time and an
 * amount read follows the chosen language before saving, saving says so, and the page shows the saved choice; on a
 * phone 390 pixels wide it fits without sideways scrolling. Screenshots: target/browser-screenshots/settings-*.png.
 */
@BrowserTest
class SettingsBrowserIT extends BrowserSession {

    private static final String ENGLISH = "Mon, 30 Nov 2026, 14:00 · £1,234.50";
    private static final String GERMAN = "Mo., 30.11.2026, 14:00 · 1.234,50 £";

    @Autowired JdbcTemplate jdbc;

    /** The other browser tests read in the defaults, whatever a test here left chosen. */
    @AfterEach
    void forgetTheChoices() {
        jdbc.update("delete from viewer_preference where username in ('coordinator', 'customer')");
    }

    @Test
    void aCoordinatorChoosesGermanAndBerlinFromTheBoardAndGoesBackToTheDefaults() {
        browser.visitAs("coordinator", "/board");
        browser.visible(By.id("board-updated"));
        browser.toNewPage(() -> browser.click(By.id("nav-settings")));
        assertThat(example()).isEqualTo(ENGLISH);
        browser.step("settings-01-desktop-defaults");

        Select locale = new Select(browser.visible(By.id("locale")));
        assertThat(locale.getOptions().stream().map(o -> o.getText()).toList())
                .contains("English (United Kingdom)", "Deutsch (Deutschland)");
        locale.selectByValue("de-DE");
        // the example follows the choice before it is saved
        browser.waiting().until(d -> example().equals(GERMAN));
        new Select(browser.visible(By.id("timeZone"))).selectByValue("Europe/Berlin");
        browser.toNewPage(() -> browser.click(By.id("save")));

        assertThat(browser.visible(By.id("notice")).getText()).isEqualTo("Saved.");
        assertThat(example()).isEqualTo(GERMAN);
        assertThat(new Select(browser.visible(By.id("locale"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("de-DE");
        assertThat(browser.visible(By.id("effective-zone")).getText()).isEqualTo("Europe/Berlin");
        browser.step("settings-02-desktop-saved-german");

        browser.toNewPage(() -> browser.click(By.id("reset")));
        assertThat(browser.visible(By.id("notice")).getText()).isEqualTo("Saved.");
        assertThat(example()).isEqualTo(ENGLISH);
        assertThat(browser.visible(By.id("effective-zone")).getText()).isEqualTo("Europe/London");
    }

    @Test
    void aCustomerChoosesGermanOnAPhone() {
        browser.phoneSized();
        browser.visitAs("customer", "/portal");
        browser.click(By.id("menu-button"));
        browser.toNewPage(() -> browser.click(By.id("nav-settings")));
        browser.visible(By.id("settings-form"));
        browser.assertNoSidewaysScrolling();
        browser.step("settings-03-phone");

        new Select(browser.visible(By.id("locale"))).selectByValue("de-DE");
        browser.toNewPage(() -> browser.click(By.id("save")));
        assertThat(browser.visible(By.id("notice")).getText()).isEqualTo("Saved.");
        assertThat(example()).isEqualTo(GERMAN);
        browser.assertNoSidewaysScrolling();
        browser.step("settings-04-phone-saved-german");

        browser.toNewPage(() -> browser.click(By.id("nav-portal")));
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/portal"));
    }

    /** The example as it reads, with the no-break space before the currency sign as a plain one. */
    private String example() {
        return browser.visible(By.id("example")).getText().replace('\u00a0', ' ');
    }
}

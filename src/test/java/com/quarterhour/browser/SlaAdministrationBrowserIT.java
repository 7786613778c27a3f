package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrators' SLA page in a real browser, as the demo administrator: a calendar with a lunch break on every
 * weekday and Scotland's holidays, its closed dates imported from an .ics file, a policy created, refused for a
 * warning above 99% (the reason shown on the form, as typed), corrected into its second version and re-applied. A
 * console error fails every step. Screenshots: target/browser-screenshots/admin-*.png.
 */
@BrowserTest
class SlaAdministrationBrowserIT extends BrowserSession {

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    @Test
    void theAdministratorKeepsCalendarsAndPoliciesOnThePage() {
        browser.visitAs("demo", "/admin/sla");
        assertThat(browser.visible(By.id("policies")).getText()).contains("Business Priority Support", "Client Success",
                "Shared support");
        browser.step("admin-01-calendars-and-policies");

        browser.toNewPage(() -> browser.click(By.id("new-calendar")));
        type(By.id("name"), "Edinburgh office");
        for (DayOfWeek day : WEEKDAYS) {
            type(By.id("hours-" + day), "09:00-12:00, 13:00-18:00");
        }
        type(By.id("country"), "GB");
        type(By.id("region"), "sct");
        type(By.id("closedDates"), "2026-12-24");
        browser.step("admin-02-new-calendar-with-a-lunch-break");
        browser.toNewPage(() -> browser.click(By.id("calendar-submit")));
        assertThat(browser.visible(By.id("notice")).getText()).isEqualTo("Saved the calendar “Edinburgh office”.");
        assertThat(browser.visible(By.id("hours-WEDNESDAY")).getAttribute("value")).isEqualTo("09:00–12:00, 13:00–18:00");

        browser.inView(By.id("ics-file")).sendKeys(Path.of("src/test/resources/calendar/scotland-bank-holidays-2026.ics")
                .toAbsolutePath().toString());
        browser.toNewPage(() -> browser.click(By.id("import-submit")));
        assertThat(browser.visible(By.id("notice")).getText()).startsWith("Imported the closed dates of scotland-bank-holidays-2026.ics");
        assertThat(browser.visible(By.id("closedDates")).getAttribute("value")).contains("2026-11-30 St Andrew’s Day");
        browser.step("admin-03-calendar-with-imported-closed-dates");

        browser.toNewPage(() -> browser.click(By.id("back")));
        browser.toNewPage(() -> browser.click(By.id("new-policy")));
        type(By.id("name"), "Gold support");
        type(By.id("P1-response"), "60");
        type(By.id("P1-resolution"), "480");
        new Select(browser.visible(By.id("P1-calendar"))).selectByValue("24/7");
        type(By.id("P2-response"), "120");
        type(By.id("goalPercent"), "90");
        browser.toNewPage(() -> browser.click(By.id("policy-submit")));
        assertThat(browser.visible(By.id("notice")).getText()).isEqualTo("Saved the policy “Gold support”.");
        WebElement gold = policyRow("Gold support");
        assertThat(gold.getText()).contains("P1: response 1 h, resolution 8 h, 24/7", "90%");
        browser.step("admin-04-policy-saved");

        browser.toNewPage(() -> gold.findElement(By.linkText("Gold support")).click());
        type(By.id("warnAtPercent"), "150");
        type(By.id("escalateAtPercent"), "150");
        type(By.id("escalateTo"), "head-of-support@example.com");
        browser.toNewPage(() -> browser.click(By.id("policy-submit")));
        assertThat(browser.visible(By.id("form-error")).getText()).startsWith("“Warning at” must be from 1 to 99");
        assertThat(browser.visible(By.id("warnAtPercent")).getAttribute("value")).isEqualTo("150");
        assertThat(browser.visible(By.id("P1-resolution")).getAttribute("value")).isEqualTo("480");
        // the refused form answers 400, as the API does, and Chromium logs that status; nothing else may be logged
        assertThat(browser.driver().manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
                .singleElement().asString().endsWith("Failed to load resource: the server responded with a status of 400 ()");
        browser.step("admin-05-policy-refused-with-the-reason");

        type(By.id("warnAtPercent"), "80");
        browser.toNewPage(() -> browser.click(By.id("policy-submit")));
        assertThat(browser.visible(By.id("notice")).getText()).isEqualTo(
                "Saved the policy “Gold support” as version 2. Open requests keep their terms until you re-apply it.");
        assertThat(policyRow("Gold support").getText()).contains("80%", "150% to head-of-support@example.com");

        browser.toNewPage(() -> policyRow("Gold support").findElement(By.cssSelector("button[id^=reapply-]")).click());
        assertThat(browser.visible(By.id("notice")).getText()).isEqualTo("Re-applied “Gold support” (version 2) to 0 open requests.");
        browser.step("admin-06-policy-reapplied");
        browser.assertNoConsoleErrors("at the end");
    }

    private void type(By field, String text) {
        WebElement input = browser.inView(field);
        input.clear();
        input.sendKeys(text);
    }

    private WebElement policyRow(String name) {
        return browser.visible(By.xpath("//table[@id='policies']//tr[td[1][normalize-space()='" + name + "']]"));
    }
}

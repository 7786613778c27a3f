package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Dates read the way the person logged in chose to read them, whatever language the browser speaks: Tasklist's Work
 * form opens on today (the customer's) written in the viewer's locale, and the board writes each due time in the
 * viewer's locale with the customer's zone. Choices are made through the preferences API and reset after each test.
 * Screenshots: target/browser-screenshots/locale-*.png.
 */
@BrowserTest
class LocaleBrowserIT extends BrowserSession {

    /** Demo customer 2, whose requests are in London's time zone. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final long DEMO_CUSTOMER = 2;
    /** Chromium writes a narrow no-break space before AM/PM. */
    private static final String SPACE = "[\\s\\u202f]";
    /** London's zone as Chromium names it: GMT in winter, BST (en-GB) or GMT+1 (en-US) in summer. */
    private static final String LONDON_ZONE = "(GMT|BST|GMT\\+1)";

    @Autowired TestRestTemplate http;

    @AfterEach
    void backToTheDefaults() {
        for (String user : List.of("technician", "coordinator")) {
            choose(user, null);
        }
    }

    @Test
    void theWorkFormOpensOnTodayWrittenInTheTechniciansLocaleAndTheNextLoginsOwn() {
        long engagement = WorkFormBrowserIT.workAssignedToTheTechnician(http, "Scanner offline");
        browser.logInAs("technician");
        Tasklist tasklist = new Tasklist(browser, http);
        String workTask = tasklist.taskId(engagement, "Work");
        openTask(workTask);
        // en-GB, the installation's default: day first, whichever order the browser's own locale has
        assertThat(tasklist.shown(Tasklist.field("Field_workDate-date"))).isEqualTo(today("dd/MM/yyyy"));
        browser.step("locale-01-work-form-en-GB");

        choose("technician", "en-US");
        openTask(workTask);
        assertThat(tasklist.shown(Tasklist.field("Field_workDate-date"))).isEqualTo(today("MM/dd/yyyy"));
        browser.step("locale-02-work-form-en-US");

        choose("technician", "de-DE");
        openTask(workTask);
        assertThat(tasklist.shown(Tasklist.field("Field_workDate-date"))).isEqualTo(today("dd.MM.yyyy"));
        browser.step("locale-03-work-form-de-DE");

        // Tasklist's own "Log out", then someone else in the same browser: their locale, not the one before
        browser.click(By.xpath("//*[contains(@class,'dropdown-toggle')][contains(normalize-space(.),'Theo Technician')]"));
        browser.click(By.xpath("//a[normalize-space(.)='Log out']"));
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/login?logout"));
        browser.logInAs("demo");
        openTask(workTask);
        assertThat(tasklist.shown(Tasklist.field("Field_workDate-date"))).isEqualTo(today("dd/MM/yyyy"));
        browser.step("locale-04-work-form-next-login");
    }

    @Test
    void theBoardWritesDueTimesInTheCoordinatorsLocaleWithTheCustomersZone() {
        long request = report("Projector shows no picture");
        browser.visitAs("coordinator", "/board");
        assertThat(responseDue(request)).matches("[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2}, \\d{2}:\\d{2} " + LONDON_ZONE + ".*");

        choose("coordinator", "en-US");
        browser.go("/board");
        // "Mon, Nov 30, 02:00 PM GMT (in 1 h)": month before day, a 12-hour clock, the customer's zone
        assertThat(responseDue(request)).matches("[A-Z][a-z]{2}, [A-Z][a-z]{2} \\d{1,2}, \\d{2}:\\d{2}" + SPACE
                + "(AM|PM) " + LONDON_ZONE + ".*");
        browser.step("locale-05-board-en-US");
    }

    @Test
    void onAPhoneTheBoardWritesDueTimesInTheCoordinatorsLocaleToo() {
        browser.phoneSized();
        long request = report("Phone line crackles");
        choose("coordinator", "en-US");
        browser.visitAs("coordinator", "/board");
        assertThat(responseDue(request)).matches("[A-Z][a-z]{2}, [A-Z][a-z]{2} \\d{1,2}, \\d{2}:\\d{2}" + SPACE
                + "(AM|PM) " + LONDON_ZONE + ".*");
        browser.assertNoSidewaysScrolling();
        browser.step("locale-06-phone-board-en-US");
    }

    /**
     * Opens the task the way a link to it does, coming from the settings page (where a person changes their locale),
     * and waits for its form. From Tasklist itself a link that differs only after its # would not load the page again.
     */
    private void openTask(String taskId) {
        browser.go("/settings");
        browser.visible(By.id("settings-form"));
        browser.go("/operaton/app/tasklist/default/#/?task=" + taskId);
        browser.visible(Tasklist.formLabel("What was done"));
    }

    /** The response clock's due time as the row of the board shows it. */
    private String responseDue(long engagement) {
        By due = By.cssSelector("#board-rows tr[data-engagement-id='" + engagement + "'] td[data-column='response'] .sub");
        return browser.visible(due).getText();
    }

    /** The user's choice of locale through the preferences API (null: the default), their time zone left default. */
    private void choose(String user, String locale) {
        Map<String, String> choice = new HashMap<>();
        choice.put("locale", locale);
        choice.put("timeZone", null);
        ResponseEntity<JsonNode> chosen = http.withBasicAuth(user, user).exchange("/api/me/preferences", HttpMethod.PUT,
                new HttpEntity<>(choice), JsonNode.class);
        assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private long report(String title) {
        ResponseEntity<JsonNode> reported = http.withBasicAuth("coordinator", "coordinator").postForEntity(
                "/api/engagements", Map.of("customerId", DEMO_CUSTOMER, "title", title, "description",
                        "Reported for the locale test", "channel", "REPORT", "impact", "PARTIALLY_IMPAIRED"),
                JsonNode.class);
        assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return reported.getBody().get("id").asLong();
    }

    private static String today(String pattern) {
        return LocalDate.now(LONDON).format(DateTimeFormatter.ofPattern(pattern));
    }
}

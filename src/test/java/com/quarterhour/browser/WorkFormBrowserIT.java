package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Work form keeps every character of "What was done" typed right after "Time spent" was set, at machine
 * speed and at a person's typing speed. Screenshots: target/browser-screenshots/work-*.png.
 */
@BrowserTest
class WorkFormBrowserIT extends BrowserSession {

    /** Demo customer 2: Business Priority Support 20 h (BPS-20), 15-minute steps. */
    private static final long DEMO_CUSTOMER = 2;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A person typing about eight characters a second. */
    private static final Duration KEYSTROKE = Duration.ofMillis(120);

    @Autowired TestRestTemplate http;

    @Test
    void aNoteTypedStraightAfterTheTimeIsKeptWhole() {
        String note = "Cleared the print queue and reinstalled the driver";
        long engagement = openWorkWithDateAndTime("Printer offline");
        browser.inView(Tasklist.field("Field_note")).sendKeys(note);
        keepWorking("work-01-typed-at-machine-speed");
        assertThat(notesOf(engagement)).containsExactly(note);
    }

    @Test
    void aNoteTypedAtHumanSpeedStraightAfterTheTimeIsKeptWhole() {
        String note = "Restarted the mail service";
        long engagement = openWorkWithDateAndTime("Mail stuck in the outbox");
        WebElement field = browser.inView(Tasklist.field("Field_note"));
        // the pauses are the typing speed of a person, not a wait for the page
        Actions typing = new Actions(browser.driver()).click(field);
        for (char key : note.toCharArray()) {
            typing.sendKeys(String.valueOf(key)).pause(KEYSTROKE);
        }
        typing.perform();
        keepWorking("work-02-typed-at-human-speed");
        assertThat(notesOf(engagement)).containsExactly(note);
    }

    private long workAssignedToTheTechnician(String title) {
        return workAssignedToTheTechnician(http, title);
    }

    /** A request of demo customer 2 reported and triaged over the API, its Work task assigned to "technician". */
    static long workAssignedToTheTechnician(TestRestTemplate http, String title) {
        ResponseEntity<JsonNode> reported = http.withBasicAuth("coordinator", "coordinator").postForEntity(
                "/api/engagements", Map.of("customerId", DEMO_CUSTOMER, "title", title, "description",
                        "Reported for the Work form test", "channel", "REPORT", "impact", "PARTIALLY_IMPAIRED"),
                JsonNode.class);
        assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long engagement = reported.getBody().get("id").asLong();
        ResponseEntity<JsonNode> triaged = http.withBasicAuth("coordinator", "coordinator").postForEntity(
                "/api/engagements/" + engagement + "/triage",
                Map.of("priority", "P3", "billable", true, "technician", "technician"), JsonNode.class);
        assertThat(triaged.getStatusCode()).isEqualTo(HttpStatus.OK);
        return engagement;
    }

    /** The technician's Work task opened in Tasklist, on today's date, with 30 minutes set and the note still empty. */
    private long openWorkWithDateAndTime(String title) {
        long engagement = workAssignedToTheTechnician(title);
        browser.logInAs("technician");
        Tasklist tasklist = new Tasklist(browser, http);
        tasklist.openFilter("My work");
        tasklist.openTask(engagement, "Work");
        browser.visible(Tasklist.formLabel("What was done"));
        // the form opens on today, written the en-GB way (the default viewer's)
        assertThat(tasklist.shown(Tasklist.field("Field_workDate-date")))
                .isEqualTo(LocalDate.now(LONDON).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        chooseTimeSpent(browser, "30 min");
        return engagement;
    }

    /**
     * Picks a step from the "Time spent" list. Tab from the work date opens the list (the select takes the focus);
     * otherwise a click on the field opens it, and a second click would close it again.
     */
    static void chooseTimeSpent(Browser browser, String step) {
        if (browser.driver().findElements(By.cssSelector(".fjs-form-field-select .fjs-dropdownlist")).isEmpty()) {
            browser.click(Tasklist.field("Field_minutes-display"));
        }
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + step + "']"));
        browser.waiting().until(d -> step.equals(d.findElement(Tasklist.field("Field_minutes-display")).getText()));
    }

    private void keepWorking(String screenshot) {
        browser.click(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)='Keep working on it']"));
        browser.step(screenshot);
        new Tasklist(browser, http).complete();
    }

    private List<String> notesOf(long engagement) {
        Tasklist tasklist = new Tasklist(browser, http);
        browser.waiting().until(d -> tasklist.engagement(engagement).get("timeEntries").size() > 0);
        return tasklist.engagement(engagement).get("timeEntries").findValuesAsText("note");
    }
}

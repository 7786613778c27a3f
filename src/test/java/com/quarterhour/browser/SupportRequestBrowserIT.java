package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A support request end to end in a real browser: reported by the customer in the portal, triaged by a coordinator in Operaton Tasklist
 * through the Camunda Form, time captured by the technician in Tasklist, and the time entry and its note
 * visible to the customer in the portal. Screenshots: target/browser-screenshots/request-*.png.
 */
@BrowserTest
class SupportRequestBrowserIT extends BrowserSession {

    /** Demo customer 2: Business Priority Support 20 h (BPS-20), London; its portal login is customer/customer. */
    private static final long DEMO_CUSTOMER = 2;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern REQUEST_PAGE = Pattern.compile("/portal/requests/(\\d+)$");

    @Autowired TestRestTemplate http;
    private Tasklist tasklist;

    @BeforeEach
    void tasklist() {
        tasklist = new Tasklist(browser, http);
    }

    @Test
    void aCoordinatorTriagesInTasklistAndTheTechniciansTimeReachesTheCustomer() {
        // a) the customer reports the issue in the portal
        browser.visitAs("customer", "/portal/requests/new");
        browser.inView(By.id("title")).sendKeys("Printer offline");
        browser.inView(By.id("description")).sendKeys("Nothing prints since this morning");
        new Select(browser.inView(By.id("impact"))).selectByValue("SEVERELY_IMPAIRED");
        browser.step("request-01-customer-reports");
        browser.click(By.id("report-submit"));
        browser.waiting().until(d -> REQUEST_PAGE.matcher(d.getCurrentUrl()).find());
        Matcher page = REQUEST_PAGE.matcher(browser.driver().getCurrentUrl());
        assertThat(page.find()).isTrue();
        long engagement = Long.parseLong(page.group(1));
        assertThat(browser.visible(By.id("request-title")).getText()).isEqualTo("Printer offline");
        assertThat(browser.driver().findElements(By.id("no-time-entries"))).hasSize(1);
        browser.step("request-02-customer-request-page");
        JsonNode reported = tasklist.engagement(engagement);
        assertThat(reported.get("customerId").asLong()).isEqualTo(DEMO_CUSTOMER);
        assertThat(reported.get("impact").asText()).isEqualTo("SEVERELY_IMPAIRED");

        // b) the coordinator triages in Tasklist, through the triage Camunda Form
        browser.logInAs("coordinator");
        tasklist.openFilter("Triage queue");
        Tasklist.assertOperatonWithoutMigrationBanner(browser);
        tasklist.openTask(engagement, "Triage");
        // the task is named after its ticket: the step, the ENG reference, the title and the customer (read on the
        // opened task: the queue lists the first due first, so on a database with older requests it is further down)
        browser.visible(ticketNamed("Triage: ENG-" + engagement + " Printer offline"));
        browser.step("request-03-coordinator-tasklist");
        assertThat(browser.visible(Tasklist.formLabel("Priority")).getText()).startsWith("Priority");
        assertThat(browser.visible(By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(.,'Printer offline')]"))
                .isDisplayed()).isTrue();
        browser.step("request-04-triage-form");
        browser.click(By.cssSelector("button.claim"));
        browser.waiting().until(d -> d.findElements(By.cssSelector("button.claim")).isEmpty());
        browser.click(By.cssSelector("[id$='-Field_priority-display']"));
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='P2 – High']"));
        browser.click(By.cssSelector("[id$='-Field_technician-display']"));
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='Theo Technician (technician)']"));
        assertThat(browser.visible(By.cssSelector("[id$='-Field_priority-display']")).getText()).isEqualTo("P2 – High");
        browser.step("request-05-triage-p2");
        tasklist.complete();
        browser.waiting().until(d -> "IN_PROGRESS".equals(tasklist.engagement(engagement).get("status").asText()));
        browser.step("request-06-triage-completed");
        JsonNode triaged = tasklist.engagement(engagement);
        assertThat(triaged.get("priority").asText()).isEqualTo("P2");
        assertThat(triaged.get("technician").asText()).isEqualTo("technician");

        // c) the technician works the task assigned to them and captures time with a note
        browser.logInAs("technician");
        tasklist.openFilter("My work");
        tasklist.openTask(engagement, "Work");
        browser.visible(ticketNamed("Work and capture time: ENG-" + engagement + " Printer offline"));
        browser.step("request-07-technician-tasklist");
        browser.visible(Tasklist.formLabel("What was done"));
        // the work date is today's already, written the way the technician reads dates (en-GB, the default)
        assertThat(tasklist.shown(Tasklist.field("Field_workDate-date")))
                .isEqualTo(LocalDate.now(LONDON).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        WorkFormBrowserIT.chooseTimeSpent(browser, "30 min");
        browser.inView(By.cssSelector("[id$='-Field_note']")).sendKeys("Cleared the print queue and reinstalled the driver");
        browser.click(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)='Keep working on it']"));
        browser.step("request-08-work-form-filled");
        tasklist.complete();
        browser.waiting().until(d -> tasklist.engagement(engagement).get("timeEntries").size() == 1);
        browser.step("request-09-work-completed");

        // d) the customer sees the time entry and its note on the request's page in the portal
        browser.visitAs("customer", "/portal/requests/" + engagement);
        List<WebElement> cells = browser.visible(By.id("time-entries")).findElements(By.cssSelector("tbody tr td"));
        assertThat(cells).extracting(WebElement::getText).containsExactly(
                LocalDate.now(LONDON).format(DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.UK)), "30 min",
                "Cleared the print queue and reinstalled the driver");
        assertThat(browser.visible(By.id("request-priority")).getText()).startsWith("P2");
        browser.step("request-10-customer-sees-time");
        browser.assertNoConsoleErrors("at the end");
    }

    /** An element whose own text begins with the task's name, as the task list and the opened task show it. */
    private static By ticketNamed(String start) {
        return By.xpath("//*[starts-with(normalize-space(text()),'" + start + "')]");
    }
}

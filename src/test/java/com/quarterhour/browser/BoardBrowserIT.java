package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The SLA board in a real browser: a coordinator sees open engagements with their state, narrows them with a
 * filter, and sees a new request appear without reloading the page. The engine clock is the real one here, so
 * the states come from report times in the past (an import from another helpdesk may set reportedAt).
 * Screenshots: target/browser-screenshots/board-*.png.
 */
@BrowserTest
class BoardBrowserIT extends BrowserSession {

    /** Demo customer 13: shared support, 30 minutes to respond, 24/7. */
    private static final long SHARED_SUPPORT_CUSTOMER = 13;
    /** Demo customer 2: Business Priority Support 20 h, business hours. */
    private static final long BUSINESS_CUSTOMER = 2;
    /** Demo customer 9: pay as you go, no target (measured only). */
    private static final long PAY_AS_YOU_GO_CUSTOMER = 9;

    @Autowired TestRestTemplate http;

    @Test
    void theCoordinatorSeesEachEngagementsStateFiltersTheRowsAndSeesNewWorkArrive() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long breached = report(SHARED_SUPPORT_CUSTOMER, "Mail server rejects all mail", "UNUSABLE", now.minus(Duration.ofHours(2)));
        long warned = report(SHARED_SUPPORT_CUSTOMER, "VPN drops every few minutes", "SEVERELY_IMPAIRED",
                now.minus(Duration.ofMinutes(25)));
        long onTime = report(SHARED_SUPPORT_CUSTOMER, "New starter needs a laptop", "PARTIALLY_IMPAIRED", null);
        long business = report(BUSINESS_CUSTOMER, "Invoice template shows the old logo", "FULLY_USABLE", null);
        triage(business, "P4", "technician");
        captureTime(business, "technician", 45, "Replaced the logo in the template", false);
        long waiting = report(SHARED_SUPPORT_CUSTOMER, "Backup job fails at night", "PARTIALLY_IMPAIRED",
                now.minus(Duration.ofMinutes(20))); // answered within the 30 minutes
        triage(waiting, "P3", "demo");
        captureTime(waiting, "demo", 15, "Asked for the backup log", true); // only the assignee captures
        long measured = report(PAY_AS_YOU_GO_CUSTOMER, "Help setting up a shared calendar", "FULLY_USABLE", null);

        browser.visitAs("coordinator", "/board");
        assertThat(browser.driver().getCurrentUrl()).contains("/board");
        rowOf(onTime);
        assertThat(stateOf(breached)).isEqualTo("BREACHED");
        assertThat(stateOf(warned)).isEqualTo("WARNED");
        assertThat(stateOf(onTime)).isEqualTo("ON_TIME");
        assertThat(cell(business, "technician")).isEqualTo("technician");
        assertThat(cell(business, "time")).isEqualTo("45 min");
        assertThat(cell(business, "priority")).isEqualTo("P4");
        assertThat(cell(breached, "state")).isEqualTo("breached");
        assertThat(cell(breached, "customer")).contains("SHARED-247");
        assertThat(cell(breached, "plan")).contains("Shared support v1 · 24/7");
        assertThat(cell(business, "plan")).contains("Business Priority Support v1 · Office hours");
        assertThat(stateOf(waiting)).isEqualTo("PAUSED");
        assertThat(cell(waiting, "status")).isEqualTo("Waiting for the customer");
        assertThat(stateOf(measured)).isEqualTo("NO_TARGET");
        browser.step("board-01-all-open-engagements");

        new Select(browser.visible(By.id("filter-plan"))).selectByValue("SHARED-247");
        browser.waiting().until(d -> d.findElements(row(business)).isEmpty());
        assertThat(plansShown()).containsOnly("SHARED-247");
        assertThat(browser.driver().findElements(row(breached))).hasSize(1);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/board?plan=SHARED-247");
        browser.step("board-02-filtered-by-plan");

        // the page refreshes itself: a new request shows up without a reload (the marker survives)
        browser.driver().executeScript("window.boardTestMarker = 'still the same page'");
        long arrived = report(SHARED_SUPPORT_CUSTOMER, "Printer on floor 3 offline", "PARTIALLY_IMPAIRED", null);
        browser.visible(row(arrived));
        assertThat(browser.driver().executeScript("return window.boardTestMarker")).isEqualTo("still the same page");
        assertThat(plansShown()).containsOnly("SHARED-247");
        browser.step("board-03-refreshed-with-new-request");
        browser.assertNoConsoleErrors("at the end");
    }

    @Test
    void aRowShowsItsReferenceAndOpensTheRequestsTaskInTasklist() {
        long reported = report(SHARED_SUPPORT_CUSTOMER, "Projector in room 2 shows no picture", "PARTIALLY_IMPAIRED", null);
        String triage = new Tasklist(browser, http).taskId(reported, "Triage");

        browser.visitAs("coordinator", "/board");
        assertThat(cell(reported, "title")).contains("ENG-" + reported + " · reported");
        WebElement link = browser.visible(By.cssSelector(
                "#board-rows tr[data-engagement-id='" + reported + "'] td[data-column=title] a.task-link"));
        assertThat(link.getAttribute("href")).endsWith("/operaton/app/tasklist/#/?task=" + triage);
        browser.step("board-04-row-with-task-link");

        browser.toNewPage(link::click);
        Tasklist.assertOperatonWithoutMigrationBanner(browser);
        browser.visible(By.xpath("//*[contains(@class,'fjs-container')]"));
        browser.visible(By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(.,'Projector in room 2 shows no picture')]"));
        browser.step("board-05-task-opened-in-tasklist");
    }

    /**
     * The plan codes shown (each cell's first line; the policy and calendar are below it), read in one script: the board
     * redraws its rows every refresh, so elements found first may be gone when read.
     */
    @SuppressWarnings("unchecked")
    private List<String> plansShown() {
        List<String> plans = (List<String>) browser.driver().executeScript("return Array.from("
                + "document.querySelectorAll('#board-rows td[data-column=plan]'), td => td.firstChild.textContent.trim())");
        return plans.stream().distinct().toList();
    }

    private WebElement rowOf(long engagement) {
        return browser.visible(row(engagement));
    }

    private static By row(long engagement) {
        return By.cssSelector("#board-rows tr[data-engagement-id='" + engagement + "']");
    }

    private String stateOf(long engagement) {
        return readRow(engagement, null);
    }

    private String cell(long engagement, String column) {
        return readRow(engagement, column);
    }

    /**
     * Finds the row and reads its state (no column) or a cell's text in one script, waiting until the row is drawn:
     * the board redraws its rows on every refresh, so an element found in one call may be gone in the next.
     */
    private String readRow(long engagement, String column) {
        return browser.waiting().until(driver -> (String) ((JavascriptExecutor) driver).executeScript("""
                const row = document.querySelector(`#board-rows tr[data-engagement-id='${arguments[0]}']`);
                if (!row) { return null; }
                if (!arguments[1]) { return row.dataset.state; }
                const cell = row.querySelector(`td[data-column='${arguments[1]}']`);
                return cell ? cell.innerText.trim() : null;
                """, String.valueOf(engagement), column));
    }

    private long report(long customer, String title, String impact, Instant reportedAt) {
        Map<String, Object> request = new HashMap<>(Map.of("customerId", customer, "title", title, "description",
                "Reported for the board test", "channel", "REPORT", "impact", impact));
        if (reportedAt != null) {
            request.put("reportedAt", reportedAt.toString());
        }
        ResponseEntity<JsonNode> started = http.withBasicAuth("coordinator", "coordinator")
                .postForEntity("/api/engagements", request, JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return started.getBody().get("id").asLong();
    }

    private void triage(long engagement, String priority, String technician) {
        ResponseEntity<JsonNode> triaged = http.withBasicAuth("coordinator", "coordinator").postForEntity(
                "/api/engagements/" + engagement + "/triage",
                Map.of("priority", priority, "billable", true, "technician", technician), JsonNode.class);
        assertThat(triaged.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** As the engagement's technician (a demo user, whose password is their name). */
    private void captureTime(long engagement, String technician, int minutes, String note, boolean waitForCustomer) {
        ResponseEntity<JsonNode> captured = http.withBasicAuth(technician, technician).postForEntity(
                "/api/engagements/" + engagement + "/time-entries",
                Map.of("workDate", LocalDate.now(ZoneId.of("Europe/London")).toString(), "minutes", minutes, "note", note,
                        "waitForCustomer", waitForCustomer),
                JsonNode.class);
        assertThat(captured.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
}
